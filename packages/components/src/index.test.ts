// The package entry and the hand-written tables that list the elements, against the manifest (the one source).
import { expect } from '@open-wc/testing';
import './index.js';

interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
}

const declarations = async () =>
  (
    (await (await fetch('/packages/components/custom-elements.json')).json()) as {
      modules: { declarations?: Declaration[] }[];
    }
  ).modules.flatMap((m) => m.declarations ?? []);
const text = async (path: string) => (await fetch(path)).text();

describe('the package entry and the READMEs', () => {
  it('defines every element of the manifest', async () => {
    const tags = (await declarations()).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags.length).to.be.greaterThan(6);
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
  });

  it('lists every element in both READMEs, and in the root one each element’s own attributes', async () => {
    const all = await declarations();
    const common = new Set(all.find((d) => d.name === 'EuElement')!.attributes!.map((a) => a.name));
    const root = await text('/README.md');
    const pkg = await text('/packages/components/README.md');
    for (const element of all.filter((d) => d.tagName)) {
      const row = root.split('\n').find((line) => line.startsWith(`| \`<${element.tagName}>\``));
      expect(row, `${element.tagName} in README.md`).to.exist;
      expect(pkg, `${element.tagName} in packages/components/README.md`).to.include(`<${element.tagName}`);
      for (const { name } of element.attributes ?? [])
        if (!common.has(name)) expect(row, `${element.tagName}'s ${name} in README.md`).to.include(`\`${name}\``);
    }
  });
});
