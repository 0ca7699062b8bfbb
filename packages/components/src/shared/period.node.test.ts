// Periods: a closed one as a range of dates, an open one as "since", in English and in a translation.
import { beforeAll, describe, expect, it } from 'vitest';
import { inLocale, loadLocale } from './localize.js';
import { formatPeriod } from './period.js';

const spaces = (s: string) => s.replace(/\s/g, ' ');

beforeAll(() => loadLocale('de'));

describe('formatPeriod', () => {
  it('writes a closed period as a range, an open one as "since"', () => {
    expect(formatPeriod({ start: '2014', end: '2020' }, 'en')).to.match(/^2014\s?–\s?2020$/);
    expect(spaces(formatPeriod({ start: '2014-12-17', end: '2020-12-16' }, 'en'))).to.equal(
      '17 December 2014 – 16 December 2020',
    );
    expect(formatPeriod({ start: '2013' }, 'en')).to.equal('since 2013');
    expect(inLocale('de', () => spaces(formatPeriod({ start: '2006-01-23' }, 'de')))).to.equal('seit 23. Januar 2006');
  });
});
