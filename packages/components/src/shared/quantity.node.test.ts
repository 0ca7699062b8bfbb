// Quantities and figures as their sources qualify them, in English and in a translation.
import { beforeAll, describe, expect, it } from 'vitest';
import { inLocale, loadLocale } from './localize.js';
import { formatFigure, formatQuantity } from './quantity.js';

const nbsp = (s: string) => s.replace(/\s/g, ' ');
const million = (value: number, qualifier?: 'nearly' | 'almost' | 'over' | 'about' | 'up-to') =>
  ({ kind: 'money', currency: 'EUR', value, scale: 'million', ...(qualifier ? { qualifier } : {}) }) as const;
const figure = { id: 'x', label: { en: 'Grant per project' }, asOf: '2016', sources: ['s'], quotes: ['q'] };

beforeAll(() => loadLocale('de'));

describe('formatQuantity', () => {
  it('writes money, counts and percentages exactly when the source gives no qualifier', () => {
    expect(nbsp(formatQuantity(million(53), 'en'))).to.equal('EUR 53 million');
    expect(formatQuantity({ kind: 'count', value: 2200 }, 'en')).to.equal('2,200');
    expect(formatQuantity({ kind: 'percent', value: 90 }, 'en')).to.equal('90%');
  });

  it('keeps the qualifier of the source, in the locale', () => {
    const qualified = (['nearly', 'almost', 'over', 'about', 'up-to'] as const).map((q) => million(53, q));
    expect(qualified.map((q) => nbsp(formatQuantity(q, 'en')))).to.deep.equal([
      'nearly EUR 53 million',
      'almost EUR 53 million',
      'over EUR 53 million',
      'about EUR 53 million',
      'up to EUR 53 million',
    ]);
    expect(inLocale('de', () => qualified.map((q) => nbsp(formatQuantity(q, 'de'))))).to.deep.equal([
      'knapp 53 Millionen EUR',
      'fast 53 Millionen EUR',
      'über 53 Millionen EUR',
      'etwa 53 Millionen EUR',
      'bis zu 53 Millionen EUR',
    ]);
  });
});

describe('formatFigure', () => {
  it('writes a figure, or its range', () => {
    const single = { ...figure, quantity: million(74) };
    expect(nbsp(formatFigure(single, 'en'))).to.equal('EUR 74 million');
    const range = { ...figure, quantity: { ...million(0.1), scale: 'million' as const }, upTo: million(1.5) };
    expect(nbsp(formatFigure(range, 'en'))).to.equal('EUR 100 thousand to EUR 1.5 million');
    expect(inLocale('de', () => nbsp(formatFigure(range, 'de')))).to.equal('100 Tausend EUR bis 1,5 Millionen EUR');
  });
});
