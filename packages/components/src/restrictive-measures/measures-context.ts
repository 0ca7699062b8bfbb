/**
 * What the render code of `<eu-restrictive-measures>` (restrictive-measures.render.ts, loaded with
 * its content) needs from the element: its state, and closures over its helpers. The element makes
 * one per render (`renderContext()`), so the render code reads no protected or private member.
 */
import type { TemplateResult } from 'lit';
import type { View } from '../shared/view-switch.js';
import type { ChartKeys } from './measures-chart.js';
import type { MeasuresModel } from './measures-model.js';
import type { RenderKit } from '../shared/render-kit.js';

export interface MeasuresContext extends RenderKit {
  /** The totals, notes and gaps of the period (the element derives them before it renders). */
  model: MeasuresModel;
  period: { from?: string; to?: string };
  showSectoral: boolean;
  /** The view shown: the reader's choice, else the `view` attribute; `choose` is the reader's switch. */
  view: View;
  choose(view: View): void;
  /** The chart's one tab stop among its points (the element's `RovingTabindexController`). */
  keys: ChartKeys;
  /** The chart point the readout speaks of, once one has had focus. */
  focusedPoint: number | undefined;
  subheading(content: unknown): TemplateResult;
  /** The element's sections, those it leaves out `false`: in turns in a first render (`Turns.sections`). */
  sections(parts: readonly (false | (() => unknown))[]): unknown;
}
