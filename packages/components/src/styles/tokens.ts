import { css, unsafeCSS } from 'lit';

interface Token {
  /** The default: an ECL host site's `--ecl-*` property first where there is one, then the EU's visual identity. */
  value: string;
  /** The dark theme's default (`--eu-dark-<name>`), contrast-checked against the dark background. */
  dark?: string;
  description: string;
}

/**
 * The design tokens, written once. Each `--eu-<name>` can be set by the host page on the element
 * or any ancestor. Built from this object: the CSS below, the manifest's `cssProperties` (a plugin
 * in custom-elements-manifest.config.mjs reads it, so editors and Storybook show these defaults)
 * and the Theming guide's tables.
 */
export const TOKENS = {
  'color-primary': {
    value: 'var(--ecl-color-primary, #0e47cb)',
    dark: '#8fb3ff',
    description: 'Primary colour: links and controls (only what a reader can act on is blue).',
  },
  'color-accent': { value: '#ffcc00', dark: '#ffdd55', description: 'Accent colour (EU yellow).' },
  'color-text': { value: 'var(--ecl-color-dark, #262b38)', dark: '#f2f4f8', description: 'Text colour.' },
  'color-text-muted': { value: '#515560', dark: '#c3c7d0', description: 'Secondary text (meta lines, captions).' },
  'color-background': { value: '#ffffff', dark: '#171a22', description: 'Background.' },
  'color-surface': { value: '#f3f6fc', dark: '#232836', description: 'Background of cards and panels.' },
  'color-border': { value: '#cfdaf5', dark: '#3d4558', description: 'Borders and rules.' },
  'color-error': { value: '#d7003d', dark: '#ff8fa8', description: 'Error text and marks.' },
  'color-success': { value: '#00704f', dark: '#5fd3a8', description: 'Success marks.' },
  'color-focus': { value: '#0e47cb', dark: '#ffdd55', description: 'Focus ring.' },
  'color-series-1': { value: '#0e47cb', dark: '#8fb3ff', description: 'First chart series (EU exports).' },
  'color-series-2': { value: '#b34700', dark: '#ffb072', description: 'Second chart series (EU imports).' },
  'color-badge-background': {
    value: '#e7edfa',
    dark: '#2e3852',
    description: 'Background of category and status badges.',
  },
  'font-family': {
    value: "var(--ecl-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif)",
    description: 'Font stack (no font is fetched).',
  },
  'font-size': { value: 'max(1rem, 14px)', description: 'Body text size.' },
  'font-size-s': { value: 'max(0.875rem, 12px)', description: 'Small text.' },
  'font-size-xs': { value: 'max(0.75rem, 11px)', description: 'Extra-small text.' },
  'font-size-m': { value: 'max(1.125rem, 15px)', description: 'Medium text (the lede, programme names).' },
  'font-size-l': { value: 'max(1.25rem, 16px)', description: 'Large text (section headings, the compact heading).' },
  'font-size-xl': { value: 'max(1.5rem, 18px)', description: 'Extra-large text (key figures).' },
  'font-size-xxl': { value: 'max(1.75rem, 20px)', description: 'The element heading.' },
  'line-height': { value: '1.5', description: 'Line height.' },
  space: { value: '4px', description: 'Spacing unit; gaps and padding are multiples of it.' },
  'space-after': { value: '1.5rem', description: 'Margin below the element, before what follows it on the page.' },
  radius: { value: '4px', description: 'Corner radius.' },
  'focus-width': { value: '3px', description: 'Width of the focus ring.' },
} satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;

/** The private name the styles use: `--_primary` for `--eu-color-primary`, `--_muted` for `--eu-color-text-muted`. */
const internal = (name: string): string => `--_${name.replace(/^color-/, '').replace(/^text-muted$/, 'muted')}`;

const entries = Object.entries(TOKENS) as [TokenName, Token][];
const light = unsafeCSS(entries.map(([name, t]) => `${internal(name)}: var(--eu-${name}, ${t.value});`).join('\n'));
const dark = unsafeCSS(
  entries
    .filter(([, t]) => t.dark)
    .map(([name, t]) => `${internal(name)}: var(--eu-dark-${name}, ${t.dark});`)
    .join('\n'),
);

/**
 * The tokens as the elements' private `--_*` properties. Dark-theme values are separate tokens
 * (`--eu-dark-*`) so a site that brands the light theme does not break the dark one's contrast.
 */
export const tokens = css`
  :host {
    ${light}
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;
