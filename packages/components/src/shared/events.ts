import type { Programme } from '@eu-belarus/data/programmes';

/** Why an element could not show its data. */
export type EuDataErrorReason =
  | 'url' /** `src` is not an http(s) or relative URL */
  | 'network' /** the request failed */
  | 'timeout' /** the request took too long */
  | 'http' /** the server answered with an error status */
  | 'too-large' /** the response is larger than the element accepts */
  | 'parse' /** the response is not JSON */
  | 'schema' /** the JSON does not follow the data package's schema */
  | 'not-found'; /** a named item (e.g. an `<eu-fact name>`) does not exist */

export interface EuDataErrorDetail {
  /** The tag of the element that failed, e.g. `eu-programme-list`. */
  element: string;
  reason: EuDataErrorReason;
  /** A sentence in English that says what failed, for logs. */
  message: string;
  /** The `src` URL, when the data came from one. */
  src?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** Each schema problem with the path of the bad field, e.g. `programmes[3].period.end`. */
  issues?: { path: string; message: string }[];
}

export interface EuDataLoadDetail {
  element: string;
  /** Where the data came from: the bundled dataset, the `.data` property, or a `src` URL. */
  origin: 'bundled' | 'property' | 'src';
  src?: string;
}

/** A reader opened a programme's details in `<eu-programme-list>`. */
export interface EuProgrammeSelectDetail {
  id: string;
  programme: Programme;
}

export type EuDataErrorEvent = CustomEvent<EuDataErrorDetail>;
export type EuDataLoadEvent = CustomEvent<EuDataLoadDetail>;
export type EuProgrammeSelectEvent = CustomEvent<EuProgrammeSelectDetail>;

/** Every event the elements dispatch: typed for `addEventListener` on any element or the document. */
declare global {
  interface GlobalEventHandlersEventMap {
    'eu-data-error': EuDataErrorEvent;
    'eu-data-load': EuDataLoadEvent;
    'eu-programme-select': EuProgrammeSelectEvent;
  }
}

type EuEventName = Extract<keyof GlobalEventHandlersEventMap, `eu-${string}`>;
type DetailOf<K extends EuEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of our events from `target`: bubbling and composed, so a listener on the
 * document hears it through shadow roots. Name and detail are checked against the event map.
 */
export function emit<K extends EuEventName>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
