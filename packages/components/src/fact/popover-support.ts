/** Whether the browser has the Popover API; without it the note opens in place, positioned absolutely. */
export const POPOVER = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
