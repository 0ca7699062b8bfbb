// "Download the data": the CSV and JSON files, and the links that offer them (their markup; what a
// click does is tested in the browser, download.test.ts).
import { sources } from '@eu-belarus/data/sources';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/csv.js';
import { markup, tags, textOf } from '../../test/markup.js';
import { loadBundled } from './bundled.js';
import {
  LINES_KEPT,
  countSize,
  csvCell,
  dataBlob,
  formatSize,
  renderDownloads,
  toCsv,
  utf8Size,
} from './download-file.js';
import { fileName, latestSourceDate, type DataExport } from './download.js';

// The sources load on demand, with an element's content (bundled.ts): here, before the tests.
await loadBundled('sources');

const source = sources[0]!;
const EXPORT: DataExport = {
  name: 'eu-belarus-example-2016',
  title: 'Example, 2016',
  columns: ['year', 'value', 'note'],
  rows: [
    [2016, 5.7, 'first, quoted'],
    [2017, 6.1, undefined],
  ],
  sources: [source.id, 'no-such-source'],
  asOf: '2017-05',
  filters: { from: '2016' },
  units: { value: 'EUR billion' },
};

describe('download', () => {
  it('quotes and neutralises CSV cells', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('@cmd')).to.equal("'@cmd");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('+2')).to.equal("'+2");
    // A leading tab or carriage return is neutralised too (a CR also needs quotes).
    expect(csvCell('\t=cmd')).to.equal(`'\t=cmd`);
    expect(csvCell('\rcmd')).to.equal(`"'\rcmd"`);
    expect(csvCell(' padded')).to.equal('" padded"');
    // White space at either end is kept in quotes, a no-break space too (a spreadsheet would trim it).
    expect(csvCell('padded ')).to.equal('"padded "');
    expect(csvCell('\u00a0kept')).to.equal('"\u00a0kept"');
    expect(csvCell('in the middle\u00a0only')).to.equal('in the middle\u00a0only');
    expect(csvCell('a=b')).to.equal('a=b');
    expect(csvCell(-2)).to.equal('-2');
    expect(csvCell(true)).to.equal('true');
    expect(csvCell(0)).to.equal('0');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(null)).to.equal('');
  });

  it('names files and writes sizes in the locale', () => {
    expect(fileName('eu-belarus-trade-goods', 2015, 2017)).to.equal('eu-belarus-trade-goods-2015-2017');
    expect(fileName('eu-belarus-timeline', undefined, 'Policy,Trade')).to.equal('eu-belarus-timeline-policy-trade');
    expect(fileName('-Odd--Name-', '', 'x')).to.equal('odd-name-x');
    expect(formatSize(1234, 'en')).to.equal('1.2 kB');
    expect(formatSize(1250, 'en')).to.equal('1.3 kB');
    expect(formatSize(1234, 'fr')).to.match(/^1,2\s?ko$/);
    expect(formatSize(12, 'en')).to.equal('0.1 kB');
    expect(formatSize(0, 'en')).to.equal('0.1 kB');
  });

  it('CSV: UTF-8 with a byte order mark, CRLF, the rows, then the sources, then title, as-of, units and filters', async () => {
    const blob = dataBlob(EXPORT, 'csv');
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = (await blob.text()).replace(/^\ufeff/, '');
    expect(text).to.match(/\r\n$/);
    expect(text.replace(/\r\n/g, '')).not.to.include('\n');
    const rows = parseCsv(text);
    expect(rows.slice(0, 3)).to.deep.equal([
      ['year', 'value', 'note'],
      ['2016', '5.7', 'first, quoted'],
      ['2017', '6.1', ''],
    ]);
    expect(rows[3]).to.deep.equal(['']);
    expect(rows[4]![0]).to.equal('source_id');
    expect(rows[5]!.slice(0, 3)).to.deep.equal([source.id, source.publisher, source.title]);
    expect(rows[6]![0], 'an unknown source keeps its id').to.equal('no-such-source');
    expect(rows[7], 'a blank line before the file’s title').to.deep.equal(['']);
    expect(Object.fromEntries(rows.slice(8).map((r) => [r[0], r[1]]))).to.deep.equal({
      title: 'Example, 2016',
      as_of: '2017-05',
      unit_value: 'EUR billion',
      filter_from: '2016',
    });
  });

  it('JSON: the same rows as objects keyed by column, with the sources', async () => {
    const json = JSON.parse(await dataBlob(EXPORT, 'json').text());
    expect(json.data).to.deep.equal([
      { year: 2016, value: 5.7, note: 'first, quoted' },
      { year: 2017, value: 6.1, note: null },
    ]);
    expect(json.sources.map((s: { id: string }) => s.id)).to.deep.equal([source.id, 'no-such-source']);
    expect(json.sources[0].publisher).to.equal(source.publisher);
    expect([json.title, json.asOf, json.filters, json.units]).to.deep.equal([
      'Example, 2016',
      '2017-05',
      { from: '2016' },
      { value: 'EUR billion' },
    ]);
  });

  it('JSON: no "filters" key when nothing was filtered', async () => {
    for (const filters of [undefined, {}]) {
      const json = JSON.parse(await dataBlob({ ...EXPORT, filters }, 'json').text());
      expect(Object.keys(json), JSON.stringify(filters)).not.to.include('filters');
    }
  });

  it('no cell runs as a spreadsheet formula, a title from the data included', () => {
    const csv = toCsv({
      name: 'x',
      title: '=HYPERLINK("http://evil")',
      columns: ['a', 'b', 'c', 'd'],
      rows: [['+1', '-2', '@SUM(A1)', -3]],
      sources: [],
    });
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).to.deep.equal(["'+1", "'-2", "'@SUM(A1)", '-3']);
    expect(rows.at(-1)).to.deep.equal(['title', `'=HYPERLINK("http://evil")`]);
  });

  it('links: the file names, each file’s size in the locale, and a placeholder href, never a blob: or data: URL', () => {
    const html = markup(renderDownloads(EXPORT, 'en'));
    const links = tags(html, 'a');
    expect(links.map((a) => [a['download'], a['href'], a['type'], a['data-format'], a['part']])).to.deep.equal([
      ['eu-belarus-example-2016.csv', '#download', 'text/csv;charset=utf-8', 'csv', 'download'],
      ['eu-belarus-example-2016.json', '#download', 'application/json', 'json', 'download'],
    ]);
    const csvSize = formatSize(dataBlob(EXPORT, 'csv').size, 'en');
    const jsonSize = formatSize(dataBlob(EXPORT, 'json').size, 'en');
    expect(textOf(html)).to.equal(`Get the data: CSV (${csvSize}), JSON (${jsonSize})`);
  });

  it('the sizes in the links are the files’ sizes in bytes (UTF-8), also for Cyrillic text', async () => {
    const cyrillic = { ...EXPORT, title: 'Беларусь і Еўрапейскі саюз. '.repeat(60) };
    const sizes = await Promise.all(
      (['csv', 'json'] as const).map(async (f) =>
        formatSize((await dataBlob(cyrillic, f).arrayBuffer()).byteLength, 'en'),
      ),
    );
    expect(sizes[0]).not.to.equal(formatSize(toCsv(cyrillic).length, 'en'));
    expect(textOf(markup(renderDownloads(cyrillic, 'en')))).to.equal(
      `Get the data: CSV (${sizes[0]}), JSON (${sizes[1]})`,
    );
  });

  it('a file’s size is its bytes to the byte, whatever its characters: one to four bytes each, a lone surrogate as U+FFFD', async () => {
    const texts = [
      'year,value\r\n2016,5.7',
      '\ufeffБеларусь, ЕС', // Cyrillic: two bytes; the byte order mark: three
      'EU–Belarus € 1 ½', // three bytes (the dash, the euro sign), two (the half)
      'flags 🇪🇺 and 𝔼', // surrogate pairs: four bytes each
      'a lone \ud800 or \udc00, a pair \ud83c\uddea, and \udc00\ud800 reversed',
      '',
    ];
    for (const text of texts) expect(utf8Size(text), text).to.equal((await new Blob([text]).arrayBuffer()).byteLength);
  });

  it('sizes counted ahead (a concealed timeline counts each file in a step of its own) are the sizes the line shows', async () => {
    // A file of its own (the lines made so far are kept by content), with CSV and JSON of different sizes.
    const data: DataExport = { ...EXPORT, name: 'counted-ahead', rows: [[2016, 5.7, 'Минск, 2016']] };
    countSize(data, 'csv');
    countSize(data, 'json');
    const sizes = textOf(markup(renderDownloads(data, 'en')));
    const bytes = async (format: 'csv' | 'json') => (await dataBlob(data, format).arrayBuffer()).byteLength;
    expect(sizes).to.equal(
      `Get the data: CSV (${formatSize(await bytes('csv'), 'en')}), JSON (${formatSize(await bytes('json'), 'en')})`,
    );
  });

  it('a line is made once per file and language: the same file again gives the line made, another file or language a new one', () => {
    const line = renderDownloads(EXPORT, 'en');
    // Another instance's export of the same file: equal, not the same object.
    expect(renderDownloads(structuredClone(EXPORT), 'en'), 'the same file').to.equal(line);
    const others = {
      'a filter': { ...EXPORT, filters: { from: '2017' } },
      'a row': { ...EXPORT, rows: EXPORT.rows.slice(1) },
      'a cell NaN, not empty': { ...EXPORT, rows: [[2016, NaN, 'x']] },
      'a cell empty': { ...EXPORT, rows: [[2016, null, 'x']] },
    };
    const made = new Set([line]);
    for (const [what, other] of Object.entries(others)) {
      const own = renderDownloads(other, 'en');
      expect(made.has(own), `${what}: a line of its own`).to.equal(false);
      made.add(own);
      expect(textOf(markup(own)), what).to.equal(
        `Get the data: CSV (${formatSize(dataBlob(other, 'csv').size, 'en')}), JSON (${formatSize(dataBlob(other, 'json').size, 'en')})`,
      );
    }
    expect(textOf(markup(renderDownloads(EXPORT, 'fr'))), 'the sizes in French').to.match(/\d,\d\s?ko/);
  });

  it('files that differ only in a NaN or an infinite number have lines of their own, whichever row holds it', () => {
    const withCell = (cell: number | null): DataExport => ({ ...EXPORT, rows: [EXPORT.rows[0]!, [2017, cell, 'x']] });
    const lines = [NaN, Infinity, -Infinity, null, 6.1].map((cell) => renderDownloads(withCell(cell), 'en'));
    expect(new Set(lines).size).to.equal(lines.length);
  });

  it(`keeps the last ${LINES_KEPT} lines made`, () => {
    const file = (n: number): DataExport => ({ ...EXPORT, rows: [[n, n, 'kept']] });
    const [first, second] = [renderDownloads(file(0), 'en'), renderDownloads(file(1), 'en')];
    for (let n = 2; n <= LINES_KEPT; n++) renderDownloads(file(n), 'en');
    expect(renderDownloads(file(1), 'en'), 'one of the last').to.equal(second);
    expect(renderDownloads(file(0), 'en'), 'the oldest, made again').not.to.equal(first);
  });

  it('offers nothing for no data or no rows', () => {
    expect(markup(renderDownloads({ ...EXPORT, rows: [] }, 'en'))).to.equal('');
    expect(markup(renderDownloads(undefined, 'en'))).to.equal('');
  });

  it("a file's as-of date is the latest date its sources give", () => {
    const dated = sources.filter((s) => s.published);
    const dates = dated.map((s) => s.published!).sort();
    expect(latestSourceDate(dated.map((s) => s.id))).to.equal(dates.at(-1));
    expect(latestSourceDate(['no-such-source'])).to.equal(undefined);
    expect(latestSourceDate([])).to.equal(undefined);
  });
});
