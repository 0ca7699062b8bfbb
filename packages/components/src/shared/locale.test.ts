import { expect, fixture, html } from '@open-wc/testing';
import '../programme-list/programme-list.js';
import type { EuProgrammeList } from '../programme-list/programme-list.js';
import { resolveLocale } from './locale.js';

/** The translation of an English UI string in a locale, read from the translators' XLIFF file. */
async function translation(locale: string, source: string): Promise<string> {
  const xml = new DOMParser().parseFromString(
    await (await fetch(`/packages/components/xliff/${locale}.xlf`)).text(),
    'application/xml',
  );
  const unit = [...xml.querySelectorAll('trans-unit')].find((u) => u.querySelector('source')?.textContent === source);
  return unit?.querySelector('target')?.textContent ?? '';
}

const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const localeRequests = (locale: string) =>
  performance.getEntriesByType('resource').filter((e) => new RegExp(`/locales/${locale}\\.`).test(e.name)).length;

describe('locale resolution', () => {
  it('follows the element, then the nearest ancestor (through shadow roots), then the document', async () => {
    const wrapper = await fixture(
      html`<div lang="fi">
        <section lang=""><span></span></section>
      </div>`,
    );
    const span = wrapper.querySelector('span')!;
    expect(resolveLocale(span)).to.equal('fi');
    span.setAttribute('lang', 'sv-FI');
    expect(resolveLocale(span)).to.equal('sv');
    const host = document.createElement('div');
    host.lang = 'el';
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    wrapper.append(host);
    expect(resolveLocale(inner)).to.equal('el');
  });

  it('uses the browser languages only when the page declares none, and English for unknown languages', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(navigator, 'languages');
    try {
      root.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP', 'pl-PL', 'en'] });
      const el = await fixture(html`<p></p>`);
      expect(resolveLocale(el)).to.equal('pl');
      root.lang = 'ja';
      expect(resolveLocale(el)).to.equal('en');
    } finally {
      if (languages) Object.defineProperty(navigator, 'languages', languages);
      else delete (navigator as { languages?: unknown }).languages;
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('re-renders when an ancestor changes its lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><eu-programme-list></eu-programme-list></div>`);
    const el = wrapper.querySelector<EuProgrammeList>('eu-programme-list')!;
    await el.updateComplete;
    wrapper.lang = 'ru';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ru');
    expect(el.shadowRoot!.textContent).to.include('высшее образование');
  });

  it('renders in the language given as a property before it connects, never in English first', async () => {
    const el = document.createElement('eu-programme-list') as EuProgrammeList;
    el.lang = 'ru';
    const headings: string[] = [];
    el.addController({ hostUpdated: () => headings.push(heading(el)) });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(headings.length).to.be.greaterThan(0);
    expect(
      headings.every((h) => /[а-я]/i.test(h)),
      headings.join(' | '),
    ).to.equal(true);
    expect(el.getAttribute('lang')).to.equal('ru');
  });
});

describe('UI strings per element', () => {
  it('renders two elements in two languages side by side, loading each locale once', async () => {
    const deBefore = localeRequests('de');
    const wrapper = await fixture(
      html`<div>
        <eu-programme-list lang="de" limit="1"></eu-programme-list>
        <eu-programme-list lang="fr" limit="1"></eu-programme-list>
        <eu-programme-list lang="de-AT" limit="1"></eu-programme-list>
        <eu-programme-list lang="en" limit="1"></eu-programme-list>
      </div>`,
    );
    const [de, fr, deAt, en] = [...wrapper.querySelectorAll<EuProgrammeList>('eu-programme-list')];
    await Promise.all([de, fr, deAt, en].map((el) => el!.updateComplete));
    const english = 'EU programmes Belarus has taken part in';
    expect(heading(en!)).to.equal(english);
    expect(heading(de!))
      .to.equal(await translation('de', english))
      .and.not.equal(english);
    expect(heading(fr!))
      .to.equal(await translation('fr', english))
      .and.not.equal(english);
    expect(heading(deAt!)).to.equal(heading(de!));
    expect(localeRequests('de') - deBefore).to.be.at.most(1);
    expect(localeRequests('en')).to.equal(0);
  });

  it('says that content is shown in English, in one render of the element, when its lists made that text', async () => {
    const note = await translation('pl', 'Some of this content is shown in English: it has not been translated yet.');
    const el = document.createElement('eu-programme-list') as EuProgrammeList;
    el.lang = 'pl';
    let renders = 0;
    el.addController({ hostUpdated: () => renders++ });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.lang-note')?.textContent?.trim()).to.equal(note);
    expect(renders).to.equal(1);
  });

  it('falls back to English content with lang="en" where the data has no translation', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list lang="pl" limit="1"></eu-programme-list>`);
    const summary = el.shadowRoot!.querySelector('.summary [lang="en"]');
    expect(summary?.textContent).to.include('higher education');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('pl');
  });
});
