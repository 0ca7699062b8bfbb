/**
 * What every element's stories share: one generic render (args → attributes, properties and
 * event listeners, as the Custom Elements Manifest classifies them), the clean markup shown in
 * the docs' source block, and the stories for the states every element has. A new element needs
 * only its own `<name>.stories.ts`.
 */
import type { Topic } from '@eu-belarus/data/schema';
import type { Args, ArgTypes, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { CSS_PROPERTIES } from './controls.js';

/**
 * An address whose requests never answer (see `.storybook/preview.ts`): the loading state,
 * deterministically. It reads like a data address a site would use, since the story's markup
 * shows it (example.org is reserved for documentation).
 */
export const NEVER_ANSWERS = 'https://data.example.org/eu-belarus/';

/** The files a page loads once for every element (see Getting started), as a web team would host them. */
export const EMBED_HEAD = `<link rel="stylesheet" href="/assets/eu-belarus/cloak.css" />
<script type="module" src="/assets/eu-belarus/eu-belarus.js"></script>`;

type Kind = 'attribute' | 'property' | 'event' | 'css' | 'none';

function kindOf(name: string, argTypes: ArgTypes): { kind: Kind; event?: string } {
  const type = argTypes[name];
  const action = (type as { action?: { name?: string } } | undefined)?.action;
  if (action?.name) return { kind: 'event', event: action.name };
  const category = type?.table?.category;
  if (category === 'properties') return { kind: 'property' };
  if (category === CSS_PROPERTIES || name.startsWith('--')) return { kind: 'css' };
  if (category && category !== 'attributes') return { kind: 'none' };
  return { kind: 'attribute' };
}

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || value === false || value === '' || (Array.isArray(value) && !value.length);

/** An attribute's text: a list (checkboxes) is written comma-separated, as the attribute takes it. */
const attributeText = (value: unknown): string =>
  value === true ? '' : Array.isArray(value) ? value.join(',') : String(value);

class SpreadArgs extends Directive {
  private attributes = new Set<string>();
  private styles = new Set<string>();
  private listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('spreadArgs() belongs on an element');
  }

  render(_args: Args, _argTypes: ArgTypes) {
    return nothing;
  }

  override update(part: ElementPart, [args, argTypes]: [Args, ArgTypes]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const attributes = new Set<string>();
    const styles = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      const { kind, event } = kindOf(name, argTypes);
      if (kind === 'event') {
        const previous = this.listeners.get(event!);
        if (previous) element.removeEventListener(event!, previous);
        if (typeof value === 'function') {
          element.addEventListener(event!, value as EventListener);
          this.listeners.set(event!, value as EventListener);
        }
      } else if (kind === 'property') {
        element[name] = value;
      } else if (kind === 'css') {
        if (!isBlank(value)) {
          element.style.setProperty(name, String(value));
          styles.add(name);
        }
      } else if (kind === 'attribute' && !isBlank(value)) {
        element.setAttribute(name, attributeText(value));
        attributes.add(name);
      }
    }
    for (const name of this.attributes) if (!attributes.has(name)) element.removeAttribute(name);
    for (const name of this.styles) if (!styles.has(name)) element.style.removeProperty(name);
    this.attributes = attributes;
    this.styles = styles;
    return nothing;
  }
}

/** Sets a story's args on the element: attributes, properties (`.data`) and event listeners (actions). */
export const spreadArgs = directive(SpreadArgs);

/** Text around an inline element (`<eu-fact>`): the sentence it sits in, in the story and its markup. */
export type Sentence = [before: string, after: string, fallback?: string];
const sentenceOf = (context: StoryContext): Sentence | undefined =>
  context.parameters['sentence'] as Sentence | undefined;

/** The default render of every element story: `<eu-x …args>`, inside its sentence if the story has one. */
export function renderElement(args: Args, context: StoryContext) {
  const tag = unsafeStatic(String(context.component));
  const sentence = sentenceOf(context);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag from lit/static-html.js, not a binding
  const element = html`<${tag} ${spreadArgs(args, context.argTypes)}>${sentence?.[2] ?? nothing}</${tag}>`;
  return sentence ? html`<p>${sentence[0]}${element}${sentence[1]}</p>` : element;
}

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup a web team pastes, for the story as shown: the script and cloak tags, then the
 * element with its attributes, plus the theme and language chosen in the toolbar. Properties set
 * from script and colour tokens (for the site's stylesheet) are noted in comments.
 */
export function markup(context: StoryContext): string {
  const tag = String(context.component);
  const args: Args = { ...context.args };
  const theme = context.globals['theme'] as string | undefined;
  const locale = context.globals['locale'] as string | undefined;
  if (isBlank(args['theme']) && theme && theme !== 'light') args['theme'] = theme;
  if (isBlank(args['lang']) && locale && locale !== 'en') args['lang'] = locale;
  const attributes: string[] = [];
  const properties: string[] = [];
  const styles: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    const { kind } = kindOf(name, context.argTypes);
    if (kind === 'event' || kind === 'none' || isBlank(value)) continue;
    if (kind === 'property') properties.push(name);
    else if (kind === 'css') styles.push(`${name}: ${String(value)}`);
    else attributes.push(value === true ? name : `${name}="${escapeAttribute(attributeText(value))}"`);
  }
  // Tokens go in the site's stylesheet: a strict CSP (style-src 'self') blocks style attributes.
  const notes = [
    ...(properties.length
      ? [`<!-- ${properties.map((p) => `.${p}`).join(', ')} set from script: see the "Data package" guide -->`]
      : []),
    ...(styles.length ? [`<!-- In your stylesheet: ${tag} { ${styles.join('; ')}; } -->`] : []),
  ];
  const note = notes.map((n) => `${n}\n`).join('');
  const open =
    attributes.length > 2 ? `<${tag}\n  ${attributes.join('\n  ')}\n>` : `<${[tag, ...attributes].join(' ')}>`;
  const sentence = sentenceOf(context);
  const element = `${open}${escapeText(sentence?.[2] ?? '')}</${tag}>`;
  return `${EMBED_HEAD}\n\n${note}${sentence ? `<p>${escapeText(sentence[0])}${element}${escapeText(sentence[1])}</p>` : element}`;
}

type Story = StoryObj;

/**
 * The states every element has, for its topic of the data package. Storybook's index reads a
 * story's `name` and `tags` from the stories file itself, so each file writes those; e.g.
 *
 *     export const ErrorMissing: Story = { ...states.error('trade'), name: 'State: error (missing JSON)', tags: ['expect-load-error'] };
 *
 * The `expect-load-error` tag tells the story check that the browser's own console line about
 * the 404 is expected there.
 */
export const states = {
  /** Data from `src` that never arrives: the loading state (until the element's own 10 s timeout). */
  loading: (topic: Topic): Story => ({
    args: { src: `${NEVER_ANSWERS}${topic}.json` },
    parameters: {
      docs: {
        description: {
          story:
            'A `src` whose server never answers: the element shows and announces that it is loading. After 10 seconds it gives up and shows the error state.',
        },
      },
    },
  }),
  /** `src` pointing at JSON that does not exist: the error state. */
  error: (topic: Topic): Story => ({
    args: { src: `./data/missing-${topic}.json` },
    parameters: {
      docs: {
        description: {
          story:
            'A `src` that answers 404: the element says that the data could not be loaded and dispatches `eu-data-error`.',
        },
      },
    },
  }),
  /** `.data` that fails the topic's schema: the error state with the path of the bad field. */
  invalid: (): Story => ({
    args: { data: [{ id: 42 }] },
    parameters: {
      docs: {
        description: {
          story:
            "Data that does not follow the JSON Schema: the element shows the error and `eu-data-error` names the bad field's path.",
        },
      },
    },
  }),
  /** The topic's JSON from the data package, loaded with `src`. */
  fromSrc: (topic: Topic): Story => ({
    args: { src: `./data/${topic}.json` },
    parameters: {
      docs: {
        description: {
          story: `The data package's \`${topic}.json\`, fetched with \`src\` and validated before it is shown.`,
        },
      },
    },
  }),
  /** The element in a 280 px sidebar. */
  narrow: (args: Args = {}): Story => ({
    args,
    globals: { width: '280' },
  }),
  /** The dark theme. */
  dark: (args: Args = {}): Story => ({
    args,
    globals: { theme: 'dark' },
  }),
};
