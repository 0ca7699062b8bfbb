// The design tokens, written once in TOKENS: the CSS the elements use and the manifest's cssProperties.
import { expect, fixture, html } from '@open-wc/testing';
import '../dialogue-list/dialogue-list.js';
import { TOKENS } from './tokens.js';

const value = (el: Element, property: string) => getComputedStyle(el).getPropertyValue(property).trim();

describe('TOKENS', () => {
  it('sets every private property: the token, else an ECL host property, else the default; dark ones apart', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><eu-dialogue-list></eu-dialogue-list></div>`);
    const el = wrapper.firstElementChild!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(value(el, '--_primary')).to.equal('#0e47cb');
    expect(value(el, '--_muted')).to.equal(TOKENS['color-text-muted'].value);
    expect(value(el, '--_space')).to.equal(TOKENS.space.value);
    wrapper.style.setProperty('--ecl-color-primary', '#123456');
    expect(value(el, '--_primary'), 'an ECL site').to.equal('#123456');
    wrapper.style.setProperty('--eu-color-primary', '#654321');
    expect(value(el, '--_primary'), 'our token wins').to.equal('#654321');
    el.setAttribute('theme', 'dark');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(value(el, '--_primary'), 'the dark theme has its own token').to.equal(TOKENS['color-primary'].dark);
    wrapper.style.setProperty('--eu-dark-color-primary', '#abcdef');
    expect(value(el, '--_primary')).to.equal('#abcdef');
  });

  it('documents every token with its default in the manifest, for every element', async () => {
    const response = await fetch('/packages/components/custom-elements.json');
    expect(response.ok, 'custom-elements.json (pnpm build or pnpm typecheck makes it)').to.equal(true);
    const manifest = (await response.json()) as {
      modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.length).to.be.greaterThan(6);
    const expected = Object.entries(TOKENS)
      .flatMap(([name, t]) => [[`--eu-${name}`, t.value], ...('dark' in t ? [[`--eu-dark-${name}`, t.dark]] : [])])
      .sort();
    for (const element of elements)
      expect((element.cssProperties ?? []).map((p) => [p.name, p.default]).sort(), element.tagName).to.deep.equal(
        expected,
      );
  });
});
