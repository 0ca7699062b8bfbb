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
