/**
 * Geometry of the listings step chart, in percent of the plot box so that the chart scales to any
 * column width: lines are drawn in an SVG stretched to the box (`preserveAspectRatio="none"`,
 * non-scaling strokes), markers and labels are HTML placed at the same percentages.
 */

/** Milliseconds for an ISO date at any precision, at the middle of the period it names. */
export function dateTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return Date.UTC(y, 6, 1);
  if (d === undefined) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, m - 1, d);
}

/** A round step for about `count` intervals up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((f) => f * power >= raw)! * power;
  return Math.max(1, step);
}

export interface Scale {
  /** Horizontal position of a date, 0–100 (percent of the plot's width). */
  x(date: string): number;
  /** Vertical position of a value, 0 (top) – 100 (bottom). */
  y(value: number): number;
  /** Values of the horizontal grid lines, 0 first. */
  yTicks: number[];
  /** 1 January of each year inside the domain, with its position. */
  xTicks: { year: number; x: number }[];
}

/**
 * A time scale from 1 January of the first date's year to a little after the last date (room for
 * the end labels), and a value scale from 0 to a round number at or above the largest value.
 */
export function makeScale(dates: readonly string[], values: readonly number[]): Scale {
  const times = dates.map(dateTime);
  const firstYear = new Date(Math.min(...times)).getUTCFullYear();
  const start = Date.UTC(firstYear, 0, 1);
  const last = Math.max(...times);
  const end = last + Math.max((last - start) * 0.06, 86_400_000 * 30);
  const step = niceStep(Math.max(...values, 1));
  const top = Math.ceil(Math.max(...values, 1) / step) * step;
  const x = (date: string) => ((dateTime(date) - start) / (end - start)) * 100;
  const lastYear = new Date(end).getUTCFullYear();
  const xTicks = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const at = ((Date.UTC(year, 0, 1) - start) / (end - start)) * 100;
    if (at <= 100) xTicks.push({ year, x: at });
  }
  return {
    x,
    y: (value: number) => 100 - (value / top) * 100,
    yTicks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step),
    xTicks,
  };
}

/**
 * The SVG path of a step line through `points` (each value holds until the next date), in a
 * viewBox of 1000 × 100 units.
 */
export function stepPath(points: readonly { date: string; value: number }[], scale: Scale): string {
  return points
    .map((p, i) => {
      const x = (scale.x(p.date) * 10).toFixed(1);
      const y = scale.y(p.value).toFixed(2);
      return i === 0 ? `M${x} ${y}` : `H${x}V${y}`;
    })
    .join('');
}
