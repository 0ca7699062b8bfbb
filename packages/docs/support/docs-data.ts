/**
 * Data for the guides, read from the components' own files so the docs cannot drift: the
 * `--eu-*` tokens from the `TOKENS` object of src/styles/tokens.ts (their descriptions from
 * src/styles/token-descriptions.ts) and the parts from the Custom Elements Manifest.
 */
import manifest from '../../components/custom-elements.json';
import { TOKEN_DESCRIPTIONS } from '../../components/src/styles/token-descriptions.js';
import { TOKENS } from '../../components/src/styles/tokens.js';

export interface Token {
  name: string;
  fallback: string;
  description: string;
}

const entries = Object.entries(TOKENS).map(([name, t]) => [
  name,
  { ...t, description: TOKEN_DESCRIPTIONS[name as keyof typeof TOKENS] },
]) as [string, { value: string; dark?: string; description: string }][];

/** `--eu-*` properties with their defaults (an ECL host's `--ecl-*` first where there is one). */
export const tokens: Token[] = entries.map(([name, t]) => ({
  name: `--eu-${name}`,
  fallback: t.value,
  description: t.description,
}));

/** Dark-theme tokens: `--eu-dark-<name>`. */
export const darkTokens: Token[] = entries
  .filter(([, t]) => t.dark)
  .map(([name, t]) => ({ name: `--eu-dark-${name}`, fallback: t.dark!, description: `Dark theme: ${t.description}` }));

interface Declaration {
  tagName?: string;
  summary?: string;
  cssParts?: { name: string; description?: string }[];
}

/** Every element with its `::part` names. */
export const elements = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
