import { css } from 'lit';

/**
 * A vertical line with a marker per event. Narrow (the default): the line runs at the start
 * edge, each event's date above its title. From 34rem of container width: dates in their own
 * column before the line.
 */
export const styles = css`
  .events {
    --_marker: 0.875rem;
    --_rail: 2px;
    --_gutter: calc(var(--_space) * 6);
    --_gap: calc(var(--_space) * 5);
    list-style: none;
    position: relative;
    display: grid;
    gap: var(--_gap);
    padding-inline-start: var(--_gutter);
  }
  :host([compact]) .events {
    --_gap: calc(var(--_space) * 2);
  }
  :host([compact]) .title {
    margin: 0;
    font-weight: 400;
  }
  /* the line */
  .events::before {
    content: '';
    position: absolute;
    inset-block: calc(var(--_space) * 2) calc(var(--_space) * 2);
    inset-inline-start: calc((var(--_marker) - var(--_rail)) / 2);
    width: var(--_rail);
    background: var(--_border);
  }
  .event {
    position: relative;
    min-width: 0;
  }
  .date-sizer {
    display: none;
  }
  /* the marker */
  .event::before {
    content: '';
    position: absolute;
    top: 0.3em;
    inset-inline-start: calc(var(--_gutter) * -1);
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_muted);
    border-radius: 50%;
    background: var(--_background);
  }
  .date {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .badges {
    margin: var(--_space) 0;
  }
  .badge {
    white-space: normal;
  }
  .title {
    margin: 0 0 var(--_space);
    font-size: var(--_font-size);
    font-weight: 700;
    line-height: 1.35;
    color: var(--_text);
  }
  .summary {
    margin: 0;
  }
  /*
   * Wide: the dates in a column of their own before the line, as wide as the longest date in the
   * locale (the unseen sizer's cell), never wrapping. Each event sits in the third column only, its
   * date and marker hung out before it: adding events to the list (in-turns.ts) lays out the new
   * ones, where subgridded events were all laid out again each time (at CPU ×4, a frame a turn).
   */
  @container eu (min-width: 34rem) {
    .events {
      grid-template-columns: max-content var(--_gutter) minmax(0, 1fr);
      padding-inline-start: 0;
    }
    .events::before {
      content: none;
    }
    .event {
      grid-column: 3;
    }
    /* Its box is as tall as its row would be: the float counts in the event's height. */
    .date {
      float: inline-start;
      display: flex;
      justify-content: flex-end;
      width: 0;
      margin-inline-start: calc((var(--_gutter) + var(--_gap) * 2) * -1);
      white-space: nowrap;
      padding-top: 0.15em;
    }
    /* Every date of the list in the first row's date cell, unseen: the column is as wide as the widest. */
    .date-sizer {
      display: block;
      grid-column: 1;
      grid-row: 1;
      height: 0;
      overflow: hidden;
      visibility: hidden;
      white-space: pre;
      font-size: var(--_font-size-s);
      font-variant-numeric: tabular-nums;
    }
    .date-sizer + .event {
      grid-row: 1;
    }
    .body {
      display: flow-root;
    }
    .event::before {
      inset-inline-start: calc((var(--_gutter) + var(--_marker)) / -2 - var(--_gap));
    }
    .event:not(:last-child)::after {
      content: '';
      position: absolute;
      top: calc(0.3em + var(--_marker));
      bottom: calc(var(--_space) * -5 - 0.3em);
      inset-inline-start: calc((var(--_gutter) + var(--_rail)) / -2 - var(--_gap));
      width: var(--_rail);
      background: var(--_border);
    }
    .badges {
      margin-top: 0;
    }
  }
  .source-line {
    margin-top: var(--_space);
  }
  .data-line {
    margin: calc(var(--_space) * 4) 0 0;
    font-size: var(--_font-size-s);
  }
`;
