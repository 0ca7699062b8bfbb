import { css } from 'lit';

/** Footnote marks and the source list they lead to (or its one compact line, for `plain`). */
export const footnotes = css`
  .footnote {
    font-size: var(--_font-size-xs);
    line-height: 1;
    vertical-align: super;
    margin-inline-start: 1px;
  }
  /* A 24 px target (WCAG 2.2) that does not make the line taller. */
  .footnote a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    margin-block: -8px;
    padding: 6px 2px 2px;
    box-sizing: border-box;
    text-align: center;
  }
  .sources {
    margin-top: calc(var(--_space) * 4);
    padding-top: calc(var(--_space) * 3);
    border-top: 1px solid var(--_border);
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .sources .subheading {
    font-size: var(--_font-size);
    margin-top: 0;
    color: var(--_text);
  }
  .sources ol {
    padding-inline-start: calc(var(--_space) * 6);
  }
  .sources li {
    margin-bottom: var(--_space);
  }
  .sources li:target,
  .sources li:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .sources.compact {
    margin-top: calc(var(--_space) * 3);
    padding-top: 0;
    border-top: 0;
  }
  @media (forced-colors: active) {
    .sources {
      color: CanvasText;
    }
    .sources li:focus {
      outline: var(--_focus-width) solid Highlight;
    }
  }
`;
