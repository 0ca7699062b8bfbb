import { css } from 'lit';

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin-bottom: calc(var(--_space) * 4);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    font-weight: 700;
    font-size: var(--_font-size-s);
    flex: 1 1 12rem;
    min-width: 0;
  }
  .filters select {
    width: 100%;
    font-weight: 400;
  }
  :host([layout='cards']) .programmes {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  :host([layout='cards']) .programme {
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .name {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-m);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }
  :host([compact]) .name {
    font-size: var(--_font-size);
  }
  .state-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: var(--_space);
  }
  .note {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .kind {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .period {
    white-space: nowrap;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 2);
  }
  .figure .value {
    font-size: var(--_font-size-l);
    color: var(--_text);
  }
  :host([compact]) .figure .value {
    font-size: var(--_font-size);
  }
  .figure .label {
    font-size: var(--_font-size-s);
  }
  .figure.more .value {
    font-size: var(--_font-size);
  }
  .result-count {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin: calc(var(--_space) * -2) 0 calc(var(--_space) * 4);
    font-weight: 700;
  }
  .clear {
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  dl {
    margin: calc(var(--_space) * 2) 0 0;
    display: grid;
    gap: var(--_space) calc(var(--_space) * 4);
  }
  dt {
    font-weight: 700;
    font-size: var(--_font-size-s);
  }
  dd {
    margin: 0 0 calc(var(--_space) * 2);
  }
  @container eu (min-width: 36rem) {
    dl {
      grid-template-columns: minmax(10rem, 1fr) 2fr;
    }
    dd {
      margin: 0;
    }
  }
  @media print {
    .filters {
      display: none !important;
    }
  }
`;
