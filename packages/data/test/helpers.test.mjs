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
    assert.deepEqual(text(name, 'be'), { text: 'Гарызонт 2020', locale: 'be', fallback: false });
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
    assert.equal(programmes[1].name.be, 'Гарызонт 2020');
  });
});

describe('dialoguesBy() and currentStatus()', () => {
  test('currentStatus is the latest entry of the history', () => {
    const readmission = byId(dialogues, 'readmission-agreement');
    assert.deepEqual([currentStatus(readmission).status, currentStatus(readmission).date], ['suspended', '2021-06-28']);
    const visa = byId(dialogues, 'visa-facilitation-agreement');
    assert.deepEqual([currentStatus(visa).status, currentStatus(visa).date], ['concluded', '2020-01-08']);
    assert.equal(currentStatus(byId(dialogues, 'human-rights-dialogue')).status, 'resumed');
  });

  test('filters by kind and by current status', () => {
    assert.deepEqual(ids(dialoguesBy({ status: ['proposed'] })), [
      'sps-dialogue',
      'research-innovation-dialogue',
      'energy-matters-dialogue',
      'customs-dialogue',
    ]);
    assert.deepEqual(ids(dialoguesBy({ kind: ['negotiation'] })), [
      'visa-facilitation-agreement',
      'readmission-agreement',
    ]);
    assert.deepEqual(ids(dialoguesBy({ kind: ['negotiation'], status: ['suspended'] })), ['readmission-agreement']);
    assert.deepEqual(ids(dialoguesBy({ kind: ['trade'] })), ['trade-dialogue']);
    assert.equal(dialoguesBy().length, 12);
    // an earlier status does not count: no negotiation is "under-negotiation" now
    assert.deepEqual(dialoguesBy({ status: ['under-negotiation'] }), []);
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
      'council-conclusions-2016-adopted',
      'eni-package-raised',
      'parliamentary-elections-2016',
      'trade-dialogue-set-up',
    ]);
    assert.deepEqual(ids(eventsBetween({ to: '2007' })), ['taiex-extended', 'gsp-withdrawn']);
  });

  test('mixed precisions: an event overlapping the range is included', () => {
    // "2015" (year) overlaps from 2015-06; "2016-02" (month) overlaps up to 2016-02-15
    assert.deepEqual(ids(eventsBetween({ from: '2015-06', to: '2016-02-15' })), [
      'human-rights-dialogue-resumed',
      'cbc-programmes-adopted',
      'council-conclusions-2016-adopted',
    ]);
    assert.deepEqual(ids(eventsBetween({ from: '2016-09-15', to: '2016-09-20' })), [
      'eni-package-raised',
      'parliamentary-elections-2016',
    ]);
    assert.deepEqual(ids(eventsBetween({ from: '2014-12-18', to: '2015-12-16' })), ['human-rights-dialogue-resumed']);
  });

  test('category filter, and no filter at all', () => {
    assert.deepEqual(ids(eventsBetween({ from: '2020-07', category: ['agreement'] })), [
      'visa-readmission-agreements-in-force',
      'eastern-partnership-suspended',
    ]);
    assert.equal(eventsBetween().length, datasets.timeline.length);
    assert.deepEqual(eventsBetween({ from: '2022' }), []);
  });
});

describe('sourcesOf() and sourceById()', () => {
  test('returns the cited sources in citation order', () => {
    const horizon = byId(programmes, 'horizon-2020');
    assert.deepEqual(ids(sourcesOf(horizon)), [
      'eeas-belarus-and-the-eu',
      'commission-horizon-2020-2014',
      'eap-plus-2018',
    ]);
    const [dgTrade] = sourcesOf(datasets.trade.goods[0]);
    assert.equal(dgTrade.url, 'https://ec.europa.eu/trade/policy/countries-and-regions/countries/belarus/');
    assert.equal(dgTrade.retrieved, '2018-04-16');
    assert.equal(sourceById('eap-plus-2018').publisher, 'EaP PLUS');
    assert.equal(sourceById('nope'), undefined);
  });

  test('throws naming the unknown id', () => {
    assert.throws(
      () => sourcesOf({ sources: ['eeas-belarus-and-the-eu', 'no-such-source'] }),
      /Unknown source "no-such-source"/,
    );
  });

  test('looks up in a list given to it', () => {
    const mine = [{ id: 'mine', title: 'Mine', publisher: 'Me', note: 'test' }];
    assert.deepEqual(sourcesOf({ sources: ['mine'] }, mine), mine);
    assert.throws(() => sourcesOf({ sources: ['eeas-belarus-and-the-eu'] }, mine), /eeas-belarus-and-the-eu/);
  });
});
