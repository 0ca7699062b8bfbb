// JSX typings: React 19 style (the tag itself) and React 18 wrappers, each with a wrong use that must not compile.
import type { CustomElements } from '@eu-belarus/components/jsx';
import { EuProgrammeList } from '@eu-belarus/components/react';
import { EuTradeSummary } from '@eu-belarus/components/react/trade-summary.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const tag = (
  <eu-programme-list category="education" show-filter oneu-data-error={(e) => console.log(e.detail.reason)} />
);
// @ts-expect-error heading-level takes a string or number, not an object
export const badTag = <eu-programme-list heading-level={{}} />;
export const wrapper = (
  <EuProgrammeList category="education" onEuDataError={(e) => console.log(e.detail.reason satisfies string)} />
);
export const trade = <EuTradeSummary compact theme="dark" />;
// @ts-expect-error the wrapper's event detail is typed
export const badWrapper = <EuProgrammeList onEuDataError={(e) => console.log(e.detail.nope)} />;
