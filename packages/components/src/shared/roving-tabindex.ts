import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a group of items (a chart's bars): the active item has `tabindex="0"`, the
 * others `-1`; the arrow keys move in reading order (mirrored in right-to-left text), Home and
 * End go to the ends. Items carry `data-roving-index`; bind `onKeydown` and `onFocusin` on their
 * container and `tabindex(i)` on each item.
 */
export class RovingTabindexController implements ReactiveController {
  /** The index of the item that holds the tab stop. */
  active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** How many items there are now. */
      count: () => number;
      /** Called when an item receives focus, e.g. to announce it. */
      onFocus?: (index: number) => void;
    },
  ) {
    host.addController(this);
  }

  /** Keeps the tab stop on an item that exists when the items change. */
  hostUpdate(): void {
    if (this.active >= this.options.count()) this.active = 0;
  }

  tabindex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const index = indexOf(event.target);
    if (index === undefined) return;
    this.active = index;
    this.host.requestUpdate();
    this.options.onFocus?.(index);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const index = indexOf(event.target);
    if (index === undefined) return;
    const last = this.options.count() - 1;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const next =
      event.key === (rtl ? 'ArrowLeft' : 'ArrowRight') || event.key === 'ArrowDown'
        ? Math.min(index + 1, last)
        : event.key === (rtl ? 'ArrowRight' : 'ArrowLeft') || event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-roving-index="${next}"]`)?.focus();
  };
}

function indexOf(target: EventTarget | null): number | undefined {
  const index = Number((target as HTMLElement | null)?.dataset?.rovingIndex);
  return Number.isInteger(index) ? index : undefined;
}
