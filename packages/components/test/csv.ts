// CSV files as a spreadsheet reads them: for the download tests, in the browser and in Node.

/** RFC 4180 CSV into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else cell += c;
  }
  return rows;
}

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
