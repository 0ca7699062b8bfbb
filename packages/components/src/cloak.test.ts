// The cloak stylesheet and fallback content, before and after an element is defined.
// <eu-relations-timeline> is imported late on purpose: the first test sees it undefined.
import { expect, fixture, html } from '@open-wc/testing';
import { useCloakStylesheet } from '../test/helpers.js';
import { pendingStyles } from './trade-summary/trade-summary.styles.js';

describe('cloak.css and fallback content', () => {
  const cloakHref = useCloakStylesheet();

  it('before upgrade: fallback content is shown and accessible; an empty tag keeps its room', async () => {
    expect(customElements.get('eu-relations-timeline')).to.be.undefined;
    const wrapper = await fixture(
      html`<div>
        <eu-relations-timeline id="with"
          ><p>
            See the <a href="https://www.eeas.europa.eu/">EU–Belarus timeline on the EEAS site</a>.
          </p></eu-relations-timeline
        >
        <eu-relations-timeline id="empty"></eu-relations-timeline>
      </div>`,
    );
    const withFallback = wrapper.querySelector('#with')!;
    const link = withFallback.querySelector('a')!;
    expect(link.checkVisibility()).to.be.true;
    link.focus();
    expect(document.activeElement).to.equal(link);
    expect(getComputedStyle(withFallback).minHeight).to.equal('0px');
    expect(parseFloat(getComputedStyle(wrapper.querySelector('#empty')!).minHeight)).to.be.above(100);
    await expect(wrapper).to.be.accessible();
  });

  it('after upgrade: the element replaces the fallback, which is neither shown nor read twice', async () => {
    const wrapper = await fixture(
      html`<div>
        <eu-relations-timeline category="trade"
          ><p>
            See the <a href="https://www.eeas.europa.eu/">EU–Belarus timeline on the EEAS site</a>.
          </p></eu-relations-timeline
        >
      </div>`,
    );
    const el = wrapper.querySelector('eu-relations-timeline')!;
    const link = el.querySelector('a')!;
    expect(link.checkVisibility()).to.be.true;
    await import('./relations-timeline/relations-timeline.js');
    await customElements.whenDefined('eu-relations-timeline');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.events')).to.exist;
    // No slot: the light DOM is out of the rendered (and accessibility) tree.
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    expect(link.checkVisibility()).to.be.false;
    expect(link.getClientRects().length).to.equal(0);
    link.focus();
    expect(document.activeElement).not.to.equal(link);
    expect(getComputedStyle(el).minHeight).to.equal('0px');
    await expect(wrapper).to.be.accessible();
  });

  it('names every element of the package: the boxed ones in one list, the inline <eu-fact> apart', async () => {
    const css = await (await fetch(cloakHref)).text();
    const boxed = /:is\(([^)]*)\):not\(:defined\) \{/
      .exec(css)![1]!
      .split(',')
      .map((t) => t.trim());
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect([...boxed, 'eu-fact'].sort()).to.deep.equal(tags.sort());
  });

  // The rooms are written in cloak.css; the build copies them to the element's sheet (rollup.css.mjs).
  it('keeps a compact <eu-trade-summary> in the same room once defined, until it renders: its pending style has the rooms of cloak.css', () => {
    /** The `@container` rules of a sheet's compact trade summary ::before rule, as the browser reads them. */
    const rooms = (sheet: CSSStyleSheet, before: string) => {
      const rule = [...sheet.cssRules]
        .flatMap((r) => (r instanceof CSSMediaRule ? [...r.cssRules] : []))
        .find((r) => r instanceof CSSStyleRule && r.selectorText === before) as CSSStyleRule;
      return [...rule.cssRules].map((r) => r.cssText);
    };
    const cloak = [...document.styleSheets].find((s) => s.href === cloakHref)!;
    const cloakRooms = rooms(cloak, 'eu-trade-summary[compact]:not(:defined):empty::before');
    expect(cloakRooms).to.have.length.above(10);
    expect(rooms(pendingStyles.styleSheet!, ':host([compact]:empty)::before')).to.deep.equal(cloakRooms);
  });
});
