/**
 * How an element renders first: lazily, like `<iframe loading="lazy">`. It waits for what it
 * needs, then for its turn (near the viewport unless `loading="eager"`, in a short task of its own:
 * see first-render.ts); until then its shadow root holds only a slot and the pending style, so the
 * page's own fallback content shows (or, with none, it keeps the room cloak.css kept). Rendered
 * early for in-page search (see first-render.ts), it stays `hidden="until-found"`
 * until the reader comes near, searches the page for it, or prints.
 */
import {
  CSSResult,
  LitElement,
  adoptStyles,
  css,
  type PropertyDeclaration,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { oneOf } from './attributes.js';
import { release, scheduleFirstRender, withdraw, yieldToHost } from './first-render.js';
import type { TurnsMode } from './in-turns.js';

/** The kinds of element whose own sheets are parsed (once per kind, shared by every instance). */
const parsed = new WeakSet<object>();

export const LOADINGS = ['lazy', 'eager'] as const;
export type Loading = (typeof LOADINGS)[number];

export abstract class LazyElement extends LitElement {
  /**
   * The only style of an element that has not rendered yet (its own sheets are parsed in its first
   * render's task, not all at once when the elements are defined). As the cloak does, it shows the
   * fallback content a page put inside the tag, or keeps the room of an empty tag.
   */
  static pendingStyles = css`
    :host {
      display: block;
      box-sizing: border-box;
    }
    /* The room cloak.css keeps before the element is defined (see there), kept until it renders: no jump at definition (a compact trade summary's own: TradeSummary.pendingStyles). */
    :host(:empty) {
      min-height: var(--eu-cloak-min-height, 100vh);
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Lit's reactive properties (one object: smaller in the bundle than a decorator per field). */
  static override properties: PropertyDeclarations = { loading: { reflect: true } };

  /**
   * When the element renders first: `lazy` (default) when it comes near the viewport or the page
   * is printed, as `<iframe loading="lazy">` (before that, concealed for in-page search, in idle
   * time after the load or when the reader presses the find shortcut); `eager` at once.
   */
  loading: Loading = 'lazy';

  /** What starts at once, before the element's turn (see EuElement: a `src` the page gave). */
  protected beforeTurn(): void {}

  /**
   * What the first render needs, loaded only once it is the element's turn (near the viewport,
   * eager, printed or found): starts the loads and answers them, or `undefined` when all is here.
   */
  protected beforeFirstRender(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * The first render waits for its turn (near the viewport unless `loading="eager"`, see
   * first-render.ts), then for what it needs (`beforeFirstRender`: for an element, its content),
   * then renders in a short task of its own. A lazy element far away loads nothing.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    this.beforeTurn();
    return new Promise<void>((resolve) => {
      this.startFirstRender = () =>
        scheduleFirstRender(this, this.loading === 'eager', {
          prepare: () => this.beforeFirstRender() ?? this.parseStyles(),
          render: (concealed) => {
            this.startFirstRender = undefined;
            this.concealed = concealed;
            if (this.stylesPending) {
              this.renderRoot.replaceChildren();
              adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LazyElement).elementStyles);
              this.stylesPending = false;
            }
            super.scheduleUpdate();
            resolve();
          },
          reveal: () => this.reveal(),
        });
      // An element removed before its turn waits for the page to take it back (see connectedCallback).
      if (this.isConnected) this.startFirstRender();
    });
  }

  /**
   * The first of its kind parses its own sheets in a task of their own before its first render (a
   * render is long enough): answers that task, or `undefined` when they are parsed.
   */
  private parseStyles(): Promise<void> | undefined {
    const kind = this.constructor as typeof LazyElement;
    if (parsed.has(kind)) return undefined;
    parsed.add(kind);
    for (const style of kind.elementStyles) if (style instanceof CSSResult) void style.styleSheet;
    return yieldToHost();
  }

  /** Puts the first render in line again; set while the element waits for it. */
  private startFirstRender?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.startFirstRender && !this.hasUpdated) this.startFirstRender();
  }

  /**
   * True while the element is rendered but `hidden="until-found"`: rendered for in-page search before
   * the reader came near (see first-render.ts). In-page search finds and reveals it.
   */
  private concealed = false;

  /**
   * How the render under way may make its long lists (see in-turns.ts): in turns in a first render,
   * concealed or in view; whole in later renders and when hydrating server-rendered markup.
   */
  protected get firstRenderTurns(): TurnsMode {
    if (this.hasUpdated || this.serverRendered) return 'whole';
    return this.concealed ? 'concealed' : 'view';
  }

  /** True when the element came with its server-rendered shadow root: its first render hydrates it. */
  private serverRendered = false;

  /** What must be there before a concealed element shows (see EuElement: the parts still to come). */
  protected beforeReveal(): void {}

  /** Shows a concealed element: it came near the viewport, was found by in-page search, or is printed. */
  private reveal(): void {
    this.beforeReveal();
    this.concealed = false;
    this.renderRoot.querySelector('.root[hidden]')?.removeAttribute('hidden');
  }

  private stylesPending = false;

  /** The shadow root with the pending style only (server-rendered markup keeps Lit's way: it is already styled). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.serverRendered = true;
      return super.createRenderRoot();
    }
    const element = this.constructor as typeof LazyElement;
    const root = this.attachShadow(element.shadowRootOptions);
    adoptStyles(root, [element.pendingStyles]);
    root.append(document.createElement('slot'));
    this.stylesPending = true;
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Out of the page, nothing to render for: it waits again when it is back.
    withdraw(this);
  }

  /** An element waiting for the viewport renders at once when it is made `eager`. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'loading' && this.loading === 'eager') release(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loading')) this.loading = oneOf(this, 'loading', this.loading, LOADINGS, 'lazy');
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // `hidden="until-found"` is set here: a template binds `hidden` as a boolean only.
    if (this.concealed) this.renderRoot.querySelector('div.root')?.setAttribute('hidden', 'until-found');
  }
}
