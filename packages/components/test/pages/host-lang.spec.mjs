// A host page whose language is set on a wrapper, not on <html> or the element.
import { expect, test } from './fixtures.mjs';

test('lang on a wrapper: the element follows the nearest lang, through shadow hosts, and its changes', async ({
  host,
}) => {
  await host.open(
    `<div id="wrapper" lang="ru"><section><eu-programme-list id="wrapped"></eu-programme-list></section></div>
    <div lang="ru"><section lang="pl"><eu-dialogue-list id="nested"></eu-dialogue-list></section></div>
    <eu-programme-list id="reference" lang="ru"></eu-programme-list>
    <div id="shadow-host" lang="be"></div>`,
    { lang: '' },
  );
  const { page } = host;
  const langOf = (id) =>
    page.evaluate((id) => {
      const el = document.getElementById(id) ?? document.getElementById('shadow-host').shadowRoot.getElementById(id);
      return {
        lang: el.shadowRoot.querySelector('.root').getAttribute('lang'),
        heading: el.shadowRoot.querySelector('[part~=heading]').textContent.trim(),
      };
    }, id);
  const wrapped = await langOf('wrapped');
  expect(wrapped.lang, 'follows <div lang="ru">').toBe('ru');
  expect(wrapped.heading, 'same heading as lang="ru" on the element').toBe((await langOf('reference')).heading);
  expect((await langOf('nested')).lang, 'the nearest lang wins').toBe('pl');
  // Inside another component's shadow root: the shadow host's lang counts.
  await page.evaluate(async () => {
    const shadowHost = document.getElementById('shadow-host');
    shadowHost.attachShadow({ mode: 'open' }).innerHTML = '<eu-trade-summary id="in-shadow"></eu-trade-summary>';
    await shadowHost.shadowRoot.getElementById('in-shadow').updateComplete;
  });
  expect((await langOf('in-shadow')).lang, 'follows the shadow host').toBe('be');
  // The wrapper changes language: the element follows.
  const settle = () =>
    page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 50));
      await window.__eu.ready();
    });
  await page.evaluate(() => (document.getElementById('wrapper').lang = 'be'));
  await settle();
  expect((await langOf('wrapped')).lang, 'follows a change of the wrapper lang').toBe('be');
  await page.evaluate(() => document.getElementById('wrapper').removeAttribute('lang'));
  await settle();
  expect((await langOf('wrapped')).lang, 'without any lang the element still has a locale').toMatch(/^[a-z]{2}$/);
  await host.expectHealthy();
});
