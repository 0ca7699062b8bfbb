import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatList, formatMoney } from './format.js';

const bn = (value: number, decimals?: number) =>
  ({
    kind: 'money',
    currency: 'EUR',
    value,
    scale: 'billion',
    ...(decimals === undefined ? {} : { decimals }),
  }) as const;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for the element locale', () => {
  it('writes money with the currency code and the scale in words, at the stated precision', () => {
    expect(nbsp(formatMoney(bn(5.7), 'en'))).to.equal('EUR 5.7 billion');
    expect(nbsp(formatMoney(bn(5, 1), 'en'))).to.equal('EUR 5.0 billion');
    expect(nbsp(formatMoney(bn(5.7), 'ru'))).to.equal('5,7 миллиарда EUR');
    expect(nbsp(formatMoney(bn(5.7), 'de'))).to.equal('5,7 Milliarden EUR');
    expect(nbsp(formatMoney({ kind: 'money', currency: 'EUR', value: 9295000, scale: 'one' }, 'fr'))).to.equal(
      '9 295 000 EUR',
    );
  });

  it('writes dates at their precision, the EU English way', () => {
    expect(formatDate('2014-01-30', 'en')).to.equal('30 January 2014');
    expect(formatDate('2016-02', 'en')).to.equal('February 2016');
    expect(formatDate('2015', 'en')).to.equal('2015');
    expect(formatDate('2014-01-30', 'fi')).to.equal('30. tammikuuta 2014');
    expect(formatDateRange('2014-12-17', '2020-12-16', 'ru')).to.equal('17 декабря 2014 г. – 16 декабря 2020 г.');
  });

  it('has Belarusian, Irish and Maltese dates even where the browser lacks them', () => {
    expect(formatDate('2014-12-17', 'be')).to.equal('17 снежня 2014 г.');
    expect(formatDate('2016-02', 'be')).to.equal('люты 2016 г.');
    expect(formatDate('2014-12-17', 'ga')).to.equal('17 Nollaig 2014');
    expect(formatDate('2014-12-17', 'mt')).to.equal('17 ta’ Diċembru 2014');
    expect(formatDateRange('2014', '2020', 'be')).to.equal('2014–2020');
    // Belarusian numbers follow the Russian conventions, with the abbreviation both languages share.
    expect(nbsp(formatMoney(bn(5.7), 'be'))).to.match(/^5,7 (млрд|мільярда) EUR$/);
  });

  it('joins lists in the locale', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'pl')).to.equal('A, B i C');
  });
});
