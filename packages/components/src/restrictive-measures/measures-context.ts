/**
 * What the render code of `<eu-restrictive-measures>` (restrictive-measures.render.ts, loaded with
 * its content) needs from the element: its state, and closures over its helpers. The element makes
 * one per render (`renderContext()`), so the render code reads no protected or private member.
 */
import type { LocalizedText } from '@eu-belarus/data';
import type { nothing, TemplateResult } from 'lit';
import type { Cited, SourceBlock } from '../shared/citations.js';
import type { LinkTarget } from '../shared/links.js';
import type { Locale } from '../shared/locale.js';
import type { View } from '../shared/view-switch.js';
import type { ChartKeys } from './measures-chart.js';
import type { MeasuresModel } from './measures-model.js';

export interface MeasuresContext {
  /** The totals, notes and gaps of the period (the element derives them before it renders). */
  model: MeasuresModel;
  period: { from?: string; to?: string };
  compact: boolean;
  showSectoral: boolean;
  /** The view shown: the reader's choice, else the `view` attribute; `choose` is the reader's switch. */
  view: View;
  choose(view: View): void;
  /** The chart's one tab stop among its points (the element's `RovingTabindexController`). */
  keys: ChartKeys;
  /** The chart point the readout speaks of, once one has had focus. */
  focusedPoint: number | undefined;
  locale: Locale;
  t(value: LocalizedText): TemplateResult | string;
  /** The sources of one block (see `EuElement.sourceBlock`). */
  block(key: string, items: readonly (Cited | undefined)[]): SourceBlock;
  /** How the element's external links open (`link-target`). */
  linkTarget: LinkTarget;
  subheading(content: unknown): TemplateResult;
  /** "Get the data: CSV, JSON". */
  downloads(): TemplateResult | typeof nothing;
  /** The element's sections, those it leaves out `false`: in turns in a first render (`Turns.sections`). */
  sections(parts: readonly (false | (() => unknown))[]): unknown;
}
