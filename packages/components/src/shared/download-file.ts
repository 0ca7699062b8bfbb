/**
 * The files behind "Download the data": CSV and JSON made in the browser from the rows an element
 * renders, with the sources they cite. Loaded with the element's bundled content (see `bundled.ts`),
 * not with the page's first script: most readers never download.
 */
import { sourceById } from './bundled.js';
import type { Cell, DataExport, DataFormat } from './download.js';
import { html, nothing, type TemplateResult } from 'lit';
import { numberFormat } from './format.js';
import type { Locale } from './locale.js';
import { msg } from './localize.js';

const SOURCE_COLUMNS = [
  'source_id',
  'publisher',
  'title',
  'url',
  'published',
  'retrieved',
  'updated',
  'kind',
  'reported_by',
  'quoting',
  'title_is_descriptive',
  'note',
] as const;

const sourceRow = (id: string): Cell[] => {
  const s = sourceById(id);
  return [
    id,
    s?.publisher,
    s?.title,
    s?.url,
    s?.published,
    s?.retrieved,
    s?.updated,
    s?.kind,
    s?.reportedBy,
    s?.quoting,
    s?.descriptiveTitle,
    s?.note,
  ];
};

/** A spreadsheet must not run a cell as a formula: one starting with = + - @ (or a tab/CR) gets a leading '. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Quoted where a reader would lose it: a quote, comma or line break, or white space at either end (`trim`'s set).
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]): string => cells.map(csvCell).join(',');

/**
 * RFC 4180 CSV (CRLF, quoted where needed), UTF-8 with a byte order mark so Excel reads it as
 * UTF-8: the data table, then a blank line and the sources table, then the title, as-of date and
 * filters as `key,value` lines.
 */
export function toCsv(data: DataExport): string {
  const lines = [
    csvLine(data.columns),
    ...data.rows.map(csvLine),
    '',
    csvLine(SOURCE_COLUMNS),
    ...data.sources.map((id) => csvLine(sourceRow(id))),
    '',
    csvLine(['title', data.title]),
    ...(data.asOf ? [csvLine(['as_of', data.asOf])] : []),
    ...Object.entries(data.units ?? {}).map(([k, v]) => csvLine([`unit_${k}`, v])),
    ...Object.entries(data.filters ?? {}).map(([k, v]) => csvLine([`filter_${k}`, v])),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The same content as JSON: `{ title, asOf, filters, units, data: [{column: value}], sources: [...] }`. */
function toJson(data: DataExport): string {
  const object = {
    title: data.title,
    ...(data.asOf ? { asOf: data.asOf } : {}),
    ...(data.filters && Object.keys(data.filters).length ? { filters: data.filters } : {}),
    ...(data.units ? { units: data.units } : {}),
    data: data.rows.map((row) => Object.fromEntries(data.columns.map((c, i) => [c, row[i] ?? null]))),
    sources: data.sources.map((id) => {
      const s = sourceById(id);
      return s
        ? {
            id: s.id,
            publisher: s.publisher,
            title: s.title,
            url: s.url,
            published: s.published,
            retrieved: s.retrieved,
            updated: s.updated,
            kind: s.kind,
            reportedBy: s.reportedBy,
            quoting: s.quoting,
            descriptiveTitle: s.descriptiveTitle,
            note: s.note,
          }
        : { id };
    }),
  };
  return `${JSON.stringify(object, null, 2)}\n`;
}

export const TYPES: Record<DataFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

const fileText = (data: DataExport, format: DataFormat): string => (format === 'csv' ? toCsv(data) : toJson(data));

/** The file as a Blob. */
export function dataBlob(data: DataExport, format: DataFormat): Blob {
  return new Blob([fileText(data, format)], { type: TYPES[format] });
}

/**
 * The UTF-8 size of `text` in bytes, as its Blob will have, counted without encoding it: every code
 * unit past U+007F takes one byte more, and one more again unless it is below U+0800 or half of a
 * surrogate pair (a pair takes four bytes; a lone surrogate three, as the Blob writes U+FFFD). On a
 * fresh page at CPU ×4, `TextEncoder` took a median 23 ms per timeline file, these two passes 2.5 ms.
 */
export function utf8Size(text: string): number {
  const beyondAscii = text.replace(/[\0-\x7f]+/g, '').length;
  const beyondTwoBytes = text.replace(/(?:[\0-\u07ff]|[\ud800-\udbff][\udc00-\udfff])+/g, '').length;
  return text.length + beyondAscii + beyondTwoBytes;
}

/** Sizes counted ahead of their line (`countSize`), by the file's content object and format. */
const counted = new WeakMap<DataExport, Partial<Record<DataFormat, number>>>();

/**
 * The file's size in bytes, as its Blob will have (UTF-8), without making the Blob: each Blob goes
 * through the browser's blob store, which took most of a first render's download links (measured).
 */
export const dataSize = (data: DataExport, format: DataFormat): number =>
  counted.get(data)?.[format] ?? utf8Size(fileText(data, format));

/**
 * Writes one file of `data` to count its size, for a line made later from the same object: a
 * concealed timeline writes each file in an idle period of its own (writing both took one long task).
 */
export function countSize(data: DataExport, format: DataFormat): void {
  const sizes = counted.get(data) ?? {};
  sizes[format] ??= utf8Size(fileText(data, format));
  counted.set(data, sizes);
}

/** "1.2 kB", "1,2 kB", in the locale (SI kilobytes; at least 0.1 kB). */
export function formatSize(bytes: number, locale: Locale): string {
  const kb = Math.max(0.1, Math.round(bytes / 100) / 10);
  return numberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(kb);
}

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

/** The lines made so far, by what they show (see `renderDownloads`); the oldest goes past `LINES_KEPT`. */
const lines = new Map<string, TemplateResult>();
export const LINES_KEPT = 32;
/** A number JSON would write as `null` (NaN, ±Infinity) is written as CSV writes it, so that it keys apart from null. */
const asWritten = (_: string, value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
/** Only rows hold numbers: without them, no replacer (a replacer calls back for every value, a hundred rows' worth). */
const replacerFor = (data: DataExport) =>
  data.rows.some((row) => row.some((cell) => typeof cell === 'number' && !Number.isFinite(cell)))
    ? asWritten
    : undefined;

/**
 * "Get the data: CSV (1.2 kB), JSON (3.4 kB)", inline, for the end of a block's source line. The
 * sizes are those of the files the links make; the `href` is a placeholder until a link is
 * followed (click, middle click, context menu). Made once per file and language: its sizes mean
 * writing both files, and many instances on a page show the same file (the same line, shared).
 */
export function renderDownloads(data: DataExport | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!data || !data.rows.length) return nothing;
  // Everything the line is made of: the file's content, the sizes' locale, the label's language.
  const key = `${locale}\n${msg('Get the data:')}\n${JSON.stringify(data, replacerFor(data))}`;
  let line = lines.get(key);
  if (!line) {
    if (lines.size >= LINES_KEPT) lines.delete(lines.keys().next().value!);
    lines.set(key, (line = downloadLine(data, locale)));
  }
  return line;
}

function downloadLine(data: DataExport, locale: Locale): TemplateResult {
  const link = (format: DataFormat) => {
    const label = `${format.toUpperCase()} (${formatSize(dataSize(data, format), locale)})`;
    const make = () => dataBlob(data, format);
    return html`<a
      class="download"
      part="download"
      href=${PLACEHOLDER}
      download="${data.name}.${format}"
      type=${TYPES[format]}
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
