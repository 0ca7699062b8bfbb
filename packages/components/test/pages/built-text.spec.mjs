// The built bundles minify the templates' static HTML: what a reader sees must survive it. A space
// that starts or ends a template part is text ("Exchange Instrument (TAIEX)", "EU-wide · 2014–2020"),
// and a minifier that collapses whitespace to nothing glues the words together.
import { programmes } from '@eu-belarus/data/programmes';
import { expect, test } from './fixtures.mjs';

test('built bundle: programme names keep the space before their acronym, and separators their spaces', async ({
  host,
}) => {
  await host.open('<eu-programme-list loading="eager"></eu-programme-list>', { lang: 'en' });
  const text = await host.page.evaluate(() =>
    document.querySelector('eu-programme-list').shadowRoot.textContent.replace(/\s+/g, ' '),
  );
  const named = programmes.filter((p) => p.acronym);
  expect(named.length, 'programmes with an acronym in the data').toBeGreaterThan(0);
  for (const p of named) expect(text, `${p.acronym}'s heading`).toContain(`${p.name.en} (${p.acronym})`);
  expect(text.match(/\S·|·\S/g), 'a "·" separator without a space on each side').toBeNull();
});

// The minifier drops the "/>" of an empty SVG element: written as "<rect />", the next shape of an
// icon became the first one's child, which SVG does not draw (the pause icon showed one bar).
test('built bundle: every status icon draws all its shapes, none inside another', async ({ host }) => {
  await host.open(
    '<eu-dialogue-list loading="eager"></eu-dialogue-list><eu-programme-list loading="eager"></eu-programme-list>',
    {
      lang: 'en',
    },
  );
  const icons = await host.page.evaluate(() =>
    [...document.querySelectorAll('eu-dialogue-list, eu-programme-list')].flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('.status-badge')].map((badge) => ({
        status: badge.dataset.status,
        shapes: [...badge.querySelector('svg').children].map((s) => s.localName),
        nested: badge.querySelectorAll('svg :is(circle, path, rect) > *').length,
      })),
    ),
  );
  expect(icons.length, 'status badges on the page').toBeGreaterThan(0);
  for (const icon of icons) expect(icon.nested, `the ${icon.status} icon: shapes inside shapes`).toBe(0);
  const pause = icons.find((i) => i.status === 'suspended');
  expect(pause?.shapes, 'the suspended icon: two bars').toEqual(['rect', 'rect']);
});
