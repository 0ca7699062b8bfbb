// The first renders of several elements in view (first-render.ts, in-turns.ts): each frame lays out
// what one task of renders made. A render that left its first screenful to the next frame is laid out
// there before the next kind of element renders; renders that pile up before a frame make one long
// layout. A file of its own: the page's first renders of each kind (the queue learns their cost).
import { expect, fixture, html } from '@open-wc/testing';
import '../programme-list/programme-list.js';
import '../relations-timeline/relations-timeline.js';
import { loadBundled, type BundledTopic } from './bundled.js';

describe('first renders in view, one frame each', () => {
  it('the next element renders after the frame that lays out the first screenful of the one before', async () => {
    window.scrollTo(0, 0);
    await Promise.all(
      ['programmes', 'timeline', 'sources', 'downloads', 'render:programme-list', 'render:relations-timeline'].map(
        (t) => loadBundled(t as BundledTopic),
      ),
    );
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    type Element = HTMLElement & { updateComplete: Promise<boolean>; addController(c: object): void };
    const eager = (tag: string) =>
      Object.assign(document.createElement(tag), { loading: 'eager' }) as unknown as Element;
    const [list, timeline] = [eager('eu-programme-list'), eager('eu-relations-timeline')];
    const seen: string[] = [];
    const once = (note: () => void) => {
      let done = false;
      return () => done || ((done = true), note());
    };
    list.addController({
      hostUpdated: once(() => {
        seen.push('list rendered');
        requestAnimationFrame(() => seen.push('its frame'));
      }),
    });
    timeline.addController({ hostUpdate: once(() => seen.push('timeline renders')) });
    // A busy device: the queue's next task comes before any frame would (here at once).
    const scheduler = Object.getOwnPropertyDescriptor(window, 'scheduler');
    Object.defineProperty(window, 'scheduler', { value: { yield: () => Promise.resolve() }, configurable: true });
    try {
      wrapper.append(list, timeline);
      await Promise.all([list.updateComplete, timeline.updateComplete]);
    } finally {
      if (scheduler) Object.defineProperty(window, 'scheduler', scheduler);
      else delete (window as { scheduler?: unknown }).scheduler;
    }
    expect(seen).to.deep.equal(['list rendered', 'its frame', 'timeline renders']);
  });
});
