// The shared sheets under print and forced colours, in the elements that compose them: key-figure
// cards (figures.ts), download links (downloads.ts), link targets on paper (text.ts), badges (badge.ts).
import { expect, fixture } from '@open-wc/testing';
import { media, root, systemColour, visible } from '../../test/helpers.js';
import '../assistance-summary/assistance-summary.js';
import '../relations-overview/relations-overview.js';
import '../programme-list/programme-list.js';
import { sendKeys } from '@web/test-runner-commands';

afterEach(() => media());

for (const tag of ['eu-assistance-summary', 'eu-relations-overview'])
  describe(`shared sheets in <${tag}>`, () => {
    const make = () => fixture<HTMLElement>(`<${tag}></${tag}>`);

    it('print: key figures boxed in black, no download links, link targets written out', async () => {
      const el = await make();
      await media({ media: 'print' });
      expect(matchMedia('print').matches).to.be.true;
      expect(visible(root(el).querySelector('.downloads'))).to.be.false;
      const figure = root(el).querySelector('.figure')!;
      expect(visible(figure)).to.be.true;
      expect(getComputedStyle(figure).borderLeftStyle).to.equal('solid');
      expect(getComputedStyle(figure).borderLeftColor).to.equal('rgb(0, 0, 0)');
      const link = root(el).querySelector<HTMLAnchorElement>('.source-line a[href^="https"]')!;
      expect(getComputedStyle(link, '::after').content).to.include(link.href);
      await expect(el).to.be.accessible();
    });

    it('forced colours: key figures, badges (and priority sets) keep a system-colour outline', async () => {
      const el = await make();
      await media({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const canvasText = systemColour('CanvasText');
      for (const selector of ['.figure', '.badge', ...(tag === 'eu-assistance-summary' ? ['.set'] : [])]) {
        const box = getComputedStyle(root(el).querySelector(selector)!);
        expect(box.borderLeftStyle, selector).to.equal('solid');
        expect(box.borderLeftColor, selector).to.equal(canvasText);
      }
      await expect(el).to.be.accessible();
    });
  });

// The card paints nothing outside itself (contain: paint, host.ts): a focus ring at its edge must
// still show whole, in the wide card (padding) and the narrow form (no padding, no containment).
for (const width of [760, 320])
  it(`the card's paint clip leaves a focus ring at its edge whole, ${width} px wide`, async () => {
    const wrapper = await fixture<HTMLElement>(
      `<div style="width:${width}px"><eu-programme-list show-filter loading="eager"></eu-programme-list></div>`,
    );
    const el = wrapper.querySelector('eu-programme-list')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await sendKeys({ press: 'Tab' });
    const control = root(el).activeElement!;
    expect(control.localName).to.equal('select');
    const ring = getComputedStyle(control);
    const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
    expect(reach).to.be.greaterThan(0);
    const card = root(el).querySelector<HTMLElement>('.root')!;
    const box = getComputedStyle(card);
    const edge = card.getBoundingClientRect();
    const at = control.getBoundingClientRect();
    if (!/paint|strict|content/.test(box.contain)) return;
    // The clip edge: the padding box, widened by overflow-clip-margin.
    const margin = parseFloat(box.overflowClipMargin) || 0;
    const left = edge.left + parseFloat(box.borderLeftWidth) - margin;
    const right = edge.right - parseFloat(box.borderRightWidth) + margin;
    expect(at.left - reach, 'left').to.be.at.least(left);
    expect(at.right + reach, 'right').to.be.at.most(right);
  });
