// The query helpers, on the real content.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  currentStatus,
  datasets,
  dialogues,
  dialoguesBy,
  eventsBetween,
  programmes,
  programmesBy,
  programmeStatus,
  lastReported,
  sourceById,
  sourcesOf,
  text,
  tradeBalance,
} from '../dist/index.js';
import * as programmesTopic from '../dist/topics/programmes.js';

const ids = (items) => items.map((i) => i.id);
const byId = (list, id) => list.find((x) => x.id === id);

describe('text()', () => {
  const name = byId(programmes, 'horizon-2020').name;

  test('returns the requested locale when it is there, without fallback', () => {
    assert.deepEqual(text(name, 'be'), { text: '«Гарызонт 2020»', locale: 'be', fallback: false });
    assert.deepEqual(text(name, 'ru'), { text: '«Горизонт 2020»', locale: 'ru', fallback: false });
    assert.deepEqual(text(name, 'en'), { text: 'Horizon 2020', locale: 'en', fallback: false });
  });

  test('falls back to English and says so', () => {
    assert.deepEqual(text(name, 'de'), { text: 'Horizon 2020', locale: 'en', fallback: true });
    assert.deepEqual(text({ en: 'Only English' }, 'be'), { text: 'Only English', locale: 'en', fallback: true });
    assert.deepEqual(text(name, 'xx'), { text: 'Horizon 2020', locale: 'en', fallback: true });
  });
});

describe('programmesBy()', () => {
  test('filters by category and by scope; an empty filter means all', () => {
    assert.deepEqual(ids(programmesBy({ category: ['cross-border'] })), [
      'poland-belarus-ukraine-cbc',
      'latvia-lithuania-belarus-cbc',
    ]);
    assert.deepEqual(ids(programmesBy({ category: ['education', 'research'] })), ['erasmus-plus', 'horizon-2020']);
    assert.deepEqual(ids(programmesBy({ scope: ['bilateral'] })), ['most']);
    assert.equal(programmesBy().length, 8);
    assert.equal(programmesBy({ category: [] }).length, 8);
    assert.deepEqual(programmesBy({ category: ['education'], scope: ['regional'] }), []);
  });

  test('filters a list given to it, and is exported from the topic subpath', () => {
    const few = programmes.slice(0, 3);
    assert.deepEqual(ids(programmesTopic.programmesBy({ scope: ['eu-wide'] }, few)), [
      'erasmus-plus',
      'horizon-2020',
      'taiex',
    ]);
    // The subpath holds the same programmes, in English only; the root's hold every language.
    assert.deepEqual(ids(programmesTopic.programmes), ids(programmes));
    assert.equal(programmesTopic.programmes[1].name.be, undefined);
    assert.equal(programmes[1].name.be, '«Гарызонт 2020»');
  });
});

describe('dialoguesBy() and currentStatus()', () => {
  test('currentStatus is the last reported entry of the history, with the date it held', () => {
    const readmission = byId(dialogues, 'readmission-agreement');
    assert.deepEqual([currentStatus(readmission).status, currentStatus(readmission).asOf], ['suspended', '2021-06-28']);
    const visa = byId(dialogues, 'visa-facilitation-agreement');
    assert.deepEqual([currentStatus(visa).status, currentStatus(visa).asOf], ['partially-suspended', '2021-11-12']);
    assert.ok(currentStatus(visa).note.en.includes('officials'));
    assert.equal(currentStatus(byId(dialogues, 'trade-dialogue')).status, 'suspended');
    assert.deepEqual(
      [
        currentStatus(byId(dialogues, 'human-rights-dialogue')).status,
        currentStatus(byId(dialogues, 'human-rights-dialogue')).asOf,
      ],
      ['resumed', '2015'],
    );
    assert.equal(lastReported(visa), currentStatus(visa));
  });

  test('filters by kind and by last reported status', () => {
    assert.deepEqual(ids(dialoguesBy({ status: ['sought'] })), [
      'sps-dialogue',
      'research-innovation-dialogue',
      'energy-matters-dialogue',
    ]);
    assert.deepEqual(ids(dialoguesBy({ kind: ['negotiation'] })), [
      'partnership-priorities',
      'visa-facilitation-agreement',
      'readmission-agreement',
    ]);
    assert.deepEqual(ids(dialoguesBy({ kind: ['negotiation'], status: ['suspended'] })), ['readmission-agreement']);
    assert.deepEqual(ids(dialoguesBy({ kind: ['trade'] })), ['trade-dialogue']);
    assert.equal(dialoguesBy().length, dialogues.length);
    // an earlier status does not count: the agreements were once "under-negotiation"
    assert.ok(!ids(dialoguesBy({ status: ['under-negotiation'] })).includes('visa-facilitation-agreement'));
  });
});

describe('programmeStatus()', () => {
  test('is the last reported status for Belarus, with its date and source', () => {
    const pbu = byId(programmes, 'poland-belarus-ukraine-cbc');
    assert.deepEqual([programmeStatus(pbu).status, programmeStatus(pbu).asOf], ['suspended', '2022-03-04']);
    assert.ok(programmeStatus(pbu).sources.length > 0);
    assert.equal(programmeStatus(byId(programmes, 'erasmus-plus')).status, 'unknown');
    assert.deepEqual(ids(programmesBy({ status: ['suspended'] })), [
      'poland-belarus-ukraine-cbc',
      'latvia-lithuania-belarus-cbc',
    ]);
    assert.ok(programmesBy({ status: ['open'] }).every((p) => programmeStatus(p).status === 'open'));
  });
});

describe('tradeBalance()', () => {
  test('goods: the balance DG Trade states wins over arithmetic (2016: 2.0, not 5.0 − 2.9)', () => {
    assert.deepEqual(tradeBalance(2016), {
      year: 2016,
      balance: { kind: 'money', currency: 'EUR', value: 2.0, scale: 'billion', decimals: 1 },
      origin: 'stated',
    });
    assert.equal(tradeBalance(2017, 'goods').balance.value, 2.7);
    assert.equal(tradeBalance(2015).origin, 'stated');
  });

  test('services: computed as exports − imports at the figures’ precision', () => {
    const b = tradeBalance(2015, 'services');
    assert.equal(b.origin, 'computed');
    assert.equal(b.balance.value, 0.8); // 2.1 − 1.3, not 0.8000000000000003
    assert.equal(b.balance.scale, 'billion');
    assert.equal(tradeBalance(2014, 'services').balance.value, 1.0);
    assert.equal(tradeBalance(2016, 'services').balance.value, 0.7);
  });

  test('a year without figures gives undefined', () => {
    assert.equal(tradeBalance(2014), undefined);
    assert.equal(tradeBalance(2017, 'services'), undefined);
  });
});

describe('eventsBetween()', () => {
  test('from/to at year precision include every event of those years', () => {
    assert.deepEqual(ids(eventsBetween({ from: '2016', to: '2016' })), [
      'assistance-doubled',
      'council-conclusions-2016-adopted',
      'eni-package-raised',
      'parliamentary-elections-2016',
      'trade-dialogue-set-up',
    ]);
    assert.deepEqual(ids(eventsBetween({ to: '2007' })), ['taiex-extended', 'gsp-withdrawn']);
  });

  test('mixed precisions: an event overlapping the range is included', () => {
    // "2015" (year) overlaps from 2015-06; "2016" and "2016-02" overlap up to 2016-02-15
    assert.deepEqual(ids(eventsBetween({ from: '2015-06', to: '2016-02-15' })), [
      'human-rights-dialogue-resumed',
      'llb-programme-approved',
      'assistance-doubled',
      'council-conclusions-2016-adopted',
    ]);
    assert.deepEqual(ids(eventsBetween({ from: '2016-09-15', to: '2016-09-20' })), [
      'assistance-doubled',
      'eni-package-raised',
      'parliamentary-elections-2016',
    ]);
    assert.deepEqual(ids(eventsBetween({ from: '2014-12-18', to: '2015-12-16' })), ['human-rights-dialogue-resumed']);
  });

  test('category filter, and no filter at all', () => {
    assert.deepEqual(ids(eventsBetween({ from: '2020-07', to: '2021-06', category: ['agreement'] })), [
      'visa-readmission-agreements-in-force',
      'readmission-agreement-suspended',
    ]);
    assert.equal(eventsBetween().length, datasets.timeline.length);
    assert.deepEqual(eventsBetween({ from: '2027' }), []);
  });
});

describe('sourcesOf() and sourceById()', () => {
  test('returns the cited sources in citation order', () => {
    const horizon = byId(programmes, 'horizon-2020');
    assert.deepEqual(ids(sourcesOf(horizon)), [
      'eeas-belarus-and-the-eu',
      'eap-plus-h2020-participation',
      'eap-plus-coordination-group-2018',
      'commission-horizon-2020-2014',
    ]);
    const [dgTrade] = sourcesOf(datasets.trade.goods[0]);
    assert.equal(dgTrade.url, 'https://ec.europa.eu/trade/policy/countries-and-regions/countries/belarus/');
    assert.equal(dgTrade.retrieved, '2018-04-16');
    assert.equal(sourceById('eap-plus-coordination-group-2018').kind, 'report');
    assert.equal(sourceById('nope'), undefined);
  });

  test('throws naming the unknown id', () => {
    assert.throws(
      () => sourcesOf({ sources: ['eeas-belarus-and-the-eu', 'no-such-source'] }),
      /Unknown source "no-such-source"/,
    );
  });

  test('looks up in a list given to it', () => {
    const mine = [{ id: 'mine', title: 'Mine', publisher: 'Me', kind: 'primary', note: 'test' }];
    assert.deepEqual(sourcesOf({ sources: ['mine'] }, mine), mine);
    assert.throws(() => sourcesOf({ sources: ['eeas-belarus-and-the-eu'] }, mine), /eeas-belarus-and-the-eu/);
  });
});
