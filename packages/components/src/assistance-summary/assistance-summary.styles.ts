import { css } from 'lit';

export const styles = css`
  .statements {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .statement {
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_border);
  }
  .statement .date {
    color: var(--_muted);
  }
  .section + .section {
    margin-top: calc(var(--_space) * 5);
  }
  .aims {
    padding-inline-start: calc(var(--_space) * 5);
  }
  .sets {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .set {
    min-width: 0;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .set-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size);
    font-weight: 700;
    line-height: 1.35;
  }
  .set-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .priorities {
    padding-inline-start: calc(var(--_space) * 5);
  }
  .priorities li + li {
    margin-top: var(--_space);
  }
  @container eu (min-width: 36rem) {
    .sets {
      grid-template-columns: 1fr 1fr;
    }
  }

  /* Cards keep their outline where backgrounds are not drawn: forced colours and paper. */
  @media (forced-colors: active) {
    .figure,
    .set {
      border: 1px solid CanvasText;
      border-top-width: 4px;
    }
    .statement {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .figure {
      border-top-width: 4px;
    }
    .statement {
      border-inline-start-color: #000;
    }
    .set {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
