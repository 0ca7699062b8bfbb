// Long lists in turns (in-turns.ts): a first render makes what the reader sees and the rest in later
// short tasks. In view: items until the list reaches past the viewport's bottom, the rest below it
// later, so nothing the reader sees moves. Concealed (a far element rendered for in-page search): the
// list in later idle periods. Printing, the find shortcut and whatever reveals a concealed element
// show every item; later renders make every item at once.
import { expect, fixture, html } from '@open-wc/testing';
import '../programme-list/programme-list.js';
import '../relations-timeline/relations-timeline.js';
import { programmes } from '@eu-belarus/data/programmes';
import { loadBundled } from './bundled.js';
import { timeline } from '@eu-belarus/data/timeline';
import { slice, Turns } from './in-turns.js';
import type { EuProgrammeList } from '../programme-list/programme-list.js';

type List = EuProgrammeList & { hasUpdated: boolean };
const itemsOf = (el: List) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=item]')];
const items = (el: List) => itemsOf(el).length;
const root = (el: List) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
/** The reader opens the browser's find bar (Ctrl+F): far elements render concealed. */
const openFind = () =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));

/**
 * A programme list rendered for the first time: far below the fold, concealed for the find bar
 * (`far`); at the top of the page (`view`, eager); with `atFirstRender` run right after its first
 * render (or, with `when` 'paint', in the frame that first paints it, before it paints), and how
 * many items it showed then and after each later change.
 */
async function rendering(
  where: 'far' | 'view',
  atFirstRender: (el: List) => void = () => {},
  attributes: Record<string, string> = {},
  when: 'render' | 'paint' = 'render',
): Promise<{ el: List; counts: number[] }> {
  window.scrollTo(0, 0);
  await Promise.all([loadBundled('programmes'), loadBundled('sources'), loadBundled('render:programme-list')]);
  const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
  const el = Object.assign(document.createElement('eu-programme-list'), {
    loading: where === 'view' ? 'eager' : 'lazy',
  }) as List;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const counts: number[] = [];
  const observer = new MutationObserver(() => counts.push(items(el)));
  el.addController({
    hostUpdated: () => {
      if (counts.length) return;
      counts.push(items(el));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      // After the render's task has noted it concealed, before the next turn; or after the list's
      // own work of that frame (asked for first, in the render), before the frame paints.
      if (when === 'paint') requestAnimationFrame(() => atFirstRender(el));
      else queueMicrotask(() => atFirstRender(el));
    },
  });
  if (where === 'view') wrapper.prepend(el);
  else wrapper.append(el);
  if (where === 'far') openFind();
  await el.updateComplete;
  // The list may be whole in that frame, before `atFirstRender`'s turn in it.
  if (when === 'paint') await new Promise(requestAnimationFrame);
  observer.disconnect();
  return { el, counts };
}

/**
 * `count` eager programme lists side by side until all are complete: each time their items change,
 * how many items each list shows (from none in each).
 */
async function itemsSeen(count: number): Promise<number[][]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const lists = Array.from(
    { length: count },
    () => wrapper.appendChild(Object.assign(document.createElement('eu-programme-list'), { loading: 'eager' })) as List,
  );
  const seen = [lists.map(() => 0)];
  const observer = new MutationObserver(() => seen.push(lists.map((el) => (el.shadowRoot ? items(el) : 0))));
  for (const el of lists)
    el.addController({ hostUpdated: () => observer.observe(el.shadowRoot!, { childList: true, subtree: true }) });
  await Promise.all(lists.map((el) => el.updateComplete));
  observer.disconnect();
  return seen;
}

describe('long lists in turns, when rendered in view', () => {
  let saved = slice.ms;
  beforeEach(() => ((saved = slice.ms), (slice.ms = 0)));
  afterEach(() => (slice.ms = saved));

  it('the first paint shows items until the list reaches past the bottom of the viewport, the rest later; nothing in view moves', async () => {
    let inView: { name: string; top: number }[] = [];
    let lastBottom = 0;
    let painted = 0;
    const { el, counts } = await rendering(
      'view',
      (el) => {
        const shown = itemsOf(el);
        painted = shown.length;
        lastBottom = shown.at(-1)!.getBoundingClientRect().bottom;
        inView = shown
          .filter((item) => item.getBoundingClientRect().top < innerHeight)
          .map((item) => ({ name: item.querySelector('.name')!.textContent!, top: item.getBoundingClientRect().top }));
      },
      {},
      'paint',
    );
    expect(counts[0], 'some items in the first render').to.be.greaterThan(0);
    expect(lastBottom, 'its last item reaches past the viewport when first painted').to.be.at.least(innerHeight);
    expect(painted, 'not all of them').to.be.lessThan(programmes.length);
    expect(counts.at(-1), 'all at updateComplete').to.equal(programmes.length);
    const now = itemsOf(el).slice(0, inView.length);
    expect(
      now.map((item) => ({ name: item.querySelector('.name')!.textContent!, top: item.getBoundingClientRect().top })),
      'the items in view, where they were',
    ).to.deep.equal(inView);
  });

  it('a wide timeline keeps its date column as wide as its widest date from the first render on: the events in view do not move', async () => {
    // Turns of about 2 ms: the first render (which makes parts for about that long) never makes them all.
    slice.ms = 2;
    window.scrollTo(0, 0);
    await Promise.all([loadBundled('timeline'), loadBundled('sources'), loadBundled('render:relations-timeline')]);
    // Belarusian: its dates differ most in width (month names in the genitive, "г.").
    const wrapper = await fixture<HTMLElement>(html`<div lang="be" style="width: 760px"></div>`);
    const el = Object.assign(document.createElement('eu-relations-timeline'), { loading: 'eager' });
    const bodies = () =>
      [...el.shadowRoot!.querySelectorAll('.event .body')].map((b) => b.getBoundingClientRect().left);
    let first: number[] = [];
    el.addController({ hostUpdated: () => void (first.length || (first = bodies())) });
    wrapper.append(el);
    await el.updateComplete;
    expect(first.length, 'a first screenful, the rest later').to.be.greaterThan(0).and.lessThan(timeline.length);
    expect(bodies().length).to.equal(timeline.length);
    expect(bodies().slice(0, first.length), 'where the first events were').to.deep.equal(first);
  });

  it('several lists: the one in view is whole before those below it begin, and they follow in order, one at a time', async () => {
    window.scrollTo(0, 0);
    await Promise.all([loadBundled('programmes'), loadBundled('sources'), loadBundled('render:programme-list')]);
    const seen = await itemsSeen(3);
    const whole = programmes.length;
    expect(seen.at(-1), 'all whole at updateComplete').to.deep.equal([whole, whole, whole]);
    // A list only begins once every list above it is whole.
    for (const counts of seen)
      for (let i = 1; i < counts.length; i++)
        if (counts[i]! > 0)
          expect(counts[i - 1], `list ${i} began before list ${i - 1} was whole: ${counts}`).to.equal(whole);
  });

  it('a list below the viewport, of a kind made whole before, takes no turns: it makes every item in one task, once the list in view is whole', async () => {
    window.scrollTo(0, 0);
    await Promise.all([loadBundled('programmes'), loadBundled('sources'), loadBundled('render:programme-list')]);
    // Whether a kind is cheap to make is measured; on a loaded machine any measure can read above
    // BUDGET_MS. A clock that moves 1 µs per reading makes every part read cheap.
    const now = performance.now;
    let clock = now.call(performance);
    performance.now = () => (clock += 0.001);
    try {
      const before = await fixture<List>(html`<eu-programme-list loading="eager"></eu-programme-list>`);
      await before.updateComplete;
      before.remove();
      const seen = await itemsSeen(2);
      const whole = programmes.length;
      const steps = (i: number) =>
        seen.map((counts) => counts[i]!).filter((n, at, all) => at === 0 || n !== all[at - 1]);
      expect(steps(0).length, `in view: a first screenful, then turns (${steps(0)})`).to.be.greaterThan(2);
      expect(steps(1), 'below: no item, then every item').to.deep.equal([0, whole]);
      for (const [inView, below] of seen) if (below) expect(inView, 'the list in view was whole first').to.equal(whole);
    } finally {
      performance.now = now;
    }
  });

  it('a list that ends in view is whole when first painted', async () => {
    let painted = 0;
    await rendering('view', (el) => (painted = items(el)), { limit: '2' }, 'paint');
    expect(painted).to.equal(2);
  });

  it("the render's task asks for no layout: the page is laid out once, by the frame that paints the first screenful", async () => {
    // Each read of a box before the first frame would lay the page out inside the render's task.
    const read = Element.prototype.getBoundingClientRect;
    let framed = false;
    let early = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (!framed) early++;
      return read.call(this);
    };
    try {
      // The first frame after the render starts: this frame callback is asked for before the list's own.
      const hostUpdate = () => requestAnimationFrame(() => (framed = true));
      window.scrollTo(0, 0);
      await Promise.all([loadBundled('programmes'), loadBundled('sources'), loadBundled('render:programme-list')]);
      const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
      const el = Object.assign(document.createElement('eu-programme-list'), { loading: 'eager' }) as List;
      let once = false;
      el.addController({ hostUpdate: () => once || ((once = true), hostUpdate()) });
      wrapper.prepend(el);
      await el.updateComplete;
      expect(early, 'boxes read before the first frame').to.equal(0);
      expect(items(el)).to.equal(programmes.length);
    } finally {
      Element.prototype.getBoundingClientRect = read;
    }
  });

  it('printed while turns remain, it shows every item before the page is laid out', async () => {
    let printed = 0;
    await rendering('view', (el) => {
      dispatchEvent(new Event('beforeprint'));
      printed = items(el);
      dispatchEvent(new Event('afterprint'));
    });
    expect(printed).to.equal(programmes.length);
  });

  it('the find shortcut while turns remain makes every item, there to find', async () => {
    let found = 0;
    await rendering('view', (el) => {
      openFind();
      found = items(el);
    });
    expect(found).to.equal(programmes.length);
  });

  it('a render after the first (a filter chosen before the turns are done) shows every matching item at once', async () => {
    const category = programmes[0]!.category;
    const { el } = await rendering('view', (el) => el.setAttribute('category', category));
    expect(items(el)).to.equal(programmes.filter((p) => p.category === category).length);
  });
});

/**
 * The browser's idle periods, each saying it has `left` ms (never timed out); for each that ran a turn
 * of the list `watch` names: how many items' render code it ran (`made`) and how many it showed.
 */
function idlePeriods(left: number) {
  // Each part of a list is one item's render code (programme-list.render.ts): count the parts run.
  const list = Turns.prototype.list;
  let made = 0;
  Turns.prototype.list = function (this: Turns, parts) {
    return list.call(
      this,
      parts.map((part) => () => (made++, part())),
    );
  };
  const original = window.requestIdleCallback;
  const periods: { made: number; shown: number }[] = [];
  let watched: List | undefined;
  window.requestIdleCallback = (callback, options) =>
    original(() => {
      const [madeBefore, shownBefore] = [made, watched ? items(watched) : 0];
      callback({ didTimeout: false, timeRemaining: () => left });
      const shown = watched ? items(watched) - shownBefore : 0;
      if (made > madeBefore || shown) periods.push({ made: made - madeBefore, shown });
    }, options);
  return {
    periods,
    watch: (el: List) => void (watched = el),
    restore: () => ((window.requestIdleCallback = original), (Turns.prototype.list = list)),
  };
}

describe('long lists in turns, when rendered concealed', () => {
  let saved = slice.ms;
  beforeEach(() => ((saved = slice.ms), (slice.ms = 0)));
  afterEach(() => (slice.ms = saved));

  it('far away, the first render makes the frame and later tasks the items; updateComplete waits for the last', async () => {
    const { el, counts } = await rendering('far');
    expect(root(el).getAttribute('hidden'), 'concealed').to.equal('until-found');
    expect(counts[0], 'no item in the first render').to.equal(0);
    expect(items(el), 'all at updateComplete').to.equal(programmes.length);
    expect(el.shadowRoot!.textContent, 'the last item there to find').to.contain(programmes.at(-1)!.name.en);
  });

  it('each turn makes at most twice the items of the turn before, however fast they were made', async () => {
    slice.ms = 60_000; // a pace read from fast items alone would make every item in the second turn
    const { counts } = await rendering('far');
    const made = counts.slice(1).map((n, i) => n - counts[i]!);
    expect(made[0], 'one item in the first turn').to.equal(1);
    for (let i = 1; i < made.length; i++) expect(made[i], `turn ${i + 1}: ${made}`).to.be.at.most(2 * made[i - 1]!);
    expect(counts.at(-1)).to.equal(programmes.length);
  });

  it("each idle period either runs the next items' render code or shows them, never both; all are there to find after", async () => {
    const idle = idlePeriods(50);
    try {
      const { el } = await rendering('far', idle.watch);
      expect(items(el), 'all at updateComplete').to.equal(programmes.length);
      expect(el.shadowRoot!.textContent, 'the last item there to find').to.contain(programmes.at(-1)!.name.en);
      expect(idle.periods.length, 'in several idle periods').to.be.greaterThan(2);
      for (const period of idle.periods)
        expect(period.made && period.shown, `made ${period.made} and showed ${period.shown} in one period`).to.equal(0);
    } finally {
      idle.restore();
    }
  });

  it("an idle period with no time left runs one item's render code, however fast the items were made", async () => {
    slice.ms = 60_000; // the pace alone would double the items of each turn
    const idle = idlePeriods(0);
    try {
      const { el } = await rendering('far', idle.watch);
      expect(items(el)).to.equal(programmes.length);
      const made = idle.periods.filter((period) => period.made).map((period) => period.made);
      expect(made.length, 'one period per item').to.equal(programmes.length);
      expect(Math.max(...made), `items made per period: ${made}`).to.equal(1);
    } finally {
      idle.restore();
    }
  });

  it('found by in-page search while turns remain, it shows every item at once', async () => {
    let shown = 0;
    await rendering('far', (el) => {
      root(el).dispatchEvent(new Event('beforematch'));
      shown = items(el);
    });
    expect(shown).to.equal(programmes.length);
  });

  it('printed while turns remain, it shows every item before the page is laid out', async () => {
    let printed = 0;
    let hidden = true;
    await rendering('far', (el) => {
      dispatchEvent(new Event('beforeprint'));
      printed = items(el);
      hidden = root(el).hasAttribute('hidden');
      dispatchEvent(new Event('afterprint'));
    });
    expect(printed).to.equal(programmes.length);
    expect(hidden).to.be.false;
  });

  it('a render after the first (a filter chosen before the turns are done) shows every matching item at once', async () => {
    const category = programmes[0]!.category;
    const { el } = await rendering('far', (el) => el.setAttribute('category', category));
    expect(items(el)).to.equal(programmes.filter((p) => p.category === category).length);
    el.removeAttribute('category');
    await el.updateComplete;
    expect(items(el)).to.equal(programmes.length);
  });
});
