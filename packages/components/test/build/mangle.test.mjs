// rollup.mangle.mjs: which member names the browser builds may shorten. A wrong choice breaks an
// element only in the built files (a public property or attribute renamed, a Lit hook no longer
// called, a state key apart from its property), so the choice is tested here; the pages suite
// (test/pages) runs the built files. `node --test test/build/` in packages/components.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { privateNames, renamed } from '../../rollup.mangle.mjs';

const fixture = (files) => {
  const dir = mkdtempSync(join(tmpdir(), 'mangle-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};

test('only private and protected members used as `.name` are renamed', () => {
  const dir = fixture({
    'src/a.ts': `
      export class A extends LitElement {
        static properties = { chosen: { state: true }, label: {} };
        private lastArgs?: string[];
        private chosen = 'all';
        protected headingText(): string { return this.lastArgs?.join() ?? ''; }
        protected override render() { return this.headingText() + this.chosen; }
        private note = 1;
        private shared = 0;
        private quoted = 0;
        label = 'x';
        private inDetail = 0;
        send() { emit({ inDetail: this.inDetail, q: this['quoted'], n: this.note + this.shared }); }
      }
      // note: a word in a comment does not count
      export const b = { shared: 1 };`,
    'deps/lit.js': 'class ReactiveElement { render() {} update() { this.render(); } }',
    'custom-elements.json': JSON.stringify({ members: [{ name: 'label' }] }),
  });
  const { names } = privateNames({
    sources: [join(dir, 'src/a.ts')],
    bundled: [join(dir, 'deps')],
    manifest: join(dir, 'custom-elements.json'),
  });
  // chosen: a reactive state's key; render: Lit's hook; shared: an object key; quoted: in a string;
  // inDetail: an object key (an event's detail); label: public.
  assert.deepEqual(names, ['headingText', 'lastArgs', 'note']);
});

test('the members of our controllers are renamed, public ones too; those of elements stay', () => {
  const dir = fixture({
    'src/a.ts': `
      export class Loader implements ReactiveController {
        static timeoutMs = 1;
        get hasData() { return true; }
        renderStatus() { return this.hasData; }
      }
      export class Element extends LitElement {
        private loader = new Loader();
        dataFile() { return this.loader.renderStatus(); }
      }`,
    'deps/lit.js': 'class ReactiveElement {}',
    // The manifest describes every module's classes: the controller's members are not public API.
    'custom-elements.json': JSON.stringify({
      modules: [
        { declarations: [{ name: 'Loader', members: [{ name: 'hasData' }, { name: 'renderStatus' }] }] },
        { declarations: [{ name: 'Element', members: [{ name: 'dataFile' }] }] },
      ],
    }),
  });
  const { names } = privateNames({
    sources: [join(dir, 'src/a.ts')],
    bundled: [join(dir, 'deps')],
    manifest: join(dir, 'custom-elements.json'),
  });
  // dataFile: an element's public method; timeoutMs: static (a page may set it).
  assert.deepEqual(names, ['hasData', 'loader', 'renderStatus']);
});

test("the package's own sources: privates renamed, no public API nor Lit hook", () => {
  const { names } = privateNames();
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const publicNames = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    // Our controllers (classes that extend nothing) are described too, but no element hands one out.
    else if (value?.kind === 'class' && !value.superclass) return;
    else if (value && typeof value === 'object') {
      for (const key of ['name', 'fieldName']) if (typeof value[key] === 'string') publicNames.add(value[key]);
      Object.values(value).forEach(walk);
    }
  };
  walk(manifest);
  const lit = ['render', 'update', 'updated', 'willUpdate', 'firstUpdated', 'connectedCallback', 'createRenderRoot'];
  const hooks = ['getUpdateComplete', 'scheduleUpdate', 'hostConnected', 'hostUpdate', 'hostUpdated', 'styles'];
  for (const name of [...publicNames, ...lit, ...hooks, 'src', 'data', 'lang', 'loading'])
    assert.ok(!names.includes(name), `${name} is renamed`);
  for (const name of ['lastArgs', 'bundledLoad', 'englishNoted', 'renderStatus', 'uniform'])
    assert.ok(names.includes(name), `${name} is kept`);
  for (const name of ['dataFile', 'fetchTimeoutMs']) assert.ok(!names.includes(name), `${name} is renamed`);
});

test('each name gets its own short name, which no code uses', () => {
  const { cache } = renamed({ names: ['alpha', 'beta', 'gamma'], bundledText: 'x.$0; y.$2 = "$1x"' });
  assert.deepEqual(cache.props, { $alpha: '$1', $beta: '$3', $gamma: '$4' });
});
