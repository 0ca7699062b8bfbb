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

export const DIALOGUE_STATUSES = [
  'active',
  'resumed',
  'proposed',
  'under-negotiation',
  'concluded',
  'suspended',
] as const;

export const TIMELINE_CATEGORIES = [
  'policy',
  'dialogue',
  'agreement',
  'assistance',
  'programme',
  'trade',
  'sanctions',
] as const;
