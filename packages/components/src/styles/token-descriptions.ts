import type { TokenName } from './tokens.js';

/**
 * What each design token is for: read by the manifest (custom-elements-manifest.config.mjs) and the
 * Theming guide, never by an element, so they stay out of what a page loads (0.4 kB gzip).
 */
export const TOKEN_DESCRIPTIONS = {
  'color-primary': 'Primary colour: links and controls (only what a reader can act on is blue).',
  'color-accent': 'Accent colour (EU yellow).',
  'color-text': 'Text colour.',
  'color-text-muted': 'Secondary text (meta lines, captions).',
  'color-background': 'Background.',
  'color-surface': 'Background of cards and panels.',
  'color-border': 'Borders and rules.',
  'color-error': 'Error text and marks.',
  'color-success': 'Success marks.',
  'color-focus': 'Focus ring.',
  'color-series-1': 'First chart series (EU exports).',
  'color-series-2': 'Second chart series (EU imports).',
  'color-badge-background': 'Background of category and status badges.',
  'font-family': 'Font stack (no font is fetched).',
  'font-size': 'Body text size.',
  'font-size-s': 'Small text.',
  'font-size-xs': 'Extra-small text.',
  'font-size-m': 'Medium text (the lede, programme names).',
  'font-size-l': 'Large text (section headings, the compact heading).',
  'font-size-xl': 'Extra-large text (key figures).',
  'font-size-xxl': 'The element heading.',
  'line-height': 'Line height.',
  space: 'Spacing unit; gaps and padding are multiples of it.',
  'space-after': 'Margin below the element, before what follows it on the page.',
  radius: 'Corner radius.',
  'focus-width': 'Width of the focus ring.',
} satisfies Record<TokenName, string>;
