/**
 * The elements' sheets, as a kind's first render needs them. In every build but the embed they are
 * in the code and these do nothing more; the embed's build installs `onDemand`
 * (sheets-on-demand.ts, from rollup.css.mjs's module of empty sheets), so that only the embed
 * carries that code.
 */
import { unsafeCSS, type CSSResult, type CSSResultOrNative } from 'lit';

export const onDemand: {
  load?: () => Promise<void>;
  fill?: (styles: readonly CSSResultOrNative[]) => void;
  join?: (parts: readonly CSSResultOrNative[]) => CSSStyleSheet | undefined;
} = {};

/** Loads the rules of the sheets that are empty until needed (bundled.ts's topic `sheets`); at once when none is. */
export const loadSheets = async (): Promise<void> => onDemand.load?.();

/** Gives the empty sheets among a kind's `styles` their rules before its first render (EuElement). */
export const fillSheets = (styles: readonly CSSResultOrNative[]): void => onDemand.fill?.(styles);

/**
 * One sheet with the rules of `parts`, in their order (the same cascade): a kind whose instances
 * are many adopts one sheet per shadow root, as a page's own copy of the markup would.
 */
export const joinSheets = (parts: readonly CSSResultOrNative[]): CSSResultOrNative =>
  onDemand.join?.(parts) ?? unsafeCSS(parts.map((part) => (part as CSSResult).cssText).join('\n'));
