/**
 * The bundled datasets, loaded on demand. Content is most of the package's bytes, and a page
 * with one element needs one or two topics: each topic is its own chunk (in the embed, beside the
 * script and resolved from its URL, as the locale chunks are), fetched the first time an element
 * needs it and shared by every element afterwards. The element still works with one script tag
 * and no configuration; it just renders once its topics are here (`DataController` waits).
 */
import type { deriveFacts } from '@eu-belarus/data/derive-facts';
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import { loadSheets } from './sheets.js';

/**
 * What an element can load from the bundle: the datasets (the quotes load only when a reader asks
 * for them), the fact derivation (only `<eu-fact>` and the overview use it), the making of
 * download files (elements with "Download the data"), each element's render code (`RenderCode`) and,
 * in the embed, the elements' sheets (every element: see sheets-on-demand.ts; elsewhere nothing loads).
 */
type Bundle = { [K in Exclude<Topic, 'quotes'>]: TopicData<K> } & {
  'derive-facts': typeof deriveFacts;
  downloads: typeof import('./download-file.js');
  sheets: void;
} & RenderCode;

/**
 * Each element's render code (`<element>/<element>.render.ts`, the element's `renderCode`): it loads with
 * the element's content, so the embed script carries each element's class (its attributes,
 * properties and events, what a page and its scripts use at once), and a page downloads the render
 * code only of the elements it shows.
 */
type RenderCode = {
  'render:assistance-summary': typeof import('../assistance-summary/assistance-summary.render.js');
  'render:dialogue-list': typeof import('../dialogue-list/dialogue-list.render.js');
  'render:fact': typeof import('../fact/fact.render.js');
  'render:programme-list': typeof import('../programme-list/programme-list.render.js');
  'render:relations-overview': typeof import('../relations-overview/relations-overview.render.js');
  'render:relations-timeline': typeof import('../relations-timeline/relations-timeline.render.js');
  'render:restrictive-measures': typeof import('../restrictive-measures/restrictive-measures.render.js');
  'render:trade-summary': typeof import('../trade-summary/trade-summary.render.js');
};
export type RenderTopic = keyof RenderCode;
export type BundledTopic = keyof Bundle;

const LOADERS: { [K in BundledTopic]: () => Promise<Bundle[K]> } = {
  'derive-facts': () => import('@eu-belarus/data/derive-facts').then((m) => m.deriveFacts),
  downloads: () => import('./download-file.js'),
  sheets: loadSheets,
  sources: () => import('@eu-belarus/data/sources').then((m) => m.sources),
  overview: () => import('@eu-belarus/data/overview').then((m) => m.overview),
  dialogues: () => import('@eu-belarus/data/dialogues').then((m) => m.dialogues),
  assistance: () => import('@eu-belarus/data/assistance').then((m) => m.assistance),
  programmes: () => import('@eu-belarus/data/programmes').then((m) => m.programmes),
  trade: () => import('@eu-belarus/data/trade').then((m) => m.trade),
  timeline: () => import('@eu-belarus/data/timeline').then((m) => m.timeline),
  'restrictive-measures': () => import('@eu-belarus/data/restrictive-measures').then((m) => m.restrictiveMeasures),
  'render:assistance-summary': () => import('../assistance-summary/assistance-summary.render.js'),
  'render:dialogue-list': () => import('../dialogue-list/dialogue-list.render.js'),
  'render:fact': () => import('../fact/fact.render.js'),
  'render:programme-list': () => import('../programme-list/programme-list.render.js'),
  'render:relations-overview': () => import('../relations-overview/relations-overview.render.js'),
  'render:relations-timeline': () => import('../relations-timeline/relations-timeline.render.js'),
  'render:restrictive-measures': () => import('../restrictive-measures/restrictive-measures.render.js'),
  'render:trade-summary': () => import('../trade-summary/trade-summary.render.js'),
};

const loaded = new Map<BundledTopic, unknown>();
const loading = new Map<BundledTopic, Promise<unknown>>();

/** The bundled dataset of `topic` if it has loaded, else `undefined` (see `loadBundled`). */
export function bundled<K extends BundledTopic>(topic: K): Bundle[K] | undefined {
  return loaded.get(topic) as Bundle[K] | undefined;
}

/** The bundled dataset of `topic`, which must have loaded: for code that runs only once it has (`renderData`). */
export function bundledNow<K extends BundledTopic>(topic: K): Bundle[K] {
  const data = bundled(topic);
  if (data === undefined) throw new Error(`@eu-belarus/components: the bundled "${topic}" data is not loaded yet`);
  return data;
}

/** Loads `topic`'s bundled dataset once per page, however many elements ask; a failed load may be retried. */
export function loadBundled<K extends BundledTopic>(topic: K): Promise<Bundle[K]> {
  let promise = loading.get(topic) as Promise<Bundle[K]> | undefined;
  if (!promise) {
    promise = (LOADERS[topic] as () => Promise<Bundle[K]>)().then(
      (data) => (loaded.set(topic, data), data),
      (error: unknown) => {
        loading.delete(topic);
        throw error;
      },
    );
    loading.set(topic, promise);
  }
  return promise;
}

let sourceIndex: Map<string, Bundle['sources'][number]> | undefined;
/** The bundled source with this id, once the sources have loaded (elements cite them: see `EuElement.bundledTopics`). */
export function sourceById(id: string): Bundle['sources'][number] | undefined {
  const sources = bundled('sources');
  if (!sources) return undefined;
  sourceIndex ??= new Map(sources.map((s) => [s.id, s]));
  return sourceIndex.get(id);
}

/** True when every topic in `topics` has loaded. */
export const allBundled = (topics: readonly BundledTopic[]): boolean => topics.every((t) => loaded.has(t));

/** Every bundled topic, loaded: for server rendering, where a render cannot wait for a chunk. */
export const loadEveryBundled = (): Promise<unknown> =>
  Promise.all((Object.keys(LOADERS) as BundledTopic[]).map((t) => loadBundled(t)));
