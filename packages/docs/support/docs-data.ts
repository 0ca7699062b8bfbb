/**
 * Data for the guides, read from the components' own files so the docs cannot drift: the
 * `--eu-*` tokens from src/styles/tokens.ts and the parts from the Custom Elements Manifest.
 */
import manifest from '../../components/custom-elements.json';
import tokensSource from '../../components/src/styles/tokens.ts?raw';

export interface Token {
  name: string;
  fallback: string;
}

/** `--eu-*` properties with their defaults (an ECL host's `--ecl-*` first where there is one). */
export const tokens: Token[] = [...tokensSource.matchAll(/--_[\w-]+:\s*var\((--eu-[\w-]+),\s*(.+?)\);\s*$/gm)].map(
  ([, name, fallback]) => ({ name: name!, fallback: fallback! }),
);

/** Dark-theme tokens: `--eu-dark-color-<name>`. */
export const darkTokens: Token[] = [
  ...(tokensSource.match(/DARK_COLORS = \{([\s\S]*?)\};/)?.[1] ?? '').matchAll(/'?([\w-]+)'?:\s*'([^']+)'/g),
].map(([, name, value]) => ({ name: `--eu-dark-color-${name}`, fallback: value! }));

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
