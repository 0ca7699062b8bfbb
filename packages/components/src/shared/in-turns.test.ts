// Long lists in turns (in-turns.ts), for concealed first renders only: a far element rendered for
// in-page search makes its list in later short tasks; shown renders make every item at once, and
// whatever reveals a concealed element (near, found, printed) shows every item.
import { expect, fixture, html } from '@open-wc/testing';
import '../programme-list/programme-list.js';
import { programmes } from '@eu-belarus/data/programmes';
import { loadBundled } from './bundled.js';
import { slice } from './in-turns.js';
import type { EuProgrammeList } from '../programme-list/programme-list.js';

type List = EuProgrammeList & { hasUpdated: boolean };
const items = (el: List) => el.shadowRoot!.querySelectorAll('[part~=item]').length;
const root = (el: List) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
/** The reader opens the browser's find bar (Ctrl+F): far elements render concealed. */
const openFind = () =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));

/**
 * A programme list far below the fold, rendered concealed for the find bar (`eager`: in view), with
 * `atFirstRender` run right after its first render, and how many items it showed then and after
 * each later change.
 */
async function rendering(
  where: 'far' | 'eager',
  atFirstRender: (el: List) => void = () => {},
): Promise<{ el: List; counts: number[] }> {
  window.scrollTo(0, 0);
  await Promise.all([loadBundled('programmes'), loadBundled('sources')]);
  const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
  const el = Object.assign(document.createElement('eu-programme-list'), {
    loading: where === 'eager' ? 'eager' : 'lazy',
  }) as List;
  const counts: number[] = [];
  const observer = new MutationObserver(() => counts.push(items(el)));
  el.addController({
    hostUpdated: () => {
      if (counts.length) return;
      counts.push(items(el));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      // After the render's task has noted it concealed, before the next turn.
      queueMicrotask(() => atFirstRender(el));
    },
  });
  wrapper.append(el);
  if (where === 'far') openFind();
  await el.updateComplete;
  observer.disconnect();
  return { el, counts };
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

  it('in view (eager), every item is in the first render', async () => {
    const { counts } = await rendering('eager');
    expect(counts[0]).to.equal(programmes.length);
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
