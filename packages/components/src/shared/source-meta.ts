import type { Source } from '@eu-belarus/data/sources';
import { nothing } from 'lit';
import { formatDate } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';

/** A source's title as a reader should see it: one this project wrote is shown in brackets. */
export function sourceTitle(source: Source): string {
  return source.descriptiveTitle ? `[${source.title}]` : source.title;
}

/**
 * What kind of source it is and which of its dates it gives: ", as reported by X, quoting Y,
 * published 4 December 2017". A date is shown with its meaning; none is shown that the source lacks.
 * Plain text (one text node, no template): every item of every list has a source line.
 */
export function sourceMeta(source: Source, locale: Locale, dated = true): string | typeof nothing {
  const kind =
    source.kind === 'report' && source.quoting
      ? msg(str`as reported by ${source.reportedBy ?? source.publisher}, quoting ${source.quoting}`)
      : source.kind === 'republication' && source.quoting
        ? msg(str`republishing ${source.quoting}`)
        : undefined;
  const date = !dated
    ? undefined
    : source.published
      ? msg(str`published ${formatDate(source.published, locale)}`)
      : source.updated
        ? msg(str`updated ${formatDate(source.updated, locale)}`)
        : source.retrieved
          ? msg(str`read ${formatDate(source.retrieved, locale)}`)
          : undefined;
  if (!kind && !date) return nothing;
  return `${kind ? `, ${kind}` : ''}${date ? `, ${date}` : ''}`;
}
