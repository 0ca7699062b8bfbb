import { css, unsafeCSS } from 'lit';

interface Token {
  /** The default: an ECL host site's `--ecl-*` property first where there is one, then the EU's visual identity. */
  value: string;
  /** The dark theme's default (`--eu-dark-<name>`), contrast-checked against the dark background. */
  dark?: string;
}

/**
 * The design tokens, written once. Each `--eu-<name>` can be set by the host page on the element
 * or any ancestor. Built from this object: the CSS below, the manifest's `cssProperties` (a plugin
 * in custom-elements-manifest.config.mjs reads it, so editors and Storybook show these defaults)
 * and the Theming guide's tables. Their descriptions are in token-descriptions.ts, which no page loads.
 */
export const TOKENS = {
  'color-primary': { value: 'var(--ecl-color-primary, #0e47cb)', dark: '#8fb3ff' },
  'color-accent': { value: '#ffcc00', dark: '#ffdd55' },
  'color-text': { value: 'var(--ecl-color-dark, #262b38)', dark: '#f2f4f8' },
  'color-text-muted': { value: '#515560', dark: '#c3c7d0' },
  'color-background': { value: '#ffffff', dark: '#171a22' },
  'color-surface': { value: '#f3f6fc', dark: '#232836' },
  'color-border': { value: '#cfdaf5', dark: '#3d4558' },
  'color-error': { value: '#d7003d', dark: '#ff8fa8' },
  'color-success': { value: '#00704f', dark: '#5fd3a8' },
  'color-focus': { value: '#0e47cb', dark: '#ffdd55' },
  'color-series-1': { value: '#0e47cb', dark: '#8fb3ff' },
  'color-series-2': { value: '#b34700', dark: '#ffb072' },
  'color-badge-background': { value: '#e7edfa', dark: '#2e3852' },
  'font-family': { value: "var(--ecl-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif)" },
  'font-size': { value: 'max(1rem, 14px)' },
  'font-size-s': { value: 'max(0.875rem, 12px)' },
  'font-size-xs': { value: 'max(0.75rem, 11px)' },
  'font-size-m': { value: 'max(1.125rem, 15px)' },
  'font-size-l': { value: 'max(1.25rem, 16px)' },
  'font-size-xl': { value: 'max(1.5rem, 18px)' },
  'font-size-xxl': { value: 'max(1.75rem, 20px)' },
  'line-height': { value: '1.5' },
  space: { value: '4px' },
  'space-after': { value: '1.5rem' },
  radius: { value: '4px' },
  'focus-width': { value: '3px' },
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
