// The shared sheets under print and forced colours, in the elements that compose them: key-figure
// cards (figures.ts), download links (downloads.ts), link targets on paper (text.ts), badges (badge.ts).
import { expect, fixture } from '@open-wc/testing';
import { media, root, systemColour, visible } from '../../test/helpers.js';
import '../assistance-summary/assistance-summary.js';
import '../relations-overview/relations-overview.js';

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
