// What a reader of the host page sees while the elements load (with cloak.css): the room an empty
// tag keeps before the script runs is kept until the element renders, and it is at least the rest
// of the screen, so the host's text after an element in view never moves in view (no layout shift).
// The elements are imported late on purpose: the first test sees them undefined.
import { expect, fixture, html } from '@open-wc/testing';
import { useCloakStylesheet } from '../../test/helpers.js';
import { setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** Each element as pasted and compact, and forms narrowed to a few items. */
const FORMS = [
  ...[
    'eu-programme-list',
    'eu-trade-summary',
    'eu-dialogue-list',
    'eu-relations-timeline',
    'eu-assistance-summary',
    'eu-relations-overview',
    'eu-restrictive-measures',
  ].flatMap((tag) => [tag, `${tag} compact`]),
  'eu-programme-list compact limit="3"',
  'eu-programme-list category="education"',
];

/**
 * Forms shorter than a screen in a wide column, whose height there depends on the column's width
 * (from 480 to 1,168 px: a list narrowed to one or three items 218–697 px, assistance compact 741
 * px at 1,168): their room (cloak.css) is a guess, and the text after them moves when they render
 * (a compact trade summary's room follows its width: test/pages/src-room.spec.mjs). Known, and reported in test/benchmark/README.md. On a phone they
 * are taller than the screen, and tested.
 */
const SHORTER_THAN_THE_SCREEN = [
  'eu-programme-list compact limit="3" @728',
  'eu-programme-list compact limit="3" @1168',
  'eu-programme-list category="education" @728',
  'eu-programme-list category="education" @1168',
  'eu-assistance-summary compact @1168',
];

/** One form in a column of `width` px at the top of the page, with host text after it. */
const columnOf = (form: string, width: number) =>
  `<div style="width: ${width}px"><${form}></${form.split(' ')[0]}><p class="after">The host's text.</p></div>`;

const top = (p: Element) => p.getBoundingClientRect().top;

describe('the room an element keeps until it renders', () => {
  useCloakStylesheet();

  it('is the same before and after the script defines the element: nothing moves at definition', async () => {
    expect(customElements.get('eu-programme-list')).to.be.undefined;
    const wrapper = await fixture<HTMLElement>(
      html`<div>${unsafeHTML(FORMS.flatMap((f) => [columnOf(f, 288), columnOf(f, 728)]).join(''))}</div>`,
    );
    const after = [...wrapper.querySelectorAll('.after')];
    const before = after.map(top);
    await import('../index.js');
    // Defined now, not rendered yet (a first render waits for its data and its turn in a later task).
    const hosts = [...wrapper.querySelectorAll<HTMLElement & { hasUpdated: boolean }>('.after')].map(
      (p) => p.previousElementSibling as HTMLElement & { hasUpdated: boolean },
    );
    expect(hosts.every((h) => customElements.get(h.localName) && !h.hasUpdated)).to.be.true;
    expect(after.map(top)).to.deep.equal(before);
  });

  // A phone, and a laptop's window with a narrow and a wide column.
  for (const [width, height, column] of [
    [320, 640, 288],
    [1280, 900, 728],
    [1280, 900, 1168],
  ] as const)
    for (const form of FORMS.filter((f) => !SHORTER_THAN_THE_SCREEN.includes(`${f} @${column}`)))
      it(`in view at load, ${column} px column on a ${width}×${height} screen, <${form}>: the host's text after it does not move in view`, async () => {
        await setViewport({ width, height });
        scrollTo(0, 0);
        const wrapper = await fixture<HTMLElement>(html`${unsafeHTML(columnOf(form, column))}`);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        const after = wrapper.querySelector('.after')!;
        const reserved = top(after);
        await el.updateComplete;
        const rendered = top(after);
        // A layout shift: the text moves, and is in view before or after.
        const shifted = rendered !== reserved && Math.min(reserved, rendered) < innerHeight;
        expect(shifted, `text after at ${Math.round(reserved)} px, then ${Math.round(rendered)} px`).to.be.false;
      });
});
