// The named facts for <eu-fact>: derived from the content, never kept by hand.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FACT_TOPICS, deriveFacts, fact, factNames, factTopic, facts } from '../dist/facts.js';
import { sourceById } from '../dist/index.js';
// Facts are derived from the topic subpaths' datasets (English; other languages via text()).
import { assistance } from '../dist/topics/assistance.js';
import { programmes } from '../dist/topics/programmes.js';
import { trade, tradeBalance } from '../dist/topics/trade.js';
import { listingTotals, restrictiveMeasures } from '../dist/topics/restrictive-measures.js';

const money = (value, scale = 'billion') => ({ kind: 'money', currency: 'EUR', value, scale });
/** The parts of a money quantity that say what it is (the content may add e.g. its stated precision). */
const amount = ({ kind, currency, value, scale, qualifier }) => ({
  kind,
  currency,
  value,
  scale,
  ...(qualifier ? { qualifier } : {}),
});

describe('facts', () => {
  test('trade.goods.2017.euExports is EUR 6.1 billion, dated 2017, with its source', () => {
    const f = fact('trade.goods.2017.euExports');
    assert.ok(f);
    assert.deepEqual(amount(f.quantity), money(6.1));
    assert.equal(f.quantity, trade.goods.find((y) => y.year === 2017).euExports);
    assert.equal(f.asOf, '2017');
    assert.deepEqual(f.sources, ['dg-trade-belarus-2018']);
    assert.equal(f.label.en, 'EU exports of goods to Belarus, 2017');
    assert.ok(f.label.be && f.label.ru);
  });

  test('every goods, services and investment year has its names, equal to the content', () => {
    for (const row of trade.goods) {
      assert.deepEqual(fact(`trade.goods.${row.year}.euImports`)?.quantity, row.euImports);
      assert.deepEqual(fact(`trade.goods.${row.year}.euExports`)?.quantity, row.euExports);
      assert.deepEqual(fact(`trade.goods.${row.year}.euBalance`)?.quantity, tradeBalance(row.year).balance);
    }
    for (const row of trade.services) {
      assert.deepEqual(fact(`trade.services.${row.year}.euImports`)?.quantity, row.euImports);
      assert.deepEqual(fact(`trade.services.${row.year}.euExports`)?.quantity, row.euExports);
    }
    for (const row of trade.investment) {
      assert.deepEqual(fact(`trade.investment.${row.year}.inwardStocks`)?.quantity, row.inwardStocks);
      assert.deepEqual(fact(`trade.investment.${row.year}.outwardStocks`)?.quantity, row.outwardStocks);
    }
    // The stated balance wins over arithmetic on rounded figures (2016: 5.0 − 2.9 ≠ 2.0).
    assert.deepEqual(amount(fact('trade.goods.2016.euBalance').quantity), money(2.0));
  });

  test('assistance and programme figures are facts under their ids', () => {
    assert.deepEqual(amount(fact('assistance.eni-bilateral-2014-2017').quantity), money(91.5, 'million'));
    // The EUR 53 million of regional projects is one fact, under the programme, with a self-contained label.
    const regional = fact('programmes.regional-projects.regional-projects-funding-2007-2013');
    assert.deepEqual(amount(regional.quantity), { ...money(53, 'million'), qualifier: 'nearly' });
    assert.equal(regional.label.en, 'EU allocation to Belarus in regional projects, 2007–2013');
    assert.equal(fact('assistance.regional-projects-2007-2013'), undefined);
    for (const f of assistance.figures) assert.equal(fact(`assistance.${f.id}`)?.label, f.label);
    for (const p of programmes)
      for (const f of p.figures) {
        const named = fact(`programmes.${p.id}.${f.id}`);
        assert.deepEqual(named?.quantity, f.quantity, `programmes.${p.id}.${f.id}`);
        assert.deepEqual(named?.upTo, f.upTo);
        assert.deepEqual(named?.sources, f.sources);
        assert.deepEqual(named?.quotes, f.quotes);
        assert.equal(named?.asOf, f.asOf);
        assert.equal(named?.coverage, f.coverage);
      }
  });

  test('labels are self-contained: no two facts share one, and each carries its date', () => {
    const labels = [...facts.values()].map((f) => f.label.en);
    assert.deepEqual(
      labels.filter((l, i) => labels.indexOf(l) !== i),
      [],
    );
    for (const f of facts.values()) {
      assert.match(f.asOf, /^\d{4}/, `${f.name} has an as-of date`);
      assert.ok(f.quotes.length > 0, `${f.name} has a quote`);
    }
  });

  test('names are unique, follow the patterns, cite existing sources and have an English label', () => {
    const names = factNames();
    assert.equal(new Set(names).size, names.length);
    assert.equal(names.length, facts.size);
    const expected =
      trade.goods.length * 3 +
      trade.services.length * 2 +
      trade.investment.length * 2 +
      trade.shares.length +
      assistance.figures.length +
      programmes.reduce((n, p) => n + p.figures.length, 0) +
      // the latest totals (by anyone, by the Council) and every total a source states, by date
      4 +
      listingTotals(restrictiveMeasures).reduce(
        (n, p) => n + ['individuals', 'entities'].filter((s) => p[s] && p[s].origin !== 'derived').length,
        0,
      );
    assert.equal(names.length, expected);
    for (const name of names) {
      assert.match(
        name,
        /^(trade\.(goods|services|investment)\.\d{4}\.\w+|trade\.shares\.[a-z0-9-]+|assistance\.[a-z0-9-]+|programmes\.[a-z0-9-]+\.[a-z0-9-]+|restrictive-measures\.(latest|council|\d{4}(-\d{2}){0,2})\.(individuals|entities))$/,
      );
      assert.ok(FACT_TOPICS.includes(factTopic(name)));
      const f = fact(name);
      assert.ok(f.label.en.trim());
      for (const id of f.sources) assert.ok(sourceById(id), `${name} cites ${id}`);
    }
  });

  test('unknown names give undefined; derived from other data, facts follow that data', () => {
    assert.equal(fact('trade.goods.1999.euExports'), undefined);
    assert.equal(fact('nonsense'), undefined);
    assert.equal(factTopic('nonsense.x'), undefined);
    const changed = {
      ...trade,
      goods: [{ ...trade.goods[0], year: 2030, euExports: money(9.9), euBalance: undefined }],
    };
    const derived = deriveFacts({ trade: changed });
    assert.deepEqual(derived.get('trade.goods.2030.euExports')?.quantity, money(9.9));
    assert.equal(derived.get('trade.goods.2030.euBalance')?.origin, 'computed');
    assert.equal(derived.has('assistance.eni-bilateral-2014-2017'), false);
  });

  test('the module is zod-free and the generated name list documents every fact', () => {
    const source = readFileSync(new URL('../dist/facts.js', import.meta.url), 'utf8');
    assert.doesNotMatch(source, /from ['"]zod['"]|schema\/index/);
    const listed = new URL('../dist/fact-names.md', import.meta.url);
    assert.ok(existsSync(listed), 'dist/fact-names.md is generated by the build');
    const md = readFileSync(listed, 'utf8');
    for (const name of factNames()) assert.ok(md.includes(`\`${name}\``), name);
    assert.match(md, /EUR 6\.1 billion/);
  });
});
