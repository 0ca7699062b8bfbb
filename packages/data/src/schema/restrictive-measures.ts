import { z } from 'zod';
import { LEGAL_ACT_KINDS, MEASURE_AREAS, MEASURE_REASONS } from '../vocabulary.js';
import { celexOf, eurLexUrl } from '../legal-acts.js';
import { AsOf, Count, Id, IsoDay, LocalizedText, PartialDate, QuoteRefs, SourceRefs } from './common.js';

export { LEGAL_ACT_KINDS, MEASURE_AREAS, MEASURE_REASONS, celexOf, eurLexUrl };
export const MeasureReason = z.enum(MEASURE_REASONS);
export type MeasureReason = z.infer<typeof MeasureReason>;
export const MeasureArea = z.enum(MEASURE_AREAS);
export type MeasureArea = z.infer<typeof MeasureArea>;
export const LegalActKind = z.enum(LEGAL_ACT_KINDS);
export type LegalActKind = z.infer<typeof LegalActKind>;

/** A Council act a source names, with its EUR-Lex address (derived from the act's number). */
export const LegalAct = z
  .strictObject({
    id: Id,
    kind: LegalActKind,
    /** `CFSP` for decisions, `EU` (or `EC` before 2009) for regulations. */
    series: z.enum(['CFSP', 'EU', 'EC']),
    year: z.number().int().min(1990).max(2100),
    number: z.number().int().positive(),
    /** The act's designation, e.g. "Council Implementing Decision (CFSP) 2020/1388". */
    title: LocalizedText,
    celex: z.string().regex(/^3\d{4}[DR]\d{4}$/, 'must be a CELEX number such as 32020D1388'),
    url: z.url({ protocol: /^https$/ }),
    /** The sources that name the act. */
    sources: SourceRefs,
    quotes: QuoteRefs.optional(),
  })
  .refine((a) => a.celex === celexOf(a), { message: 'must be the CELEX number of the act', path: ['celex'] })
  .refine((a) => a.url === eurLexUrl(a.celex), { message: "must be the act's EUR-Lex address", path: ['url'] });
export type LegalAct = z.infer<typeof LegalAct>;

/** Another source's figure for the same count, kept beside the one shown (see the conflicts). */
export const OtherFigure = z.strictObject({
  quantity: Count,
  asOf: AsOf,
  sources: SourceRefs,
  quotes: QuoteRefs,
});
export type OtherFigure = z.infer<typeof OtherFigure>;

/**
 * A count of listed individuals or entities, as a source states it. `statedBy: member-state` marks
 * a member state's figure (not an EU institution's); `others` are what other sources give.
 */
export const ListingFigure = z.strictObject({
  quantity: Count,
  asOf: AsOf,
  statedBy: z.literal('member-state').optional(),
  sources: SourceRefs,
  quotes: QuoteRefs,
  others: z.array(OtherFigure).min(1).optional(),
});
export type ListingFigure = z.infer<typeof ListingFigure>;

const Counts = z
  .strictObject({ individuals: ListingFigure.optional(), entities: ListingFigure.optional() })
  .refine((c) => c.individuals || c.entities, { message: 'give individuals, entities or both' });

/** A note shown with an item; cites its sources when it reports something. */
export const MeasureNote = z
  .strictObject({
    text: LocalizedText,
    /** The date the note speaks of: its item's. */
    asOf: AsOf,
    sources: SourceRefs.optional(),
    quotes: QuoteRefs.optional(),
  })
  .refine((n) => !n.quotes || n.sources, {
    message: 'a note that quotes a source must cite it in sources',
    path: ['sources'],
  });

const Event = {
  id: Id,
  /** The date of the decision, at the precision its sources give. */
  date: PartialDate,
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
  note: MeasureNote.optional(),
};

/** A listing round under the Belarus regime: who was added, and the totals after it where a source gives them. */
export const ListingRound = z.strictObject({
  ...Event,
  reasons: z.array(MeasureReason).min(1),
  title: LocalizedText,
  summary: LocalizedText.optional(),
  added: Counts,
  /** The numbers listed after the round, where a source states them. */
  totals: Counts.optional(),
  acts: z.array(LegalAct).optional(),
});
export type ListingRound = z.infer<typeof ListingRound>;

/** An annual prolongation of the measures, to 28 February of a later year. */
export const Prolongation = z.strictObject({
  ...Event,
  until: IsoDay,
  summary: LocalizedText.optional(),
  totals: Counts.optional(),
});
export type Prolongation = z.infer<typeof Prolongation>;

/** A change of whom the regime may list. */
export const CriterionChange = z.strictObject({
  ...Event,
  reason: MeasureReason,
  title: LocalizedText,
  totals: Counts.optional(),
});
export type CriterionChange = z.infer<typeof CriterionChange>;

/** An economic or sectoral measure; `instrument: trade-regulation` for one outside the sanctions regime. */
export const SectoralMeasure = z.strictObject({
  ...Event,
  areas: z.array(MeasureArea).min(1),
  reason: MeasureReason.optional(),
  instrument: z.enum(['sanctions', 'trade-regulation']),
  title: LocalizedText,
  acts: z.array(LegalAct).optional(),
});
export type SectoralMeasure = z.infer<typeof SectoralMeasure>;

/** Belarusians listed under another EU regime (on Ukraine): shown, never counted in the Belarus totals. */
export const OtherRegimeListing = z.strictObject({
  ...Event,
  regime: z.literal('ukraine'),
  title: LocalizedText,
  added: z.strictObject({ individuals: ListingFigure }),
});
export type OtherRegimeListing = z.infer<typeof OtherRegimeListing>;

/** What was looked for and not found in a source we could use: shown, so a gap is never silent. */
export const NotFound = z.strictObject({
  id: Id,
  kind: z.enum(['prolongation', 'rounds']),
  start: PartialDate,
  end: PartialDate,
  text: LocalizedText,
});
export type NotFound = z.infer<typeof NotFound>;

const byDate = <T extends { date: string }>(items: T[], ctx: z.RefinementCtx) =>
  items.forEach((e, i) => {
    if (i > 0 && items[i - 1]!.date > e.date)
      ctx.addIssue({
        code: 'custom',
        message: `must not be before the previous item (${items[i - 1]!.date})`,
        path: [i, 'date'],
      });
  });
const dated = <S extends z.ZodType<{ date: string }>>(item: S) =>
  z.array(item).superRefine((items, ctx) => byDate(items as { date: string }[], ctx));

export const RestrictiveMeasures = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** The newest date the topic covers: its summary holds as of then. */
  asOf: AsOf,
  /** The acts of the Belarus regime: Decision 2012/642/CFSP and Regulation (EC) No 765/2006. */
  regimeActs: z.array(LegalAct).min(1),
  rounds: dated(ListingRound).min(1),
  prolongations: dated(Prolongation),
  criteria: dated(CriterionChange),
  sectoral: dated(SectoralMeasure),
  otherRegimes: dated(OtherRegimeListing),
  notFound: z.array(NotFound),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type RestrictiveMeasures = z.infer<typeof RestrictiveMeasures>;
