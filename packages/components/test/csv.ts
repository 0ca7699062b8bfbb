// CSV files as a spreadsheet reads them: for the download tests, in the browser and in Node. Read
// by csv-parse (RFC 4180), a reader independent of the code that writes them.
import { parse } from 'csv-parse/browser/esm/sync';

/** CSV into rows of cells; rows differ in length (the data, the sources and the `key,value` lines). */
export const parseCsv = (text: string): string[][] => parse(text, { relax_column_count: true, bom: true });

/** The CSV's parts: the data table, the sources table and the `key,value` lines. */
export async function csvParts(blob: Blob | undefined) {
  const rows = parseCsv((await blob!.text()).replace(/^\ufeff/, ''));
  const sourceHeader = rows.findIndex((r) => r[0] === 'source_id');
  const metaStart = rows.findIndex((r, i) => i > sourceHeader && r.length === 1 && r[0] === '');
  return {
    header: rows[0]!,
    data: rows.slice(1, sourceHeader - 1),
    sources: rows.slice(sourceHeader + 1, metaStart),
    meta: Object.fromEntries(rows.slice(metaStart + 1).map((r) => [r[0], r[1]])),
  };
}
