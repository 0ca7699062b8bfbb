// The label of a named fact is what a page reads beside the number (<eu-fact>'s description, a
// download's column): each is pinned here in English, Belarusian and Russian.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveFacts, fact } from '../dist/facts.js';
import { trade } from '../dist/topics/trade.js';

const labelOf = (name) => fact(name)?.label;

describe('fact labels', () => {
  test('trade facts name the flow, the partner and the year', () => {
    assert.deepEqual(labelOf('trade.goods.2017.euImports'), {
      en: 'EU imports of goods from Belarus, 2017',
      be: 'Імпарт тавараў ЕС з Беларусі, 2017',
      ru: 'Импорт товаров ЕС из Беларуси, 2017',
    });
    assert.deepEqual(labelOf('trade.goods.2016.euExports'), {
      en: 'EU exports of goods to Belarus, 2016',
      be: 'Экспарт тавараў ЕС у Беларусь, 2016',
      ru: 'Экспорт товаров ЕС в Беларусь, 2016',
    });
    assert.deepEqual(labelOf('trade.goods.2017.euBalance'), {
      en: 'EU balance of trade in goods with Belarus, 2017',
      be: 'Сальда гандлю таварамі ЕС з Беларуссю, 2017',
      ru: 'Сальдо торговли товарами ЕС с Беларусью, 2017',
    });
    assert.deepEqual(labelOf('trade.services.2016.euImports'), {
      en: 'EU imports of services from Belarus, 2016',
      be: 'Імпарт паслуг ЕС з Беларусі, 2016',
      ru: 'Импорт услуг ЕС из Беларуси, 2016',
    });
    assert.deepEqual(labelOf('trade.services.2015.euExports'), {
      en: 'EU exports of services to Belarus, 2015',
      be: 'Экспарт паслуг ЕС у Беларусь, 2015',
      ru: 'Экспорт услуг ЕС в Беларусь, 2015',
    });
    assert.deepEqual(labelOf('trade.investment.2016.inwardStocks'), {
      en: 'Stocks of Belarusian direct investment in the EU, 2016',
      be: 'Назапашаныя прамыя інвестыцыі Беларусі ў ЕС, 2016',
      ru: 'Накопленные прямые инвестиции Беларуси в ЕС, 2016',
    });
    assert.deepEqual(labelOf('trade.investment.2016.outwardStocks'), {
      en: 'Stocks of EU direct investment in Belarus, 2016',
      be: 'Назапашаныя прамыя інвестыцыі ЕС у Беларусі, 2016',
      ru: 'Накопленные прямые инвестиции ЕС в Беларуси, 2016',
    });
  });

  test('a services balance becomes a fact only when the source states one, with its own label', () => {
    assert.equal(fact('trade.services.2016.euBalance'), undefined);
    const [row] = trade.services;
    const balance = { kind: 'money', currency: 'EUR', value: 1, scale: 'billion' };
    const derived = deriveFacts({ trade: { ...trade, services: [{ ...row, euBalance: balance }] } });
    const named = derived.get(`trade.services.${row.year}.euBalance`);
    assert.deepEqual(named?.label, {
      en: `EU balance of trade in services with Belarus, ${row.year}`,
      be: `Сальда гандлю паслугамі ЕС з Беларуссю, ${row.year}`,
      ru: `Сальдо торговли услугами ЕС с Беларусью, ${row.year}`,
    });
    assert.equal(named.origin, undefined, 'a stated balance is not marked computed');
    assert.deepEqual(named.sources, row.sources);
  });

  test('listing totals: a dated total, the latest and the Council’s latest, a member state’s figure said so', () => {
    assert.deepEqual(labelOf('restrictive-measures.2021-06-21.entities'), {
      en: 'Entities listed under the EU’s Belarus sanctions regime, 21 June 2021',
      be: 'Арганізацыі ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі, 21 чэрвеня 2021 года',
      ru: 'Организации в списке по санкционному режиму ЕС в отношении Беларуси, 21 июня 2021 года',
    });
    assert.deepEqual(labelOf('restrictive-measures.council.individuals'), {
      en: 'Individuals listed under the EU’s Belarus sanctions regime (latest figure of the Council, 27 March 2025)',
      be: 'Фізічныя асобы ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі (апошняя лічба Савета, 27 сакавіка 2025 года)',
      ru: 'Физические лица в списке по санкционному режиму ЕС в отношении Беларуси (последняя цифра Совета, 27 марта 2025 года)',
    });
    assert.deepEqual(labelOf('restrictive-measures.latest.individuals'), {
      en: 'Individuals listed under the EU’s Belarus sanctions regime (latest figure, 26 February 2026; figure of a member state, not of the Council)',
      be: 'Фізічныя асобы ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі (апошняя лічба, 26 лютага 2026 года; даныя дзяржавы — члена ЕС, а не Савета)',
      ru: 'Физические лица в списке по санкционному режиму ЕС в отношении Беларуси (последняя цифра, 26 февраля 2026 года; данные государства — члена ЕС, а не Совета)',
    });
    assert.deepEqual(labelOf('restrictive-measures.2026-02-26.entities'), {
      en: 'Entities listed under the EU’s Belarus sanctions regime, 26 February 2026 (figure of a member state, not of the Council)',
      be: 'Арганізацыі ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі, 26 лютага 2026 года (даныя дзяржавы — члена ЕС, а не Савета)',
      ru: 'Организации в списке по санкционному режиму ЕС в отношении Беларуси, 26 февраля 2026 года (данные государства — члена ЕС, а не Совета)',
    });
  });

  test('listing totals are counts with their date, sources and quotes, and say who stated them', () => {
    const council = fact('restrictive-measures.council.entities');
    assert.deepEqual(council.quantity, { kind: 'count', value: 46 });
    assert.equal(council.asOf, '2025-03-27');
    assert.equal(council.statedBy, undefined);
    assert.ok(council.sources.length > 0 && council.quotes.length > 0);
    const latest = fact('restrictive-measures.latest.entities');
    assert.deepEqual(latest.quantity, { kind: 'count', value: 57 });
    assert.equal(latest.statedBy, 'member-state');
    assert.deepEqual(fact('restrictive-measures.2026-02-26.entities').sources, latest.sources);
  });

  test('a total dated by month alone names the month in the nominative in Belarusian and Russian', () => {
    assert.deepEqual(labelOf('restrictive-measures.2022-02.individuals'), {
      en: 'Individuals listed under the EU’s Belarus sanctions regime, February 2022',
      be: 'Фізічныя асобы ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі, люты 2022 года',
      ru: 'Физические лица в списке по санкционному режиму ЕС в отношении Беларуси, февраль 2022 года',
    });
  });

  test('a name is found with spaces around it, as an attribute may carry them', () => {
    assert.equal(fact('  trade.goods.2017.euImports \n'), fact('trade.goods.2017.euImports'));
    assert.ok(fact(' trade.goods.2017.euImports'));
  });
});
