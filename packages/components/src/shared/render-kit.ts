/**
 * What every element's render code (`<element>.render.ts`, loaded with its content) reads from its
 * element: made per render by `EuElement.renderKit()`, as closures, so the render code reads no
 * protected member. Each element's context extends it with its own state and handlers.
 */
import type { LocalizedText } from '@eu-belarus/data';
import type { nothing, TemplateResult } from 'lit';
import type { Cited, SourceBlock } from './citations.js';
import type { LinkTarget } from './links.js';
import type { Locale } from './locale.js';

export interface RenderKit {
  locale: Locale;
  compact: boolean;
  linkTarget: LinkTarget;
  /** Localized content text (see `EuElement.t`). */
  t: (value: LocalizedText) => TemplateResult | string;
  /** Plain localized text, for attributes and sorting. */
  plainText: (value: LocalizedText) => string;
  /** The sources of one block (see `EuElement.sourceBlock`). */
  block: (key: string, items: readonly (Cited | undefined)[]) => SourceBlock;
  /** A heading `below` levels under the element's own. */
  heading: (content: unknown, below: number, className: string) => TemplateResult;
  /** "Get the data: CSV (…), JSON (…)" for the element's `dataExport()`. */
  downloads: () => TemplateResult | typeof nothing;
}
