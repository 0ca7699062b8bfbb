/**
 * Lit prepares a template (parses its HTML, finds its bindings) the first time it renders it, and
 * keeps it for every later render. In the first render of a kind of element that is most of the
 * work of a list's first part (in-turns.ts). Concealed turns prepare the templates of the parts
 * they made ahead, a few in each idle period, so that showing the parts only clones them.
 */
import { nothing, render, type TemplateResult } from 'lit';

/** The templates prepared here, by their strings (as Lit keeps them). */
const prepared = new WeakSet<TemplateStringsArray>();

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && typeof (value as Partial<TemplateResult>)['_$litType$'] === 'number';

/** The templates in `values` (and nested in arrays and in their own values) not prepared here yet. */
export function unprepared(values: readonly unknown[], found = new Map<TemplateStringsArray, TemplateResult>()) {
  for (const value of values)
    if (Array.isArray(value)) unprepared(value, found);
    else if (isTemplate(value)) {
      if (!prepared.has(value.strings)) found.set(value.strings, value);
      unprepared(value.values, found);
    }
  return found;
}

/** Where templates are rendered to be prepared: a fragment never in the page, each render replacing the last. */
let scratch: DocumentFragment | undefined;

/** Prepares `template`: rendered with no values into `scratch` (Lit keeps what it prepared). */
export function prepare(template: TemplateResult): void {
  prepared.add(template.strings);
  render({ ...template, values: template.values.map(() => nothing) }, (scratch ??= document.createDocumentFragment()));
}

/**
 * Prepares the templates of `parts` not prepared yet, for about `ms` (at least one): answers
 * whether there were any (then the parts are shown in a later task).
 */
export function prepareAhead(parts: readonly unknown[], ms: number): boolean {
  const begun = performance.now();
  const templates = [...unprepared(parts).values()];
  for (const template of templates) {
    prepare(template);
    if (performance.now() - begun >= ms) break;
  }
  return templates.length > 0;
}
