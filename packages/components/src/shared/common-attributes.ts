import type { PropertyDeclarations, PropertyValues } from 'lit';
import { asWritten, intInRange, oneOf } from './attributes.js';
import { LazyElement } from './lazy-element.js';
import { LINK_TARGETS, type LinkTarget } from './links.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The attributes every `eu-` element shares, normalised once before each update, so the value
 * used is the value styled and reflected. Bad values fall back to the default, with one console
 * warning per attribute.
 */
export abstract class CommonAttributes extends LazyElement {
  /** Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator each). */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: asWritten },
    compact: { type: Boolean, reflect: true },
    plain: { type: Boolean, reflect: true },
    linkTarget: { attribute: 'link-target' },
    lang: { reflect: true },
  };

  /** URL of JSON following the topic's JSON Schema (https, http or relative). Replaces the bundled data. */
  src?: string;

  /** Data of the topic's shape, set from script. Validated like `src`; replaces the bundled data. */
  data?: unknown;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: Theme = 'light';

  /** Level of the element's heading, 2–6, so it fits the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /** Tighter spacing and smaller type, for sidebars. */
  compact = false;

  /**
   * For tight spots: no heading, and one compact source line (publisher and date, linked) instead
   * of the numbered source list.
   */
  plain = false;

  /** Where links to sources and official sites open: `_self` (the same tab) or `_blank` (a new tab). */
  linkTarget: LinkTarget = '_self';

  /** The element's language (else the nearest ancestor's `lang`, else the document's): see the Localization guide. */
  override lang!: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.theme = oneOf(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('headingLevel'))
      this.headingLevel = intInRange(this, 'heading-level', this.headingLevel, 2, 6, 2) as HeadingLevel;
    if (changed.has('linkTarget')) this.linkTarget = oneOf(this, 'link-target', this.linkTarget, LINK_TARGETS, '_self');
  }
}
