/**
 * "Download the data": CSV and JSON files made in the browser (by `download-file.ts`, loaded on demand) from the rows an element renders
 * (its filters applied), with the sources the rows cite. No server, no `data:` URL: a link's
 * `href` becomes a `blob:` URL only when it is followed, and is revoked soon after.
 */
import { bundled, sourceById } from './bundled.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import { msg } from './localize.js';

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

/** How long a blob: URL lives after its link was followed (the download has started by then). */
export const REVOKE_AFTER_MS = 4000;

/** Gives the link a fresh blob: URL as it is followed; revokes it and restores the placeholder soon after. */
function follow(event: Event, make: () => Blob): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (link.href.startsWith('blob:')) return;
  const url = URL.createObjectURL(make());
  link.href = url;
  setTimeout(() => {
    URL.revokeObjectURL(url);
    link.setAttribute('href', PLACEHOLDER);
  }, REVOKE_AFTER_MS);
}
const PLACEHOLDER = '#download';

/**
 * "Get the data: CSV (1.2 kB), JSON (3.4 kB)", inline, for the end of a block's source line. The
 * sizes are those of the files the links make; the `href` is a placeholder until a link is
 * followed (click, middle click, context menu).
 */
export function renderDownloads(data: DataExport | undefined, locale: Locale): TemplateResult | typeof nothing {
  const files = bundled('downloads');
  if (!data || !data.rows.length || !files) return nothing;
  const link = (format: DataFormat) => {
    const blob = files.dataBlob(data, format);
    const label = `${format.toUpperCase()} (${files.formatSize(blob.size, locale)})`;
    const make = () => files.dataBlob(data, format);
    return html`<a
      class="download"
      part="download"
      href=${PLACEHOLDER}
      download="${data.name}.${format}"
      type=${files.TYPES[format]}
      data-format=${format}
      @click=${(e: Event) => follow(e, make)}
      @auxclick=${(e: Event) => follow(e, make)}
      @contextmenu=${(e: Event) => follow(e, make)}
      >${label}</a
    >`;
  };
  return html`<span class="downloads" part="downloads"
    ><span class="downloads-label">${msg('Get the data:')}</span> ${link('csv')}, ${link('json')}</span
  >`;
}

/** The latest date (published, updated or read) of the sources a file cites: the file's as-of date. */
export function latestSourceDate(ids: readonly string[]): string | undefined {
  const dates = ids.map((id) => sourceById(id)).map((s) => s?.published ?? s?.updated ?? s?.retrieved ?? '');
  return dates.sort().pop() || undefined;
}
