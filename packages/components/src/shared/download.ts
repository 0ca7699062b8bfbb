/**
 * "Download the data": CSV and JSON files made in the browser (by `download-file.ts`, loaded on demand) from the rows an element renders
 * (its filters applied), with the sources the rows cite. No server, no `data:` URL: a link's
 * `href` becomes a `blob:` URL only when it is followed, and is revoked soon after.
 */
import { sourceById } from './bundled.js';

export type Cell = string | number | boolean | null | undefined;

/** What an element offers for download: one table of rows, and what they cite. */
export interface DataExport {
  /** File name without extension, e.g. `eu-belarus-trade-goods-2015-2017`. */
  name: string;
  /** What the data is, in the element's locale. */
  title: string;
  /** Column keys: stable, English, snake_case (they are the JSON keys too). */
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Ids of the sources the rows cite, in order. */
  sources: readonly string[];
  /** The date the figures describe or were last stated, when the data gives one (ISO). */
  asOf?: string;
  /** The element's filters that shaped the rows, e.g. `{ from: '2016' }`. */
  filters?: Record<string, string>;
  /** Units or notes per column, e.g. `{ eu_exports: 'EUR billion' }`. */
  units?: Record<string, string>;
}

export type DataFormat = 'csv' | 'json';
/** A safe file name: lowercase ASCII words joined by hyphens. */
export const fileName = (...parts: (string | number | undefined)[]): string =>
  parts
    .filter((p) => p !== undefined && p !== '')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The latest date (published, updated or read) of the sources a file cites: the file's as-of date. */
export function latestSourceDate(ids: readonly string[]): string | undefined {
  const dates = ids.map((id) => sourceById(id)).map((s) => s?.published ?? s?.updated ?? s?.retrieved ?? '');
  return dates.sort().pop() || undefined;
}
