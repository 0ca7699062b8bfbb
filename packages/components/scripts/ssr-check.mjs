// Server rendering: every element renders in Node with @lit-labs/ssr to declarative shadow DOM
// (bundled data, no `src`), and hydrates in headless Chromium without a flash: the server HTML
// holds the content, the shadow root and its DOM made on the server are the ones that stay after
// hydration (nothing is re-rendered), and the element then reacts to attributes and input.
// Run after `pnpm build` (it uses dist/): `pnpm test:ssr`.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { launch, watchErrors } from './lib/chromium.mjs';
import { serve } from './lib/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ path: m.path, ...d })))
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({ tag: d.tagName, name: d.path.split('/')[1] }));
const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter(
  (d) => d.isDirectory() && existsSync(join(root, 'src', d.name, `${d.name}.ts`)),
);
if (elements.length !== folders.length)
  throw new Error(`the manifest lists ${elements.length} elements, src/ has ${folders.length}: run pnpm build`);

// Attributes for a fuller server render: the programme list with its filter controls; <eu-fact> needs a fact.
const { facts } = await import('@eu-belarus/data/facts');
const attributes = { 'eu-programme-list': 'show-filter', 'eu-fact': `name="${[...facts.keys()][0]}"` };

const fail = (message) => {
  throw new Error(message);
};
const work = mkdtempSync(join(tmpdir(), 'eu-ssr-'));
let browser;
let server;
try {
  // 1. Render on the server.
  const rendered = {};
  for (const { tag, name } of elements) {
    await import(join(root, 'dist', `${name}.js`));
    const markup = `<${tag} ${attributes[tag] ?? ''}></${tag}>`;
    const template = staticHtml`${unsafeStatic(markup)}`;
    const out = await collectResult(render(template));
    if (!out.includes('<template shadowroot="open" shadowrootmode="open">'))
      fail(`<${tag}>: no declarative shadow root in the server HTML`);
    const bare = out.replace(/<!--[\s\S]*?-->/g, '');
    if (tag !== 'eu-fact' && !/<h2 class="heading" part="heading">[^<]*[A-Za-z]/.test(bare))
      fail(`<${tag}>: the server HTML has no heading text`);
    const text = bare
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    if (text.trim().length < (tag === 'eu-fact' ? 3 : 40))
      fail(`<${tag}>: the server HTML holds almost no content: "${text}"`);
    rendered[tag] = out;
    console.log(
      `ssr-check: <${tag}> rendered on the server: ${(out.length / 1024).toFixed(1)} KiB, "${text.trim().slice(0, 70)}…"`,
    );
  }

  // 2. The client: hydrate support first, then the elements (bundled for the browser).
  writeFileSync(
    join(work, 'entry.js'),
    `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport ${JSON.stringify(join(root, 'dist/index.js'))};\n`,
  );
  await build({
    entryPoints: [join(work, 'entry.js')],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: join(work, 'client'),
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
    conditions: ['production'],
  });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
${elements.map(({ tag }) => `<section>${rendered[tag]}</section>`).join('\n')}
<script>
  // Before any element is defined: keep the server-made shadow roots and their first node.
  window.__server = new Map([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-')).map((e) => [e.localName, { root: e.shadowRoot, base: e.shadowRoot && e.shadowRoot.querySelector('[part=base]'), text: e.shadowRoot && e.shadowRoot.textContent }]));
  window.__defined = [...window.__server.keys()].filter((t) => customElements.get(t));
</script>
<script type="module" src="/client/entry.js"></script>
</body></html>`;
  server = await serve({ rootDir: work, pages: { '/': page } });
  browser = await launch();
  const tab = await browser.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.origin}/`);
  const result = await tab.evaluate(
    async ([tags, otherFact]) => {
      const report = {};
      for (const tag of tags) {
        await customElements.whenDefined(tag);
        const el = document.querySelector(tag);
        await el.updateComplete;
        const server = window.__server.get(tag);
        report[tag] = {
          hadServerRoot: !!server.root && !!server.base,
          sameRoot: el.shadowRoot === server.root,
          sameBase: el.shadowRoot.querySelector('[part=base]') === server.base,
          sameText: el.shadowRoot.textContent.replace(/\s+/g, ' ') === server.text.replace(/\s+/g, ' '),
          hydrated: el.hasUpdated === true,
        };
        // Interactive: the hydrated element follows its attributes.
        if (tag === 'eu-fact') {
          // No heading: another fact's name must change the text.
          const before = el.shadowRoot.textContent;
          el.setAttribute('name', otherFact);
          await el.updateComplete;
          report[tag].reacts = el.shadowRoot.textContent !== before;
        } else {
          el.setAttribute('heading-level', '4');
          await el.updateComplete;
          report[tag].reacts = !!el.shadowRoot.querySelector('h4[part=heading]');
        }
      }
      return { report, definedEarly: window.__defined };
    },
    [elements.map((e) => e.tag), [...facts.keys()].at(-1)],
  );
  if (result.definedEarly.length) fail(`defined before the client loaded: ${result.definedEarly}`);
  for (const [tag, r] of Object.entries(result.report)) {
    const bad = Object.entries(r)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (bad.length) fail(`<${tag}> after hydration: ${bad.join(', ')} failed (${JSON.stringify(r)})`);
    console.log(
      `ssr-check: <${tag}> hydrated in Chromium: same shadow root and DOM as the server's, reacts to heading-level`,
    );
  }
  // Interactive: the programme list's filter, made on the server, works after hydration.
  const filtered = await tab.evaluate(async () => {
    const el = document.querySelector('eu-programme-list');
    const items = () => el.shadowRoot.querySelectorAll('[part~=item]').length;
    const before = items();
    const select = el.shadowRoot.querySelector('select');
    const option = [...select.options].find((o) => o.value);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    return { before, after: items() };
  });
  if (!(filtered.before > 0 && filtered.after > 0 && filtered.after < filtered.before))
    fail(`the programme filter does not work after hydration: ${JSON.stringify(filtered)}`);
  console.log(
    `ssr-check: <eu-programme-list>'s server-rendered filter works after hydration (${filtered.before} → ${filtered.after} programmes)`,
  );
  if (errors.length) fail(`errors in the page:\n  ${errors.join('\n  ')}`);
  console.log(
    `ssr-check: OK — ${elements.length} elements rendered in Node and hydrated in Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`ssr-check: FAILED\n${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
