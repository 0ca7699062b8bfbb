// The embed script carries each element's class, not how it renders: each element's render code
// (`src/<element>/<element>.render.ts`) loads with its content (bundled.ts's `RenderCode`), so a
// page downloads the render code only of the elements it shows. A reader never sees the difference:
// the first render waits for it as for the content, and when it cannot load, that element (and
// only that one) shows its error state.
import { ELEMENTS, allElements, expect, test } from './fixtures.mjs';

const RENDER_CODE = /\/([\w-]+)\.render\.js$/;

/** The render chunks the page requested, by element name (`programme-list`), in order. */
function renderRequests(page) {
  const requested = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.match(RENDER_CODE)?.[1];
    if (name) requested.push(name);
  });
  return requested;
}

/** Each element's state: `stage ready` or `stage error` (`<eu-fact>`, inline, has no stage: its figure or not). */
const stages = () =>
  Object.fromEntries(
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('eu-'))
      .map((e) => [
        e.localName,
        e.shadowRoot.querySelector('.stage')?.className ??
          (e.shadowRoot.querySelector('.value') ? 'stage ready' : 'no figure'),
      ]),
  );

const nameOf = (tag) => tag.replace(/^eu-/, '');

test('a page loads the render code of the elements it shows, each once, and they render', async ({ host }) => {
  const requested = renderRequests(host.page);
  const [first, second] = ELEMENTS;
  await host.open(
    [first, second, first].map((e) => `<p>Text: <${e.tag} ${e.markup}>…</${e.tag}> and on.</p>`).join('\n'),
  );
  expect(requested.sort()).toEqual([nameOf(first.tag), nameOf(second.tag)].sort());
  expect(Object.values(await host.page.evaluate(stages))).toEqual(['stage ready', 'stage ready']);
  await host.expectHealthy();
});

test('when one element’s render code cannot load, that element shows its error state and the others render', async ({
  host,
}) => {
  const requested = renderRequests(host.page);
  const failing = ELEMENTS.find((e) => e.tag === 'eu-programme-list');
  await host.page.route(new RegExp(`/${nameOf(failing.tag)}\\.render\\.js$`), (route) => route.abort());
  await host.open(allElements());
  expect(requested.sort(), 'every element’s render code, once').toEqual(ELEMENTS.map((e) => nameOf(e.tag)).sort());
  for (const [tag, stage] of Object.entries(await host.page.evaluate(stages)))
    expect(stage, `<${tag}>`).toBe(tag === failing.tag ? 'stage error' : 'stage ready');
  await host.expectHealthy({ allowFailedLoads: true });
});
