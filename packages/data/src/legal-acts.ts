/** EUR-Lex identifiers of Council acts, shared by the schema and the content (no zod here). */
import type { LEGAL_ACT_KINDS } from './vocabulary.js';

export type LegalActKind = (typeof LEGAL_ACT_KINDS)[number];

/** The CELEX number of a Council act: sector 3, year, D (decision) or R (regulation), four-digit number. */
export const celexOf = (act: { kind: LegalActKind; year: number; number: number }): string =>
  `3${act.year}${act.kind.endsWith('decision') ? 'D' : 'R'}${String(act.number).padStart(4, '0')}`;

/** The act's page on EUR-Lex. */
export const eurLexUrl = (celex: string): string =>
  `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;
