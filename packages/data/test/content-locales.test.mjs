// A topic subpath ships English text; other languages load on demand. This file never imports
// the root entry (which fills every language), and node --test runs each file in its own process.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { contentLocales, isContentLocaleLoaded, loadContentLocale } from '../dist/content-locales.js';
import { programmes } from '../dist/topics/programmes.js';
import { text } from '../dist/text.js';

const json = (topic) => JSON.parse(readFileSync(new URL(`../dist/json/${topic}.json`, import.meta.url), 'utf8'));

describe('content locales', () => {
  test('every topic but sources has be and ru text to load', () => {
    for (const topic of ['overview', 'dialogues', 'assistance', 'programmes', 'trade', 'timeline'])
      assert.deepEqual(contentLocales[topic], ['be', 'ru'], topic);
    assert.deepEqual(contentLocales.sources, []);
  });

  test('a subpath holds English only until a language is loaded, then equals the full content', async () => {
    assert.equal(programmes[0].name.be, undefined);
    assert.equal(isContentLocaleLoaded('programmes', 'be'), false);
    assert.equal(isContentLocaleLoaded('programmes', 'en'), true);
    assert.equal(text(programmes[1].name, 'be').fallback, true);

    await Promise.all([loadContentLocale('programmes', 'be'), loadContentLocale('programmes', 'be')]);
    assert.equal(isContentLocaleLoaded('programmes', 'be'), true);
    assert.deepEqual(text(programmes[1].name, 'be'), { text: 'Гарызонт 2020', locale: 'be', fallback: false });
    assert.equal(programmes[1].name.ru, undefined, 'ru is not loaded with be');

    await loadContentLocale('programmes', 'ru');
    assert.deepEqual(JSON.parse(JSON.stringify(programmes)), json('programmes'));
  });

  test('every topic, once its languages are loaded, equals its JSON (all languages)', async () => {
    for (const topic of ['overview', 'dialogues', 'assistance', 'trade', 'timeline', 'sources']) {
      const module = await import(`../dist/topics/${topic}.js`);
      for (const locale of contentLocales[topic]) await loadContentLocale(topic, locale);
      assert.deepEqual(JSON.parse(JSON.stringify(module[topic])), json(topic), topic);
    }
  });

  test('an unknown topic or locale loads nothing and does not fail', async () => {
    await loadContentLocale('programmes', 'de');
    await loadContentLocale('nope', 'be');
    assert.equal(isContentLocaleLoaded('programmes', 'de'), true);
  });
});
