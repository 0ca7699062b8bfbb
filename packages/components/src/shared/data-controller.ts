/**
 * Where an element's data comes from, and its states. The bundled dataset by default; else a
 * `.data` property or a `src` URL, fetched (with abort and timeout) and validated with the topic's
 * schema by a `@lit/task` Task. The states are `ready`, `loading` and `error`; `renderStatus`
 * announces them in the element's one live region, and each load ends in `eu-data-load` or
 * `eu-data-error`, dispatched once the element has rendered the outcome.
 */
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { emit, type EuDataErrorDetail } from './events.js';
import { TIMEOUT_MS, fetchJson } from './fetch-data.js';
import { msg } from './localize.js';
import { validateData } from './validate-data.js';

export type DataStatus = 'ready' | 'loading' | 'error';

/** The element: its `src` and `.data` properties. */
export type DataHost = ReactiveControllerHost & HTMLElement & { src?: unknown; data?: unknown };

/** What the data is: the element's topic (it may change, as `<eu-fact>`'s does) and its bundled dataset. */
export interface DataTopic<T extends Topic> {
  topic(): T;
  bundled(): TopicData<T>;
}

type Args<T extends Topic> = [src: string, data: unknown, topic: T];

export class DataController<T extends Topic> implements ReactiveController {
  private readonly task: Task<Args<T>, TopicData<T>>;
  private lastArgs?: Args<T>;
  /** The event to dispatch once the outcome of a load is rendered. */
  private outcome?: () => void;
  /** A load cut short by disconnection, to start again on reconnection. */
  private interrupted = false;
  private running?: Promise<unknown>;

  constructor(
    private readonly host: DataHost,
    private readonly dataset: DataTopic<T>,
  ) {
    host.addController(this);
    this.task = new Task<Args<T>, TopicData<T>>(host, {
      autoRun: false,
      task: (args, { signal }) => this.load(args, signal),
      onComplete: () => (this.outcome = () => this.announceLoad()),
      onError: (problem) => (this.outcome = () => emit(host, 'eu-data-error', problem as EuDataErrorDetail)),
    });
  }

  /** `ready`: the data is there (bundled, or loaded and valid); `loading`; `error`: see `problem`. */
  get status(): DataStatus {
    if (!this.sync()) return 'ready';
    const status = this.task.status;
    return status === TaskStatus.COMPLETE ? 'ready' : status === TaskStatus.ERROR ? 'error' : 'loading';
  }

  /** The data to render: validated data from `src`/`.data` once loaded, else the bundled dataset. */
  get value(): TopicData<T> {
    return this.status === 'ready' && this.lastArgs ? this.task.value! : this.dataset.bundled();
  }

  /** Why the data could not be shown, in the `error` state. */
  get problem(): EuDataErrorDetail | undefined {
    return this.status === 'error' ? (this.task.error as EuDataErrorDetail) : undefined;
  }

  /** The load under way, for the host's `updateComplete`; undefined when there is none. */
  get pending(): Promise<unknown> | undefined {
    this.sync();
    return this.running;
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
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }

  /**
   * Starts a load when `src`, `.data` or the topic changed since the last look (this runs on every
   * read, so the element sees the new state from its first `willUpdate`). True when the data is
   * external (`src` or `.data`), false for the bundled dataset.
   */
  private sync(): boolean {
    const { host } = this;
    const src = host.src == null ? '' : String(host.src).trim();
    if (!src && host.data === undefined) {
      if (this.lastArgs) {
        this.lastArgs = undefined;
        this.task.abort();
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

  private start(args: Args<T>): void {
    const run: Promise<unknown> = this.task.run(args).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
  }

  private async load([src, data, topic]: Args<T>, signal: AbortSignal): Promise<TopicData<T>> {
    const element = this.host.localName;
    const timeout = (this.host.constructor as { fetchTimeoutMs?: number }).fetchTimeoutMs ?? TIMEOUT_MS;
    const fetched = src ? await fetchJson(src, signal, timeout) : { ok: true as const, json: data };
    // Aborted (a newer load, or disconnection): the outcome of this run is never shown.
    if (signal.aborted) return initialState as never;
    if (!fetched.ok) throw { element, ...fetched.problem } satisfies EuDataErrorDetail;
    const valid = await validateData(topic, fetched.json);
    if (signal.aborted) return initialState as never;
    if (!valid.ok) throw { element, ...valid.problem, ...(src ? { src } : {}) } satisfies EuDataErrorDetail;
    return valid.data;
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
   */
  renderStatus(readyText: () => string | undefined): TemplateResult {
    const { status } = this;
    const content =
      status === 'loading'
        ? msg('Loading the data…')
        : status === 'error'
          ? html`${msg('The data could not be shown.')} <span class="reason">${problemText(this.problem)}</span>`
          : (readyText() ?? nothing);
    const className = status === 'ready' ? 'status vh' : `status visible ${status}`;
    return html`<div class=${className} role="status" part="status">${content}</div>`;
  }
}

function problemText(problem: EuDataErrorDetail | undefined): string {
  switch (problem?.reason) {
    case 'url':
      return msg('The data address is not a web address this element may load.');
    case 'timeout':
      return msg('The data server did not answer in time.');
    case 'http':
    case 'network':
      return msg('The data server could not be reached or answered with an error.');
    case 'too-large':
      return msg('The data is too large.');
    case 'parse':
      return msg('The data is not valid JSON.');
    case 'schema':
      return msg('The data is not in the expected format.');
    default:
      return msg('The requested item does not exist.');
  }
}

/** The empty state: a visible sentence, so a filter that matches nothing never leaves a blank box. */
export function renderEmpty(message: string): TemplateResult {
  return html`<p class="status visible" part="empty">${message}</p>`;
}
