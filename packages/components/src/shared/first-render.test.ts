// Lazy first renders (first-render.ts): far below the fold an element waits for the reader, or
// renders concealed in idle time (findable by in-page search); eager, printing and search show it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../dialogue-list/dialogue-list.js';
import { loadBundled } from './bundled.js';
import type { EuDialogueList } from '../dialogue-list/dialogue-list.js';

type Element = EuDialogueList & { hasUpdated: boolean };
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root');

/** A dialogue list far below the fold (10,000 px of page above it). */
async function farBelow(loading?: 'eager'): Promise<{ el: Element; wrapper: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <div style="height: 10000px"></div>
      <eu-dialogue-list loading=${loading ?? 'lazy'}></eu-dialogue-list>
    </div>`,
  );
  return { el: wrapper.querySelector('eu-dialogue-list') as Element, wrapper };
}

describe('first render: lazy by default, like <iframe loading="lazy">', () => {
  it('far below the fold it is not laid out: rendered concealed in idle time, its text there to find', async () => {
    const { el } = await farBelow();
    await el.updateComplete;
    expect(root(el)!.getAttribute('hidden')).to.equal('until-found');
    expect(el.shadowRoot!.textContent).to.contain('Human Rights Dialogue');
    const heading = el.shadowRoot!.querySelector('[part~=heading]')!;
    expect(heading.checkVisibility({ contentVisibilityAuto: true }), 'skipped: not laid out').to.be.false;
  });

  it('coming near the viewport reveals it', async () => {
    const { el } = await farBelow();
    await el.updateComplete;
    el.scrollIntoView();
    await waitUntil(() => !root(el)!.hasAttribute('hidden'), 'revealed near the viewport');
  });

  it('in-page search reveals it (beforematch)', async () => {
    const { el } = await farBelow();
    await el.updateComplete;
    root(el)!.dispatchEvent(new Event('beforematch'));
    expect(root(el)!.hasAttribute('hidden')).to.be.false;
  });

  it('printing renders and reveals every element before the page is laid out', async () => {
    const { el } = await farBelow();
    await Promise.all([loadBundled('dialogues'), loadBundled('sources')]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Waiting for the reader, or rendered concealed in idle time: printing shows it at once.
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.hasUpdated, 'rendered').to.be.true;
    expect(root(el)!.hasAttribute('hidden'), 'shown').to.be.false;
    window.dispatchEvent(new Event('afterprint'));
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
