/**
 * Named facts of the restrictive-measures topic, for `<eu-fact>`: the latest totals (any source,
 * then the Council's own) and each total a source states, by date. A member state's figure says so
 * in its label. Derived sums are not facts: no source states them.
 */
import { dateText } from './date-text.js';
import type { Fact } from './derive-facts.js';
import type { LocalizedText } from './schema/common.js';
import type { RestrictiveMeasures } from './schema/restrictive-measures.js';
import { LISTING_SERIES, latestStated, listingTotals, type ListingSeries, type TotalValue } from './listing-totals.js';

const LABELS: Record<ListingSeries, LocalizedText> = {
  individuals: {
    en: 'Individuals listed under the EU’s Belarus sanctions regime',
    be: 'Фізічныя асобы ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі',
    ru: 'Физические лица в списке по санкционному режиму ЕС в отношении Беларуси',
  },
  entities: {
    en: 'Entities listed under the EU’s Belarus sanctions regime',
    be: 'Арганізацыі ў спісе паводле санкцыйнага рэжыму ЕС у дачыненні да Беларусі',
    ru: 'Организации в списке по санкционному режиму ЕС в отношении Беларуси',
  },
};
type Kind = 'dated' | 'latest' | 'council';
const QUALIFIERS: Record<Exclude<Kind, 'dated'>, LocalizedText & { be: string; ru: string }> = {
  latest: { en: 'latest figure', be: 'апошняя лічба', ru: 'последняя цифра' },
  council: { en: 'latest figure of the Council', be: 'апошняя лічба Савета', ru: 'последняя цифра Совета' },
};
const MEMBER_STATE = {
  en: 'figure of a member state, not of the Council',
  be: 'даныя дзяржавы — члена ЕС, а не Савета',
  ru: 'данные государства — члена ЕС, а не Совета',
};

/** "Individuals listed under … regime, 27 March 2025" or "… (latest figure, 26 February 2026; figure of a member state …)". */
function label(series: ListingSeries, date: string, kind: Kind, value: TotalValue): LocalizedText {
  const when = dateText(date);
  const base = LABELS[series] as LocalizedText & { be: string; ru: string };
  const text = (l: 'en' | 'be' | 'ru') => {
    const notes = [...(kind === 'dated' ? [] : [`${QUALIFIERS[kind][l]}, ${when[l]}`])];
    if (value.origin === 'member-state') notes.push(MEMBER_STATE[l]);
    return kind === 'dated'
      ? `${base[l]}, ${when[l]}${notes.length ? ` (${notes.join('; ')})` : ''}`
      : `${base[l]} (${notes.join('; ')})`;
  };
  return { en: text('en'), be: text('be'), ru: text('ru') };
}

const fact = (name: string, series: ListingSeries, date: string, kind: Kind, value: TotalValue): Fact => ({
  name,
  label: label(series, date, kind, value),
  quantity: { kind: 'count', value: value.value },
  asOf: date,
  sources: [...value.sources],
  quotes: [...value.quotes],
  ...(value.origin === 'member-state' ? { statedBy: 'member-state' as const } : {}),
});

/**
 * `restrictive-measures.latest.individuals|entities`, `restrictive-measures.council.individuals|entities`
 * and `restrictive-measures.<date>.individuals|entities` for every stated total.
 */
export function restrictiveMeasuresFacts(from: RestrictiveMeasures): Fact[] {
  const points = listingTotals(from);
  const facts: Fact[] = [];
  for (const [key, memberStates] of [
    ['latest', true],
    ['council', false],
  ] as const)
    for (const series of LISTING_SERIES) {
      const latest = latestStated(points, series, memberStates);
      if (latest) facts.push(fact(`restrictive-measures.${key}.${series}`, series, latest.date, key, latest.value));
    }
  for (const point of points)
    for (const series of LISTING_SERIES) {
      const value = point[series];
      if (value && value.origin !== 'derived')
        facts.push(fact(`restrictive-measures.${point.date}.${series}`, series, point.date, 'dated', value));
    }
  return facts;
}
