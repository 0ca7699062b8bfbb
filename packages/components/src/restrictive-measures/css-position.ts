/**
 * Places an element through the CSSOM (`element.style.setProperty`), on the first render too.
 * Lit's `styleMap` writes a `style` attribute on its first render, which a strict policy
 * (`style-src` without `'unsafe-inline'`) blocks; CSSOM changes are not blocked. On the server it
 * renders nothing: the chart's points take their places when the element hydrates.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPosition extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('position() belongs on an element');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

/** `<span ${position({ left: '12%', top: '40%' })}>`. */
export const position = directive(CssPosition);
