// Templates prepared ahead (prepare-templates.ts): a concealed turn prepares the templates of the
// parts it made in an idle period of its own, so the period that shows them does not parse them.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { prepare, unprepared } from './prepare-templates.js';

/** How many templates Lit parses (it makes a <template> element for each) while `work` runs. */
function parsed(work: () => void): number {
  const create = Document.prototype.createElement;
  let count = 0;
  Document.prototype.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
    if (name === 'template') count++;
    return create.call(this, name, options);
  };
  try {
    work();
  } finally {
    Document.prototype.createElement = create;
  }
  return count;
}

// Each template literal below is new to Lit (its strings are its own): never rendered before.
const badge = (text: string) => html`<span class="badge">${text}</span>`;
const item = (name: string, badges: string[]) => html`<li><b title=${name}>${name}</b> ${badges.map(badge)}</li>`;

describe('templates prepared ahead', () => {
  it('finds the templates of parts not prepared yet, nested ones too, each once', () => {
    const parts = [item('a', ['x', 'y']), item('b', ['z'])];
    expect([...unprepared(parts).values()].map((t) => t.strings)).to.deep.equal([
      item('', []).strings,
      badge('').strings,
    ]);
  });

  it('showing parts whose templates were prepared parses no template, and shows their values', () => {
    const parts = [html`<p class=${'c'}>${'one'} ${html`<em>${'two'}</em>`}</p>`];
    for (const template of unprepared(parts).values()) prepare(template);
    expect(unprepared(parts).size, 'none left to prepare').to.equal(0);
    const where = document.createElement('div');
    expect(
      parsed(() => render(parts, where)),
      'templates parsed when shown',
    ).to.equal(0);
    expect(where.querySelector('p.c')?.textContent).to.equal('one two');
  });
});
