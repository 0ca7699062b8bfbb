/**
 * Where an element's data comes from, and its states. The bundled dataset by default (loaded on
 * demand with the other bundled topics the element shows: see `bundled.ts`); else a `.data`
 * property or a `src` URL, fetched (with abort and timeout) and validated with the topic's
 * schema; a newer load, or the element's removal, cuts the last one short. The states are `ready`, `loading` and `error`; `renderStatus`
 * announces them in the element's one live region, and each load ends in `eu-data-load` or
 * `eu-data-error`, dispatched once the element has rendered the outcome.
 */
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { allBundled, bundledNow, loadBundled, type BundledTopic } from './bundled.js';
import { emit, type EuDataErrorDetail } from './events.js';
import { TIMEOUT_MS } from './limits.js';
import { msg } from './localize.js';
import { errorState, loadErrorState } from './error-state-loader.js';
import type { ErrorActions } from './error-state.js';

export type DataStatus = 'ready' | 'loading' | 'error';

/** The element: its `src` and `.data` properties. */
export type DataHost = ReactiveControllerHost & HTMLElement & { src?: unknown; data?: unknown };

/**
 * What the data is: the element's topic (it may change, as `<eu-fact>`'s does) and the bundled
 * topics it renders (its own, the sources it cites, any other it shows).
 */
export interface DataTopic<T extends Topic> {
  topic(): T;
  bundledTopics(): readonly BundledTopic[];
}

type Args<T extends Topic> = [src: string, data: unknown, topic: T];

/** Where the load of `src`/`.data` stands: none (or cut short), under way, done, failed. */
type External = 'none' | 'loading' | 'ready' | 'error';

export class DataController<T extends Topic> implements ReactiveController {
  private lastArgs?: Args<T>;
  /** The last load of `src`/`.data`: its abort (only its outcome counts), its state and result. */
  private run?: AbortController;
  private external: External = 'none';
  private loaded?: TopicData<T>;
  private loadProblem?: EuDataErrorDetail;
  /** The event to dispatch once the outcome of a load is rendered. */
  private outcome?: () => void;
  /** A load cut short by disconnection, to start again on reconnection. */
  private interrupted = false;
  private running?: Promise<unknown>;
  /** The bundled topics being loaded, and why the last load failed. */
  private bundledLoad?: Promise<unknown>;
  private bundledProblem?: EuDataErrorDetail;

  constructor(
    private readonly host: DataHost,
    private readonly dataset: DataTopic<T>,
  ) {
    host.addController(this);
  }

  /** `ready`: the data is there (bundled, or loaded and valid); `loading`; `error`: see `problem`. */
  get status(): DataStatus {
    const external = this.sync() ? this.external : 'ready';
    if (external === 'error') return 'error';
    if (!this.bundledReady()) return this.bundledProblem ? 'error' : 'loading';
    return external === 'ready' ? 'ready' : 'loading';
  }

  /**
   * True while only bundled content is on its way (a chunk beside the script, milliseconds away):
   * nothing is announced, so a page does not hear "Loading…" for data it already ships.
   */
  get quiet(): boolean {
    return this.status === 'loading' && (!this.lastArgs || this.external === 'ready');
  }

  /** The data to render: validated data from `src`/`.data` once loaded, else the bundled dataset. */
  get value(): TopicData<T> {
    return this.status === 'ready' && this.lastArgs
      ? this.loaded!
      : (bundledNow(this.dataset.topic() as BundledTopic) as TopicData<T>);
  }

  /** Why the data could not be shown, in the `error` state. */
  get problem(): EuDataErrorDetail | undefined {
    if (this.status !== 'error') return undefined;
    return this.external === 'error' && this.lastArgs ? this.loadProblem : this.bundledProblem;
  }

  /** The load under way, for the host's `updateComplete`; undefined when there is none. */
  get pending(): Promise<unknown> | undefined {
    void this.status;
    return this.running ?? this.bundledLoad;
  }

  /** The bundled content on its way (its load starts here if it has not), for the first render to wait for. */
  get bundledPending(): Promise<unknown> | undefined {
    void this.status;
    return this.bundledLoad;
  }

  /**
   * Whether there is data to lay out: the data to show, or, while `src`/`.data` loads, the bundled
   * copy (the element lays it out unseen, so it keeps about the height it will have).
   */
  get hasData(): boolean {
    const { status } = this;
    return status === 'ready' || (status === 'loading' && allBundled(this.dataset.bundledTopics()));
  }

  /**
   * Whether the bundled topics the element renders have loaded; starts their load when not. With
   * `src`/`.data` the element's own topic loads too: its layout holds the room while the data comes.
   */
  private bundledReady(): boolean {
    const topics = this.dataset.bundledTopics();
    if (allBundled(topics)) return true;
    if (!this.bundledLoad && !this.bundledProblem && !isServer) {
      const load: Promise<unknown> = Promise.all(topics.map((t) => loadBundled(t))).then(
        () => {
          this.bundledLoad = undefined;
          this.host.requestUpdate();
        },
        // The error's details load before it shows, so it is announced once, whole.
        (error: unknown) =>
          loadErrorState().then(() => {
            this.bundledLoad = undefined;
            this.bundledProblem = {
              element: this.host.localName,
              reason: 'network',
              message: `the bundled data (${topics.join(', ')}) could not be loaded: ${String(error)}`,
            };
            this.outcome = () => emit(this.host, 'eu-data-error', this.bundledProblem!);
            this.host.requestUpdate();
          }),
      );
      this.bundledLoad = load;
    }
    return false;
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    const outcome = this.outcome;
    this.outcome = undefined;
    outcome?.();
  }

  hostConnected(): void {
    if (!this.interrupted || !this.lastArgs) return;
    this.interrupted = false;
    this.start(this.lastArgs);
  }

  hostDisconnected(): void {
    if (this.external !== 'loading') return;
    this.interrupted = true;
    this.run?.abort();
  }

  /**
   * Starts a load when `src`, `.data` or the topic changed since the last look (this runs on every
   * read, so the element sees the new state from its first `willUpdate`). True when the data is
   * external (`src` or `.data`), false for the bundled dataset. Loads no bundled content.
   */
  sync(): boolean {
    const { host } = this;
    const src = host.src == null ? '' : String(host.src).trim();
    if (!src && host.data === undefined) {
      if (this.lastArgs) {
        this.lastArgs = undefined;
        this.run?.abort();
      }
      return false;
    }
    const args: Args<T> = [src, host.data, this.dataset.topic()];
    const last = this.lastArgs;
    if (!last || last.some((value, i) => value !== args[i])) {
      this.lastArgs = args;
      this.interrupted = false;
      if (!isServer) this.start(args);
    }
    return true;
  }

  /** Loads again what failed, the bundled content or `src`/`.data` (the error state's "Try again"). */
  retry(): void {
    if (this.status !== 'error') return;
    // The bundled topics load again on the next render (bundled.ts forgot the failed load).
    this.bundledProblem = undefined;
    if (this.lastArgs && this.external === 'error') this.start(this.lastArgs);
    else this.host.requestUpdate();
  }

  /** Starts a load (cutting the last one short); renders `loading`, then its outcome. */
  private start(args: Args<T>): void {
    this.run?.abort();
    const run = (this.run = new AbortController());
    this.external = 'loading';
    this.host.requestUpdate();
    /** The outcome of this load, unless a newer one started. */
    const settle = (outcome: () => void) => {
      if (this.run !== run) return;
      outcome();
      this.host.requestUpdate();
    };
    const running: Promise<unknown> = this.load(args, run.signal)
      .then(
        (data) =>
          settle(() => {
            // Cut short by disconnection (or `src` removed): no outcome; a reconnection loads again.
            if (!data) {
              this.external = 'none';
              return;
            }
            this.external = 'ready';
            this.loaded = data;
            this.outcome = () => this.announceLoad();
          }),
        (problem: EuDataErrorDetail) =>
          loadErrorState().then(() =>
            settle(() => {
              this.external = 'error';
              this.loadProblem = problem;
              this.outcome = () => emit(this.host, 'eu-data-error', problem);
            }),
          ),
      )
      .finally(() => {
        if (this.running === running) this.running = undefined;
      });
    this.running = running;
  }

  /** The validated data, or undefined when the load was cut short; throws what went wrong. */
  private async load(args: Args<T>, signal: AbortSignal): Promise<TopicData<T> | undefined> {
    const timeout = (this.host.constructor as { fetchTimeoutMs?: number }).fetchTimeoutMs ?? TIMEOUT_MS;
    // Loading from `src` and validating are for pages that ask for them: their code (and zod) loads then.
    const { loadData } = await import('./load-data.js');
    return loadData(this.host.localName, args, signal, timeout);
  }

  private announceLoad(): void {
    const [src] = this.lastArgs ?? [''];
    emit(this.host, 'eu-data-load', {
      element: this.host.localName,
      origin: src ? 'src' : 'property',
      ...(src ? { src } : {}),
    });
  }

  /**
   * The element's one live region, present from the first render, so screen readers announce
   * every change of its text: loading, the error and its reason, or `readyText` (a result count).
   * An error says in plain words what happened, offers "Try again" and links the source page, so
   * a reader can still read the original.
   */
  renderStatus(readyText: () => string | undefined, error: ErrorActions): TemplateResult {
    const { status } = this;
    if (status === 'error') errorState.loaded?.styleErrorState(this.host);
    const content =
      status === 'loading'
        ? this.quiet
          ? nothing
          : msg('Loading the data…')
        : status === 'error'
          ? html`${msg('This information could not be shown.')}
            ${errorState.loaded?.renderReason(this.problem) ?? nothing}`
          : (readyText() ?? nothing);
    const className = status === 'ready' || this.quiet ? 'status vh' : `status visible ${status}`;
    // The actions sit outside the live region: a button inside it would be read on every change.
    return html`<div class=${className} role="status" part="status">${content}</div>
      ${status === 'error' ? (errorState.loaded?.renderErrorActions(error) ?? nothing) : nothing}`;
  }
}
