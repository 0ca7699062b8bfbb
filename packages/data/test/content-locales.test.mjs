// A topic subpath ships English text; other languages load on demand and are registered beside the
// dataset, which stays as it is. node --test runs each file in its own process, so nothing here is
// loaded before the test loads it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { contentLocales, isContentLocaleLoaded, loadContentLocale } from '../dist/content-locales.js';
import { programmes } from '../dist/topics/programmes.js';
import { text } from '../dist/text.js';

const json = (topic) => JSON.parse(readFileSync(new URL(`../dist/json/${topic}.json`, import.meta.url), 'utf8')).data;
const isText = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.en === 'string';

/** A copy of `value` with each text's `locales` filled in through text(), as a reader sees them. */
function resolved(value, locales) {
  if (isText(value)) {
    const out = { en: value.en };
    for (const locale of locales) {
      const r = text(value, locale);
      if (!r.fallback) out[locale] = r.text;
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => resolved(v, locales));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolved(v, locales)]));
  return value;
}

describe('content locales', () => {
  test('every topic but sources has be and ru text to load', () => {
    for (const topic of ['overview', 'dialogues', 'assistance', 'programmes', 'trade', 'timeline'])
      assert.deepEqual(contentLocales[topic], ['be', 'ru'], topic);
    assert.deepEqual(contentLocales.sources, []);
    assert.deepEqual(contentLocales.quotes, []);
  });

  test('a subpath answers in English until a language is loaded, then in that language; the data stays as it is', async () => {
    const before = JSON.stringify(programmes);
    assert.equal(isContentLocaleLoaded('programmes', 'be'), false);
    assert.equal(isContentLocaleLoaded('programmes', 'en'), true);
    assert.equal(text(programmes[1].name, 'be').fallback, true);

    await Promise.all([loadContentLocale('programmes', 'be'), loadContentLocale('programmes', 'be')]);
    assert.equal(isContentLocaleLoaded('programmes', 'be'), true);
    assert.deepEqual(text(programmes[1].name, 'be'), { text: '«Гарызонт 2020»', locale: 'be', fallback: false });
    assert.equal(text(programmes[1].name, 'ru').fallback, true, 'ru is not loaded with be');
    assert.equal(JSON.stringify(programmes), before, 'loading a language does not change the dataset');

    await loadContentLocale('programmes', 'ru');
    assert.deepEqual(resolved(programmes, ['be', 'ru']), json('programmes'));
  });

  test('every topic, once its languages are loaded, reads through text() as its JSON (all languages)', async () => {
    for (const topic of ['overview', 'dialogues', 'assistance', 'trade', 'timeline', 'sources', 'quotes']) {
      const module = await import(`../dist/topics/${topic}.js`);
      for (const locale of contentLocales[topic]) await loadContentLocale(topic, locale);
      assert.deepEqual(resolved(module[topic], ['be', 'ru']), json(topic), topic);
    }
  });

  test('an unknown topic or locale loads nothing and does not fail', async () => {
    await loadContentLocale('programmes', 'de');
    await loadContentLocale('nope', 'be');
    assert.equal(isContentLocaleLoaded('programmes', 'de'), true);
  });
});
