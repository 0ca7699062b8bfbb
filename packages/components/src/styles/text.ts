import { css } from 'lit';

/** Headings, paragraphs, lists, links and secondary text. */
/*
 * The type scale, one step per role: heading 1.75rem, section heading 1.25rem, lede 1.125rem,
 * body 1rem, meta .875rem (compact: 1.25 / 1.125 / 1 / .875 / .75). An item's title is body size, bold.
 */
export const text = css`
  .heading {
    margin: 0 0 calc(var(--_space) * 3);
    font-size: var(--_font-size-xxl);
    font-weight: 700;
    line-height: 1.2;
    color: var(--_text);
  }
  :host([compact]) .heading {
    font-size: var(--_font-size-l);
    margin-bottom: calc(var(--_space) * 2);
  }
  .subheading {
    margin: calc(var(--_space) * 6) 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-l);
    font-weight: 700;
    line-height: 1.3;
  }
  :host([compact]) .subheading {
    margin-top: calc(var(--_space) * 4);
    font-size: var(--_font-size-m);
  }
  .lead {
    font-size: var(--_font-size-m);
    line-height: 1.45;
  }
  :host([compact]) .lead {
    font-size: var(--_font-size);
  }
  :host([compact]) .meta {
    font-size: var(--_font-size-xs);
  }
  /* Dates that say how current a figure or status is (shared/as-of.ts): muted. */
  .as-of {
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-weight: 400;
  }
  /* Never break inside "EU–Belarus" or "2012–2016": see shared/no-break.ts. */
  .nowrap {
    white-space: nowrap;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  /* Links: a 24 px tall target (WCAG 2.2) without moving the text: inline padding does not change the line. */
  a {
    padding-block: 4px;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .meta {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  @media (forced-colors: active) {
    .meta {
      color: CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    a {
      text-decoration-thickness: 2px;
    }
  }
  /* Paper: link targets written out. */
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: var(--_font-size-xs);
      overflow-wrap: anywhere;
    }
  }
`;
