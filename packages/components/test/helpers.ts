import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { EuDataErrorDetail } from '../src/shared/events.js';

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the element's next eu-data-error and returns its detail. */
export async function nextDataError(el: Element): Promise<EuDataErrorDetail> {
  const event = (await oneEvent(el, 'eu-data-error')) as CustomEvent<EuDataErrorDetail>;
  return event.detail;
}

/** The shadow root's status region (the one live region every element has). */
export function status(el: Element): HTMLElement {
  const region = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
  expect(region, 'status region').to.exist;
  return region!;
}

/** Collects console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
    await aTimeout(0);
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Every `::part` the element exposes. */
export const parts = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' '));
