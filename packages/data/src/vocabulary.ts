/**
 * The fixed vocabularies of the data, as plain arrays. They live apart from the zod schemas so
 * that code reading the data (filters, labels) can use them without pulling in zod.
 */
export const PROGRAMME_CATEGORIES = [
  'education',
  'research',
  'technical-assistance',
  'social-protection',
  'mobility',
  'cross-border',
  'regional',
] as const;

export const PROGRAMME_SCOPES = ['bilateral', 'regional', 'cross-border', 'eu-wide'] as const;

export const DIALOGUE_KINDS = ['human-rights', 'sectoral', 'trade', 'negotiation'] as const;

/**
 * A dialogue's or agreement's reported status. `sought`: the EU said it would like the dialogue
 * (a wish, not a formal proposal); `set-up`: a source reports it was set up, not that it met;
 * `signed` and `in-force` are the agreement's steps; `partially-suspended`: suspended for some
 * people or provisions only (the note says which).
 */
export const DIALOGUE_STATUSES = [
  'sought',
  'set-up',
  'active',
  'resumed',
  'under-negotiation',
  'signed',
  'in-force',
  'partially-suspended',
  'suspended',
] as const;

/**
 * A programme's reported status for Belarus. `unknown`: no source found states it after the
 * entry's date (the note says what was last known).
 */
export const PROGRAMME_STATUSES = ['open', 'ended', 'suspended', 'not-participating', 'unknown'] as const;

/** What a figure covers: Belarus alone, the whole programme (several countries), or the EU-wide budget. */
export const FIGURE_COVERAGES = ['belarus', 'programme', 'eu-wide'] as const;

/**
 * What a source is: `primary` (the institution's own page or act), `republication` (another site
 * reproducing an EU text verbatim) or `report` (a news or other report quoting or citing one).
 */
export const SOURCE_KINDS = ['primary', 'republication', 'report'] as const;

/**
 * Whose words a quote holds: `verbatim`, the source's own; `fact-sheet`, the wording of the
 * project's reference fact sheet (sources/FACTS.md), which names the source but does not quote it.
 */
export const QUOTE_WORDINGS = ['verbatim', 'fact-sheet'] as const;

/** Whether a policy line holds now (last reported) or is history, dated by its `asOf`. */
export const POLICY_TIMEFRAMES = ['current', 'historical'] as const;

/**
 * What a timeline event is about. `security`: the war against Ukraine, hybrid attacks, airspace;
 * `migration`: the instrumentalisation of migrants at the EU's borders; `human-rights`: political
 * prisoners, their release, awards; `diplomacy`: the EU Delegation and its staff.
 */
export const TIMELINE_CATEGORIES = [
  'policy',
  'dialogue',
  'agreement',
  'assistance',
  'programme',
  'trade',
  'sanctions',
  'human-rights',
  'security',
  'migration',
  'diplomacy',
] as const;

/**
 * Why the EU listed someone under the Belarus regime: repression and electoral fraud (from the
 * 2020 election on), the forced landing of a Ryanair flight, the instrumentalisation of migrants,
 * support for Russia's war against Ukraine, hybrid actions.
 */
export const MEASURE_REASONS = ['repression', 'ryanair', 'migration', 'russia-war', 'hybrid'] as const;

/** What a sectoral measure covers. */
export const MEASURE_AREAS = [
  'airspace',
  'potash-petroleum',
  'finance',
  'trade-dual-use',
  'road-transport',
  'russia-alignment',
  'tariffs',
] as const;

/** The kinds of Council acts the sources name. */
export const LEGAL_ACT_KINDS = ['decision', 'implementing-decision', 'regulation', 'implementing-regulation'] as const;

/** The presidential election of 9 August 2020, after which relations changed from the ground up. */
export const TURN_OF_RELATIONS = '2020-08-09';
