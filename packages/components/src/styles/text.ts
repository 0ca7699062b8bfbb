import { css } from 'lit';

/** Headings, paragraphs, lists, links and secondary text. */
export const text = css`
  .heading {
    margin: 0 0 calc(var(--_space) * 3);
    font-size: var(--_font-size-xl);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
  }
  :host([compact]) .heading {
    font-size: var(--_font-size-l);
  }
  .subheading {
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-l);
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  a {
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
