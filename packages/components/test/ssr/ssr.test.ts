// Server rendering: every element of the manifest renders in Node with @lit-labs/ssr (the built
// dist/ modules, bundled data, no `src`) to declarative shadow DOM, then hydrates in Chromium
// without re-rendering: the shadow root and its DOM made on the server stay, the text is the same,
// and the element then follows its attributes and input. Needs the build (`pnpm build`).
import { ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
}
type Element = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({ tag: d.tagName!, module: m.path.replace(/^src\/(?:[^/]+\/)*([^/]+)\.ts$/, './dist/$1.js') })),
);
const { facts } = await import('@eu-belarus/data/facts');
const [firstFact, otherFact] = [[...facts.keys()][0]!, [...facts.keys()].at(-1)!];
// A fuller server render: the programme list with its filter controls; <eu-fact> needs a fact.
const attributes: Record<string, string> = { 'eu-programme-list': 'show-filter', 'eu-fact': `name="${firstFact}"` };

/** Server-renders `<tag>` from its built module; the fixture resolves module paths from `base`. */
const serverRender = (tag: string, module: string) =>
  ssrNonHydratedFixture<Element>(
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static tags (lit/static-html.js), not bindings
    html`<${unsafeStatic(tag)} ${unsafeStatic(attributes[tag] ?? '')}></${unsafeStatic(tag)}>`,
    {
      modules: [module],
      // The plugin loads modules from the working directory (the package) plus the URL's path.
      base: `${location.origin}/`,
    },
  );

const consoleErrors: string[] = [];
const originalError = console.error;
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' '));
  originalError(...args);
};

describe('server rendering and hydration', () => {
  it('covers every element of the manifest', () => {
    expect(elements.length).to.be.greaterThan(0);
  });

  for (const { tag, module } of elements)
    it(`<${tag}> renders on the server and hydrates without re-rendering`, async () => {
      const el = await serverRender(tag, module);
      expect(customElements.get(tag), 'defined before the client loaded').to.equal(undefined);
      const root = el.shadowRoot;
      expect(root, 'a declarative shadow root in the server HTML').to.not.equal(null);
      const base = root!.querySelector('[part~=base]');
      const serverText = root!.textContent!.replace(/\s+/g, ' ');
      const visible = [...root!.querySelectorAll('*')]
        .filter((n) => n.localName !== 'style')
        .map((n) =>
          [...n.childNodes]
            .filter((c) => c.nodeType === 3)
            .map((c) => c.textContent)
            .join(''),
        )
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      expect(visible.length, `the server HTML's text: "${visible.slice(0, 80)}"`).to.be.greaterThan(
        tag === 'eu-fact' ? 3 : 40,
      );
      if (tag !== 'eu-fact')
        expect(root!.querySelector('[part~=heading]')?.textContent?.trim(), 'the heading text').to.match(/\p{L}/u);

      await import(`../../${module.slice(2)}`);
      el.removeAttribute('defer-hydration');
      await el.updateComplete;
      expect(el.hasUpdated, 'hydrated').to.equal(true);
      expect(el.shadowRoot === root, 'the same shadow root after hydration').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=base]') === base, 'the same [part=base] node').to.equal(true);
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' '), 'the same text').to.equal(serverText);

      // Interactive: the hydrated element follows its attributes.
      if (tag === 'eu-fact') {
        const before = el.shadowRoot!.textContent;
        el.setAttribute('name', otherFact);
        await el.updateComplete;
        expect(el.shadowRoot!.textContent, 'another fact after a new name').to.not.equal(before);
      } else {
        el.setAttribute('heading-level', '4');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('h4[part~=heading]'), 'heading-level="4" after hydration').to.exist;
      }
      if (tag === 'eu-programme-list') {
        const items = () => el.shadowRoot!.querySelectorAll('[part~=item]').length;
        const before = items();
        const select = el.shadowRoot!.querySelector('select')!;
        select.value = [...select.options].find((o) => o.value)!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        expect(items(), `programmes after filtering the server-rendered list (of ${before})`).to.be.within(
          1,
          before - 1,
        );
      }
      expect(consoleErrors, 'console errors').to.deep.equal([]);
    });

  it('far below the fold, a server-rendered list hydrates in place: its items are the nodes the server made', async () => {
    const { module } = elements.find((e) => e.tag === 'eu-programme-list')!;
    const wrapper = await ssrNonHydratedFixture<HTMLElement>(
      html`<div>
        <div style="height: 10000px"></div>
        <eu-programme-list></eu-programme-list>
      </div>`,
      { modules: [module], base: `${location.origin}/` },
    );
    window.scrollTo(0, 0);
    const el = wrapper.querySelector('eu-programme-list') as Element;
    const items = () => [...el.shadowRoot!.querySelectorAll('[part~=item]')];
    const served = items();
    expect(served.length, 'items in the server HTML').to.be.greaterThan(1);
    await import(`../../${module.slice(2)}`);
    el.removeAttribute('defer-hydration');
    await el.updateComplete;
    expect(el.hasUpdated, 'hydrated').to.equal(true);
    expect(items().every((item, i) => item === served[i]) && items().length === served.length, 'the same item nodes').to
      .be.true;
  });
});
