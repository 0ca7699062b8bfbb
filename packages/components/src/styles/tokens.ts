import { css, unsafeCSS } from 'lit';

/** Dark-theme colours, each overridable with `--eu-dark-color-<name>`; contrast checked against the dark background. */
const DARK_COLORS = {
  primary: '#8fb3ff',
  accent: '#ffdd55',
  text: '#f2f4f8',
  'text-muted': '#c3c7d0',
  background: '#171a22',
  surface: '#232836',
  border: '#3d4558',
  error: '#ff8fa8',
  success: '#5fd3a8',
  focus: '#ffdd55',
  'series-1': '#8fb3ff',
  'series-2': '#ffb072',
  'badge-background': '#2e3852',
};
const internalName = (name: string): string => (name === 'text-muted' ? 'muted' : name);
const dark = unsafeCSS(
  Object.entries(DARK_COLORS)
    .map(([name, value]) => `--_${internalName(name)}: var(--eu-dark-color-${name}, ${value});`)
    .join('\n'),
);

/**
 * Design tokens. Each `--eu-*` property can be set by the host page on the element or any
 * ancestor; unset, it follows an ECL host site's `--ecl-*` properties, then the Europa Component
 * Library defaults. Dark-theme values are separate tokens (`--eu-dark-*`) so a site that brands
 * the light theme does not break the dark one's contrast. Internals use the private `--_*` names.
 */
export const tokens = css`
  :host {
    --_primary: var(--eu-color-primary, var(--ecl-color-primary, #0e47cb));
    --_accent: var(--eu-color-accent, #ffcc00);
    --_text: var(--eu-color-text, var(--ecl-color-dark, #262b38));
    --_muted: var(--eu-color-text-muted, #515560);
    --_background: var(--eu-color-background, #ffffff);
    --_surface: var(--eu-color-surface, #f3f6fc);
    --_border: var(--eu-color-border, #cfdaf5);
    --_error: var(--eu-color-error, #d7003d);
    --_success: var(--eu-color-success, #00704f);
    --_focus: var(--eu-color-focus, #0e47cb);
    --_series-1: var(--eu-color-series-1, #0e47cb);
    --_series-2: var(--eu-color-series-2, #b34700);
    --_badge-background: var(--eu-color-badge-background, #e7edfa);
    --_font-family: var(--eu-font-family, var(--ecl-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif));
    --_font-size: var(--eu-font-size, max(1rem, 14px));
    --_font-size-s: var(--eu-font-size-s, max(0.875rem, 12px));
    --_font-size-xs: var(--eu-font-size-xs, max(0.75rem, 11px));
    --_font-size-l: var(--eu-font-size-l, max(1.25rem, 16px));
    --_font-size-xl: var(--eu-font-size-xl, max(1.5rem, 18px));
    --_line-height: var(--eu-line-height, 1.5);
    --_space: var(--eu-space, 4px);
    --_radius: var(--eu-radius, 4px);
    --_focus-width: var(--eu-focus-width, 3px);
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
