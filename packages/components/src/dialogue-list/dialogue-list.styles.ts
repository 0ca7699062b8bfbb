import { css } from 'lit';

/**
 * Status badges carry their name in text; the small shape before it (filled, ringed, hollow or
 * half circle, a tick, a pause sign) repeats it for sighted readers, never colour alone.
 */
export const styles = css`
  .group + .group {
    margin-top: calc(var(--_space) * 6);
  }
  .group > .subheading {
    margin-top: 0;
    padding-bottom: var(--_space);
    border-bottom: 2px solid var(--_primary);
  }
  .title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: calc(var(--_font-size) * 1.125);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }
  .state-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .state {
    --_state: var(--_primary);
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    border-color: var(--_state);
    white-space: normal;
  }
  .state[data-status='active'],
  .state[data-status='resumed'],
  .state[data-status='signed'],
  .state[data-status='in-force'] {
    --_state: var(--_success);
  }
  .state[data-status='suspended'],
  .state[data-status='partially-suspended'] {
    --_state: var(--_error);
  }
  .shape {
    flex: none;
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border: 2px solid var(--_state);
    border-radius: 50%;
    background: var(--_state);
  }
  /* resumed: a ring around a dot */
  [data-status='resumed'] .shape {
    background: radial-gradient(circle, var(--_state) 0 35%, transparent 40%);
  }
  /* sought (a wish of the EU) and set up: a hollow circle */
  [data-status='sought'] .shape,
  [data-status='set-up'] .shape {
    background: transparent;
    border-style: dashed;
  }
  /* under negotiation: half filled */
  [data-status='under-negotiation'] .shape {
    background: linear-gradient(90deg, var(--_state) 50%, transparent 50%);
  }
  /* signed, in force: a tick */
  [data-status='signed'] .shape,
  [data-status='in-force'] .shape {
    width: 0.4em;
    height: 0.75em;
    margin: 0 0.15em 0.15em;
    border-width: 0 3px 3px 0;
    border-radius: 0;
    background: none;
    transform: rotate(45deg);
  }
  /* suspended, partially suspended: a pause sign */
  [data-status='suspended'] .shape,
  [data-status='partially-suspended'] .shape {
    width: 0.65em;
    border-width: 0 3px;
    border-radius: 0;
    background: none;
  }
  .when {
    white-space: nowrap;
  }
  .note {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .summary {
    margin-bottom: 0;
  }
  .history {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 2px solid var(--_border);
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .history .note {
    flex-basis: 100%;
    margin: 0;
  }
`;
