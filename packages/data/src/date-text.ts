/** Dates written out in English, Belarusian and Russian, for labels and titles the data builds (no zod). */
import type { LocalizedText } from './schema/common.js';

const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  /** Genitive, after a day: "28 лютага". */
  be: 'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня'.split(' '),
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
};
/** Nominative, for a month alone: "люты 2022 года". */
const MONTHS_ALONE = {
  be: 'студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань'.split(' '),
  ru: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
};

/** "28 February 2027", "28 лютага 2027 года", "28 февраля 2027 года"; a month or a year alone at its precision. */
export function dateText(date: string): LocalizedText & { be: string; ru: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { en: `${y}`, be: `${y} год`, ru: `${y} год` };
  if (d === undefined)
    return {
      en: `${MONTHS.en[m - 1]} ${y}`,
      be: `${MONTHS_ALONE.be[m - 1]} ${y} года`,
      ru: `${MONTHS_ALONE.ru[m - 1]} ${y} года`,
    };
  return {
    en: `${d} ${MONTHS.en[m - 1]} ${y}`,
    be: `${d} ${MONTHS.be[m - 1]} ${y} года`,
    ru: `${d} ${MONTHS.ru[m - 1]} ${y} года`,
  };
}
