import type { Figure, Quantity } from '@eu-belarus/data';
import { formatCount, formatMoney, formatPercent } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';

function formatAmount(quantity: Quantity, locale: Locale): string {
  switch (quantity.kind) {
    case 'money':
      return formatMoney(quantity, locale);
    case 'count':
      return formatCount(quantity.value, locale);
    case 'percent':
      return formatPercent(quantity.value, locale);
  }
}

/** A quantity as its source qualifies it: "nearly EUR 53 million", "about 2,200". */
export function formatQuantity(quantity: Quantity, locale: Locale): string {
  const amount = formatAmount(quantity, locale);
  switch (quantity.qualifier) {
    case 'nearly':
      return msg(str`nearly ${amount}`);
    case 'almost':
      return msg(str`almost ${amount}`);
    case 'over':
      return msg(str`over ${amount}`);
    case 'about':
      return msg(str`about ${amount}`);
    case 'up-to':
      return msg(str`up to ${amount}`);
    default:
      return amount;
  }
}

/** A figure's value, or its range ("EUR 100,000 to EUR 1.5 million"). */
export function formatFigure(figure: Figure, locale: Locale): string {
  const from = formatQuantity(figure.quantity, locale);
  if (!figure.upTo) return from;
  const to = formatQuantity(figure.upTo, locale);
  return msg(str`${from} to ${to}`);
}
