// Lazy first renders (first-render.ts): far below the fold an element waits for the reader, or renders
// concealed (findable by in-page search) for the find shortcut or in idle time after the load;
// eager, printing and search show it.
import { expect, fixture, html } from '@open-wc/testing';
import { eventually } from '../../test/helpers.js';
import '../dialogue-list/dialogue-list.js';
import '../relations-timeline/relations-timeline.js';
import '../programme-list/programme-list.js';
import { bundled, loadBundled } from './bundled.js';
import type { EuDialogueList } from '../dialogue-list/dialogue-list.js';

type Element = EuDialogueList & { hasUpdated: boolean };
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root');

/** An element (a dialogue list unless `tag` says) far below the fold (10,000 px of page above it). */
async function farBelow(
  loading?: 'eager',
  tag: 'eu-dialogue-list' | 'eu-relations-timeline' | 'eu-programme-list' = 'eu-dialogue-list',
): Promise<{ el: Element; wrapper: HTMLElement }> {
  window.scrollTo(0, 0);
  const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
  const el = Object.assign(document.createElement(tag), { loading: loading ?? 'lazy' }) as unknown as Element;
  wrapper.append(el);
  return { el, wrapper };
}

/**
 * Idle periods held back, as on a busy page: `asked()` says whether one was asked for, `untilRendered`
 * runs them (`beforeEach` first) until the element has rendered, `restore` puts the browser's back.
 */
function holdIdlePeriods() {
  const idle: (() => void)[] = [];
  const original = window.requestIdleCallback;
  window.requestIdleCallback = (callback) => {
    idle.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
    return 0;
  };
  return {
    asked: () => idle.length > 0,
    async untilRendered(el: Element, beforeEach = () => {}) {
      while (!el.hasUpdated) {
        await eventually(() => idle.length > 0 || el.hasUpdated, 'an idle period asked for');
        beforeEach();
        idle.splice(0).forEach((run) => run());
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    restore() {
      window.requestIdleCallback = original;
      idle.splice(0).forEach((run) => run());
    },
  };
}

/** The reader opens the browser's find bar (Ctrl+F). */
const openFind = () =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));

describe('first render: lazy by default, like <iframe loading="lazy">', () => {
  it('far below the fold it is not laid out: rendered concealed in idle time after the load, its text there to find', async () => {
    const { el } = await farBelow();
    await el.updateComplete;
    expect(root(el)!.getAttribute('hidden')).to.equal('until-found');
    expect(el.shadowRoot!.textContent).to.contain('Human Rights Dialogue');
    const heading = el.shadowRoot!.querySelector('[part~=heading]')!;
    expect(heading.checkVisibility({ contentVisibilityAuto: true }), 'skipped: not laid out').to.be.false;
  });

  it('far below the fold it loads nothing (content, download code) until its turn: here, an idle period after the load', async () => {
    const idle = holdIdlePeriods();
    try {
      const { el } = await farBelow(undefined, 'eu-relations-timeline');
      await eventually(idle.asked, 'found far from the viewport');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(bundled('timeline'), 'its topic').to.be.undefined;
      expect(bundled('downloads'), 'the download code').to.be.undefined;
      // Its turn: the content loads, then (next idle period) it renders concealed.
      await idle.untilRendered(el);
      expect(bundled('timeline'), 'loaded for its render').to.exist;
      expect(root(el)!.getAttribute('hidden')).to.equal('until-found');
    } finally {
      idle.restore();
    }
  });

  it("its render in idle time is the render alone: its kind's sheets are parsed in an idle period before", async () => {
    const idle = holdIdlePeriods();
    const parse = CSSStyleSheet.prototype.replaceSync;
    // In which idle period (step) sheets were parsed, and the element rendered.
    let step = 0;
    const sheets: number[] = [];
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
      sheets.push(step);
      return parse.call(this, text);
    };
    try {
      const { el } = await farBelow(undefined, 'eu-programme-list');
      await idle.untilRendered(el, () => step++);
      expect(root(el)!.getAttribute('hidden'), 'rendered concealed').to.equal('until-found');
      expect(sheets, 'its sheets parsed, in an idle period before the render').to.not.be.empty.and.not.include(step);
    } finally {
      CSSStyleSheet.prototype.replaceSync = parse;
      idle.restore();
    }
  });

  it('the find shortcut renders every far element concealed at once, not one per idle period', async () => {
    window.scrollTo(0, 0);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 10000px"></div>
        ${[1, 2, 3, 4, 5].map(() => html`<eu-dialogue-list></eu-dialogue-list>`)}
      </div>`,
    );
    const els = [...wrapper.querySelectorAll('eu-dialogue-list')] as Element[];
    await Promise.all([loadBundled('dialogues'), loadBundled('sources'), loadBundled('render:dialogue-list')]);
    openFind();
    // Two tasks later, before idle time could have rendered five (one per idle period).
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    expect(els.filter((el) => el.hasUpdated).length).to.equal(5);
    expect(els.every((el) => root(el)!.getAttribute('hidden') === 'until-found')).to.be.true;
  });

  it('a concealed element is revealed when the reader comes near', async () => {
    const { el } = await farBelow();
    openFind();
    await el.updateComplete;
    el.scrollIntoView();
    await eventually(() => !root(el)!.hasAttribute('hidden'), 'revealed near the viewport');
  });

  it('in-page search reveals it (beforematch)', async () => {
    const { el } = await farBelow();
    openFind();
    await el.updateComplete;
    root(el)!.dispatchEvent(new Event('beforematch'));
    expect(root(el)!.hasAttribute('hidden')).to.be.false;
  });

  it('printing renders and reveals every element before the page is laid out', async () => {
    const { el } = await farBelow();
    await Promise.all([loadBundled('dialogues'), loadBundled('sources'), loadBundled('render:dialogue-list')]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Waiting for the reader: printing shows it at once.
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.hasUpdated, 'rendered').to.be.true;
    expect(root(el)!.hasAttribute('hidden'), 'shown').to.be.false;
    window.dispatchEvent(new Event('afterprint'));
  });

  it('printing reveals an element rendered concealed for the find bar', async () => {
    const { el } = await farBelow();
    openFind();
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(root(el)!.hasAttribute('hidden')).to.be.false;
    window.dispatchEvent(new Event('afterprint'));
  });

  it('an element removed before its turn is not rendered out of the page, and renders when put back', async () => {
    await Promise.all([loadBundled('dialogues'), loadBundled('sources'), loadBundled('render:dialogue-list')]);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('eu-dialogue-list'), { loading: 'eager' }) as Element;
    wrapper.append(el);
    // Its content is here: after a few microtasks its render waits in the queue for the next task.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.hasUpdated, 'not rendered while out of the page').to.be.false;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Human Rights Dialogue');
  });

  it('loading="eager" renders at once, shown, wherever it is', async () => {
    const { el } = await farBelow('eager');
    await el.updateComplete;
    expect(root(el)!.hasAttribute('hidden')).to.be.false;
    expect(el.getAttribute('loading')).to.equal('eager');
  });

  it('in view it renders shown, and its fallback content stays until then', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <eu-dialogue-list><a href="https://www.eeas.europa.eu/">EU–Belarus dialogues</a></eu-dialogue-list>
      </div>`,
    );
    const el = wrapper.querySelector('eu-dialogue-list') as Element;
    if (!el.hasUpdated) expect(el.querySelector('a')!.checkVisibility(), 'fallback shown before the render').to.be.true;
    await el.updateComplete;
    expect(root(el)!.hasAttribute('hidden')).to.be.false;
    expect(el.querySelector('a')!.checkVisibility(), 'fallback replaced').to.be.false;
  });
});
