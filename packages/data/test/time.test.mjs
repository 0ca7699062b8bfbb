// The data knows time: every statement, status and figure carries the date it held, statuses are
// last-reported ones, the content carries its newest date and a version, and nothing written
// about the time before August 2020 reads as the present.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkDatasets } from '../dist/check.js';
import { asOf, contentVersion, datasets, programmeStatus, sourceById } from '../dist/index.js';
import * as meta from '../dist/meta.js';
import { TOPICS } from '../dist/schema/index.js';

function walk(value, path, visit) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}
const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);
/** Items that say something: they cite sources. */
function citedItems() {
  const items = [];
  for (const topic of TOPICS)
    if (topic !== 'sources' && topic !== 'quotes')
      walk(datasets[topic], topic, (v, path) => isObject(v) && Array.isArray(v.sources) && items.push([path, v]));
  return items;
}

/** The turn: the presidential election of 9 August 2020. */
const TURN = '2020-08';
/** Phrases of the 2016 page that read as the present when left undated. */
const PRESENT_TENSE = [
  /\bremains committed\b/,
  /\bis (?:always )?open\b/,
  /\bseeks\b/,
  /\bstands ready\b/,
  /\blooks forward\b/,
  /\bMost recently\b/,
  /\bmaintain regular\b/,
  /\bis Belarus' second\b/,
  /\bare dominated\b/,
  /\bin force since\b/,
];

describe('every statement, status and figure is dated', () => {
  test('each cited item carries asOf, a date or a year', () => {
    const undated = citedItems().filter(([, v]) => !v.asOf && !v.date && !v.year);
    assert.deepEqual(
      undated.map(([path]) => path),
      [],
    );
  });

  test('a figure or status without asOf is rejected with its path', () => {
    const copy = structuredClone(datasets);
    delete copy.programmes[0].figures[0].asOf;
    delete copy.dialogues[0].history[0].asOf;
    delete copy.trade.partners[0].asOf;
    const errors = checkDatasets(copy);
    for (const path of ['programmes[0].figures[0].asOf', 'dialogues[0].history[0].asOf', 'trade.partners[0].asOf'])
      assert.ok(
        errors.some((e) => e.startsWith(`${path}: `)),
        `${path} in:\n${errors.join('\n')}`,
      );
  });
});

describe('nothing dated before August 2020 reads as the present', () => {
  const texts = (item) => ['summary', 'text', 'note'].filter((k) => isObject(item[k])).map((k) => [k, item[k].en]);

  test('every text of such an item names a year, and none keeps the page’s present tense', () => {
    let checked = 0;
    for (const [path, item] of citedItems()) {
      // Timeline events show their own date beside their text; everything else must date itself.
      const date = item.asOf ?? String(item.year ?? '');
      if (!date || date >= TURN || item.precision) continue;
      for (const [key, en] of texts(item)) {
        checked++;
        assert.match(en, /\b(?:19|20)\d{2}\b/, `${path}.${key} gives no year: ${en}`);
        for (const phrase of PRESENT_TENSE) assert.doesNotMatch(en, phrase, `${path}.${key}: ${en}`);
      }
    }
    assert.ok(checked >= 20, `only ${checked} texts checked`);
  });

  test('the overview leads with a current section, and the 2016 line is marked historical', () => {
    const [first] = datasets.overview.sections;
    assert.equal(first.timeframe, 'current');
    for (const s of datasets.overview.sections) if (s.asOf < TURN) assert.equal(s.timeframe, 'historical', s.id);
    const electoral = datasets.overview.sections.find((s) => s.id === 'electoral-reform');
    assert.ok(
      electoral.points.some((p) => p.en.includes('firmly in mind')),
      'the page’s sentence F12 is there',
    );
  });
});

describe('statuses are last reported, with their date', () => {
  test('every programme has a status for Belarus with its date and source', () => {
    for (const p of datasets.programmes) {
      const s = programmeStatus(p);
      assert.ok(['open', 'ended', 'suspended', 'not-participating', 'unknown'].includes(s.status), p.id);
      assert.match(s.asOf, /^\d{4}/, p.id);
      assert.ok(
        s.sources.every((id) => sourceById(id)),
        p.id,
      );
    }
  });

  test('the agreements: visa facilitation partly suspended for officials, readmission suspended by Belarus', () => {
    const last = (id) => datasets.dialogues.find((d) => d.id === id).history.at(-1);
    assert.deepEqual(
      [last('visa-facilitation-agreement').status, last('visa-facilitation-agreement').asOf],
      ['partially-suspended', '2021-11-12'],
    );
    assert.deepEqual(
      [last('readmission-agreement').status, last('readmission-agreement').asOf],
      ['suspended', '2021-06-28'],
    );
  });
});

describe('the content carries its date and version', () => {
  test('asOf is the newest date of the content; contentVersion is asOf plus a hash', () => {
    let newest = '';
    for (const topic of TOPICS)
      if (topic !== 'sources' && topic !== 'quotes')
        walk(datasets[topic], topic, (v, path) => {
          const key = path.split('.').at(-1);
          if ((key === 'asOf' || key === 'date') && typeof v === 'string' && v > newest) newest = v;
        });
    assert.equal(asOf, newest);
    assert.match(contentVersion, new RegExp(`^${asOf}\\+[0-9a-f]{12}$`));
    assert.deepEqual({ ...meta }, { asOf, contentVersion });
  });

  test('every JSON file says which content it holds', () => {
    for (const topic of TOPICS) {
      const file = JSON.parse(readFileSync(new URL(`../dist/json/${topic}.json`, import.meta.url), 'utf8'));
      assert.deepEqual([file.topic, file.contentVersion, file.asOf], [topic, contentVersion, asOf], topic);
    }
  });
});

describe('sources say what they are', () => {
  test('no source cites the project itself, and reports say whom they quote', () => {
    assert.equal(sourceById('eu-programme-facts'), undefined);
    for (const s of datasets.sources) {
      assert.ok(!/eu-belarus|this project/i.test(s.publisher), s.id);
      // A report's reporter is its publisher unless `reportedBy` names another (an agency, say).
      if (s.kind === 'report') assert.ok(s.quoting, s.id);
      if (s.kind === 'republication') assert.ok(s.quoting, s.id);
    }
  });

  test('a report without whom it quotes, or a primary source that quotes, is rejected', () => {
    const copy = structuredClone(datasets);
    const report = copy.sources.findIndex((s) => s.kind === 'report');
    delete copy.sources[report].quoting;
    copy.sources[0].quoting = 'someone';
    const errors = checkDatasets(copy);
    assert.ok(
      errors.some((e) => e.startsWith(`sources[${report}].quoting: `)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('sources[0].kind: ')),
      errors.join('\n'),
    );
  });
});
