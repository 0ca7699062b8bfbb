// The elements as a TypeScript project uses them: typed tags, properties and events.
import '@eu-belarus/components/programme-list.js';
import { EuTradeSummary } from '@eu-belarus/components/trade-summary.js';
import { EuElement, type EuDataErrorDetail, type EuProgrammeSelectDetail } from '@eu-belarus/components';

export function setUp(): string[] {
  const list = document.createElement('eu-programme-list'); // HTMLElementTagNameMap: EuProgrammeList
  list.category = 'education';
  list.showFilter = true;
  list.addEventListener('eu-data-error', (event) => {
    const reason: EuDataErrorDetail['reason'] = event.detail.reason;
    const issues: { path: string; message: string }[] | undefined = event.detail.issues;
    console.log(reason, issues);
  });
  list.addEventListener('eu-programme-select', (event) => {
    const detail: EuProgrammeSelectDetail = event.detail;
    console.log(detail.programme.id);
  });
  list.addEventListener('eu-data-error', (event) => {
    // @ts-expect-error the reason is a union of strings, not a number
    const wrong: number = event.detail.reason;
    console.log(wrong);
  });
  // @ts-expect-error no such property on <eu-programme-list>
  list.noSuchProperty = true;
  const trade: EuTradeSummary | null = document.querySelector('eu-trade-summary');
  const base: EuElement<'trade'> | null = trade;
  return [list.localName, String(base)];
}
