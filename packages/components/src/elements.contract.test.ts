/**
 * The behaviour every `eu-` element shares, run over each element of the table below (as
 * Shoelace's `runFormControlBaseTests` is run per element, but from one place): the common
 * attributes (theme, heading-level, compact, plain, link-target) and the normalisation of every
 * enumerated attribute, data from `src` and `.data` (shown instead of the bundled data, a
 * superseded request cancelled, a disconnected load aborted), the `eu-data-load`/`eu-data-error`
 * events and the live region, safe links, English source names marked as such, CSV cells that
 * cannot run as formulas, and the presentation every element keeps. Checked elsewhere, for every
 * element: lang (src/shared/locale*.test.ts, test/pages/host-lang.spec.mjs), every way a `src`
 * fails (test/pages/input-src.spec.mjs), hostile `.data` (input-data.spec.mjs), bad attribute
 * values (input-attributes.spec.mjs), axe on every story in light/en, dark/de and light/be, <eu-fact>'s
 * open source note included (the story tests, packages/docs/vitest.config.ts).
 */
import type { Topic } from '@eu-belarus/data/schema';
import { sources } from '@eu-belarus/data/sources';
import { expect, fixture, fixtureSync, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { EuDataLoadDetail } from './shared/events.js';
import { UNSAFE_URLS, changeBundled } from '../test/bundled-data.js';
import './index.js';
import { sourceTitle } from './shared/source-meta.js';
import {
  captureWarnings,
  markNumbers,
  eventually,
  heldSrc,
  nextDataError,
  parseCsv,
  releaseRequest,
  requestArrived,
  requestState,
  shadowText,
  status,
} from '../test/helpers.js';

/** What the fixture server writes before every text of /fixtures/valid and /fixtures/slow (test/fixture-server.mjs). */
const MARK = 'FIXTURE';

interface ElementConfig {
  /** The tag, e.g. `eu-programme-list`. */
  tag: string;
  /** The data topic its `src` and `.data` hold (`/fixtures/<kind>/<topic>.json`). */
  topic: Topic;
  /** Attributes every fixture needs, e.g. `{ name: 'trade.goods.2017.euExports' }` for `<eu-fact>`. */
  attributes?: Record<string, string>;
  /** An inline element in running text (no box, heading or visible status): `<eu-fact>`. */
  inline?: boolean;
  /** The element's own enumerated attributes: allowed values, the first being the default. */
  enums?: Record<string, EnumAttribute>;
  /** Shows what is behind a disclosure (e.g. `<eu-fact>`'s source note) before links are looked for. */
  reveal?: (el: SuiteElement) => Promise<void>;
  /** The element offers "Download the data" (CSV and JSON) for what it shows. */
  downloads?: boolean;
}

type SuiteElement = LitElement & Record<string, unknown>;

type EnumAttribute = { property: string; values: readonly string[]; reflect?: boolean };

const COMMON_ENUMS: Record<string, EnumAttribute> = {
  theme: { property: 'theme', values: ['light', 'dark', 'auto'], reflect: true },
  'link-target': { property: 'linkTarget', values: ['_self', '_blank'] },
};

/** The first characters that make a spreadsheet read a cell as a formula (or hide it: tab, CR). */
const FORMULA_LEADS = { '=': '=', '+': '+', '-': '-', '@': '@', 'a tab': '\t', 'a carriage return': '\r' };

/** `dark` → ` DaRK\t`: the same value as a person or a CMS might write it. */
const messy = (value: string) => ` ${[...value].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')}\t`;
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;

/** Every element, with what the shared tests need to know of it. */
const ELEMENTS: ElementConfig[] = [
  { tag: 'eu-assistance-summary', topic: 'assistance', downloads: true },
  { tag: 'eu-dialogue-list', topic: 'dialogues' },
  {
    tag: 'eu-fact',
    topic: 'trade',
    attributes: { name: 'trade.goods.2017.euExports' },
    inline: true,
    reveal: async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="source-button"]')?.click();
      await el.updateComplete;
    },
  },
  {
    tag: 'eu-programme-list',
    topic: 'programmes',
    enums: {
      layout: { property: 'layout', values: ['list', 'cards'], reflect: true },
      sort: { property: 'sort', values: ['default', 'name', 'start'] },
    },
  },
  { tag: 'eu-relations-overview', topic: 'overview', downloads: true },
  {
    tag: 'eu-relations-timeline',
    topic: 'timeline',
    downloads: true,
    enums: { order: { property: 'order', values: ['asc', 'desc'], reflect: true } },
  },
  {
    tag: 'eu-restrictive-measures',
    topic: 'restrictive-measures',
    enums: { view: { property: 'view', values: ['chart', 'table'] } },
  },
  {
    tag: 'eu-trade-summary',
    topic: 'trade',
    downloads: true,
    enums: { view: { property: 'view', values: ['chart', 'table'] } },
  },
];

it('the shared tests cover every element the package defines', async () => {
  const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  expect(ELEMENTS.map((e) => e.tag)).to.have.members(tags);
});

for (const config of ELEMENTS) sharedBehaviour(config);

function sharedBehaviour(config: ElementConfig): void {
  const { tag, topic, inline = false } = config;

  /** The element, not yet in the document, with the attributes every fixture needs and `attributes`. */
  function create(attributes: Record<string, string> = {}): SuiteElement {
    const el = document.createElement(tag) as SuiteElement;
    for (const [name, value] of Object.entries({ ...config.attributes, ...attributes })) el.setAttribute(name, value);
    return el;
  }

  /**
   * Runs `steps` with the element's own fetch timeout at 60 s, not 10 s: on a busy machine a held
   * request would otherwise be cancelled by that timeout, passing for the cancellation the test expects.
   */
  async function withLongFetchTimeout(steps: () => Promise<void>): Promise<void> {
    const kind = customElements.get(tag) as unknown as { fetchTimeoutMs: number };
    const before = kind.fetchTimeoutMs;
    kind.fetchTimeoutMs = 60_000;
    try {
      await steps();
    } finally {
      kind.fetchTimeoutMs = before;
    }
  }

  /** The element in the document (inside a paragraph when inline), rendered. */
  async function make(attributes: Record<string, string> = {}, wrapper?: HTMLElement): Promise<SuiteElement> {
    const el = create(attributes);
    const host = wrapper ?? (inline ? document.createElement('p') : el);
    if (host !== el) host.append('Text before ', el, ' and after.');
    await fixture(host);
    await el.updateComplete;
    return el;
  }

  const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"].heading');

  describe(`<${tag}>: shared behaviour`, () => {
    describe('attributes', () => {
      // Its values, their normalising and reflection: the enumerated attributes' test below.
      it('theme: the dark and light colours follow the attribute as written', async () => {
        const el = await make({ theme: messy('dark') });
        const background = () => getComputedStyle(el).getPropertyValue('--_background').trim();
        expect(background()).to.equal('#171a22');
        el.setAttribute('theme', ' LIGHT ');
        await el.updateComplete;
        expect(background()).to.equal('#ffffff');
      });

      it('heading-level: 2–6, padded or not; a bad value warns once and falls back to 2', async () => {
        const el = await make({ 'heading-level': ' 4 ' });
        expect(el.headingLevel).to.equal(4);
        if (!inline) expect(heading(el)?.localName).to.equal('h4');
        const warnings = await captureWarnings(async () => {
          el.setAttribute('heading-level', '9');
          await el.updateComplete;
          el.setAttribute('heading-level', 'three');
          await el.updateComplete;
        });
        expect(el.headingLevel).to.equal(2);
        if (!inline) expect(heading(el)?.localName).to.equal('h2');
        expect(warnings.filter((w) => w.startsWith(`<${tag}> heading-level:`))).to.have.length(1);
      });

      it(inline ? 'compact: keeps the host text size' : 'compact: tighter spacing and smaller type', async () => {
        const el = await make();
        const before = getComputedStyle(root(el));
        const [size, padding] = [parseFloat(before.fontSize), parseFloat(before.paddingTop)];
        el.compact = true;
        await el.updateComplete;
        expect(el.hasAttribute('compact')).to.equal(true);
        const after = getComputedStyle(root(el));
        if (inline) expect(parseFloat(after.fontSize)).to.equal(size);
        else {
          expect(parseFloat(after.fontSize)).to.be.below(size);
          expect(parseFloat(after.paddingTop)).to.be.below(padding);
        }
      });

      it('plain: no heading; short source lines, linked, and each number in its block line', async () => {
        const el = await make({ plain: '' });
        expect(heading(el)).to.equal(null);
        expect(shadowText(el)).not.to.equal('');
        const lines = [...el.shadowRoot!.querySelectorAll('[part="sources"]')];
        for (const line of lines)
          expect(line.textContent, 'dates without "published"/"read"').not.to.match(/\b(published|read) \d/);
        if (lines.length)
          expect(
            lines.some((l) => l.querySelector('a[part~="link"][href^="https:"]')),
            'sources linked (where they have a page)',
          ).to.be.true;
        // A number (where a block's sources differ) is always in a source line of the element.
        const numbers = new Set(lines.flatMap((l) => [...l.querySelectorAll('.number')].map((n) => n.textContent)));
        for (const mark of el.shadowRoot!.querySelectorAll('.mark [aria-hidden]'))
          for (const n of markNumbers(mark.textContent!)) expect(numbers).to.include(`[${n}]`);
      });

      it('link-target: links open in a new tab with rel="noopener" only when asked', async () => {
        const links = async (el: SuiteElement) => {
          await config.reveal?.(el);
          const found = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
          expect(found, 'links to sources or sites').not.to.be.empty;
          return found;
        };
        for (const a of await links(await make())) {
          expect(a.hasAttribute('target')).to.equal(false);
          expect(a.hasAttribute('rel')).to.equal(false);
        }
        for (const a of await links(await make({ 'link-target': ' _BLANK ' }))) {
          expect(a.target).to.equal('_blank');
          expect(a.rel).to.equal('noopener');
        }
      });

      const enums = { ...COMMON_ENUMS, ...config.enums };
      for (const [attribute, { property, values, reflect }] of Object.entries(enums))
        it(`${attribute}: ${values.join(', ')} in any case and padding; anything else warns once and gives ${values[0]}`, async () => {
          const el = await make();
          expect(el[property], 'default').to.equal(values[0]);
          for (const value of values) {
            el.setAttribute(attribute, messy(value));
            await el.updateComplete;
            expect(el[property]).to.equal(value);
            if (reflect) expect(el.getAttribute(attribute)).to.equal(value);
          }
          const warnings = await captureWarnings(async () => {
            el.setAttribute(attribute, 'banana');
            await el.updateComplete;
            el[property] = 42;
            await el.updateComplete;
          });
          expect(el[property]).to.equal(values[0]);
          if (reflect) expect(el.getAttribute(attribute)).to.equal(values[0]);
          expect(warnings.filter((w) => w.startsWith(`<${tag}> ${attribute}:`))).to.have.length(1);
        });
    });

    describe('data', () => {
      it('src and .data: shown instead of the bundled data, announced by eu-data-load; invalid .data reported; removing them restores it', async () => {
        const el = await make();
        const bundledText = shadowText(el);
        const src = `/fixtures/valid/${topic}.json`;
        // The fixture's texts carry MARK and its amounts are 1,000 larger: the bundled data would show neither.
        const expectShown = (from: string) => {
          expect(shadowText(el) === bundledText, `the text is that of the bundled data, not ${from}`).to.equal(false);
          if (!inline) expect(shadowText(el).includes(MARK), `the marked texts from ${from} (${MARK})`).to.equal(true);
        };
        const load = () => oneEvent(el, 'eu-data-load') as Promise<CustomEvent<EuDataLoadDetail>>;
        let loaded = load();
        el.src = src;
        expect((await loaded).detail).to.deep.equal({ element: tag, origin: 'src', src });
        await el.updateComplete;
        expectShown('src');
        expect(el.getAttribute('src'), 'reflected').to.equal(src);
        el.removeAttribute('src');
        await el.updateComplete;
        expect(shadowText(el) === bundledText, 'without src, the bundled data again').to.equal(true);
        // The package's JSON files hold the dataset under `data`.
        loaded = load();
        el.data = (await (await fetch(src)).json()).data;
        expect((await loaded).detail).to.deep.equal({ element: tag, origin: 'property' });
        await el.updateComplete;
        expectShown('.data');
        const error = nextDataError(el);
        el.data = { not: 'the schema' };
        expect(await error).to.include({ element: tag, reason: 'schema' });
        el.data = undefined;
        await el.updateComplete;
        expect(shadowText(el) === bundledText, 'without .data, the bundled data again').to.equal(true);
      });

      it('src: a newer src cancels the pending request; the slower, older response is never shown', () =>
        withLongFetchTimeout(async () => {
          const events: string[] = [];
          const el = create();
          el.addEventListener('eu-data-load', (e) => events.push(`load ${e.detail.src}`));
          el.addEventListener('eu-data-error', (e) => events.push(`error ${e.detail.reason}`));
          // The old response differs from the new one: other marks, other amounts. The server holds it
          // (never released): still pending when the newer src comes, however busy the machine.
          const run = `stale-${tag}-${Math.random()}`;
          el.src = heldSrc(topic, run, '&mark=STALE&add=2000');
          fixtureSync(el);
          await requestArrived(run);
          await eventually(() => el.shadowRoot?.querySelector('.busy, .status.loading'), 'loading state');
          el.src = `/fixtures/valid/${topic}.json`;
          await el.updateComplete;
          const shown = shadowText(el);
          if (!inline) expect(shown.includes(MARK), `the newer data (${MARK})`).to.equal(true);
          // Cancelled, so the old response can never arrive: no need to wait until it was due.
          expect(await requestState(run), 'the superseded request was cancelled, not left to download').to.equal(
            'aborted',
          );
          expect(events).to.deep.equal([`load /fixtures/valid/${topic}.json`]);
          expect(el.shadowRoot!.querySelector('.busy, .status.loading')).to.equal(null);
          expect(shadowText(el) === shown, 'still the newer data').to.equal(true);
          expect(shadowText(el).includes('STALE'), 'the old data (STALE) is shown').to.equal(false);
        }));

      it('src: disconnecting aborts the load; reconnecting starts it again', () =>
        withLongFetchTimeout(async () => {
          const el = create();
          // A fresh URL each time (a response the browser kept would arrive before the element is removed),
          // held by the server: the load is still under way when the element is removed, however busy the machine.
          const run = `disconnect-${tag}-${Math.random()}`;
          el.src = heldSrc(topic, run);
          const events: string[] = [];
          el.addEventListener('eu-data-load', () => events.push('load'));
          el.addEventListener('eu-data-error', (e) => events.push(`error ${e.detail.reason}`));
          document.body.append(el);
          // Removed once the first render shows the load under way (it comes in a task of its own) and the
          // server has the request.
          await eventually(() => el.shadowRoot?.querySelector('.busy, .status.loading'), 'loading state');
          await requestArrived(run);
          el.remove();
          expect(await requestState(run), 'the request was cancelled on removal').to.equal('aborted');
          expect(events, 'nothing while disconnected').to.deep.equal([]);
          // From now on the server answers this src at once: reconnected, the element must ask again.
          await releaseRequest(run);
          document.body.append(el);
          await el.updateComplete;
          expect(events).to.deep.equal(['load']);
          el.remove();
        }));
    });

    describe('output built from the data', () => {
      it('renders no link that is not https, whatever the bundled data says', async () => {
        // Every url of the bundled data (the sources it cites, and the element's own topic) made unsafe.
        let i = 0;
        const changed = await changeBundled(['sources', topic], (o) =>
          typeof o['url'] === 'string' ? { url: UNSAFE_URLS[i++ % UNSAFE_URLS.length] } : undefined,
        );
        expect(changed, 'urls made unsafe').to.be.above(0);
        const el = await make();
        await config.reveal?.(el);
        const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
        expect(
          hrefs.filter((href) => !/^(https:\/\/|#)/.test(href)),
          'links not https',
        ).to.deep.equal([]);
      });

      it('source publishers and titles are marked lang="en" in a page of another language', async () => {
        const el = await make({ lang: 'de' });
        await config.reveal?.(el);
        const english = new Set(sources.flatMap((s) => [s.publisher, sourceTitle(s)]));
        const containers = [...el.shadowRoot!.querySelectorAll('[part~="sources"], [part~="note"]')];
        const found: Text[] = [];
        for (const container of containers) {
          const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (english.has(node.textContent!.trim())) found.push(node as Text);
        }
        expect(found.length, 'source publishers or titles shown').to.be.above(0);
        for (const node of found)
          expect(node.parentElement!.closest('[lang]')!.getAttribute('lang'), node.textContent!).to.equal('en');
      });

      if (config.downloads)
        for (const [name, lead] of Object.entries(FORMULA_LEADS))
          it(`the CSV download neutralises cells that start with ${name}`, async () => {
            // Every English text of the bundled data, and every source's publisher and title, starts
            // with it (the schema would trim a tab or CR from `.data`, and sources come from the bundle).
            await changeBundled([topic, 'sources'], (o) =>
              typeof o['en'] === 'string'
                ? { en: `${lead}${o['en']}` }
                : typeof o['publisher'] === 'string'
                  ? { publisher: `${lead}${o['publisher']}`, title: `${lead}${String(o['title'])}` }
                  : undefined,
            );
            const el = await make();
            const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[download][data-format="csv"]');
            expect(link, 'the CSV link').to.exist;
            link!.addEventListener('click', (e) => e.preventDefault(), { once: true });
            link!.click();
            const cells = parseCsv((await (await fetch(link!.href)).text()).replace(/^\ufeff/, '')).flat();
            expect(
              cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
              'cells a spreadsheet would run',
            ).to.deep.equal([]);
            expect(
              cells.filter((c) => c.startsWith(`'${lead}`)).length,
              'cells from the data, neutralised',
            ).to.be.above(0);
          });
    });

    if (!inline)
      describe('presentation', () => {
        /** The element alone in a column `width` px wide, with `attributes`. */
        async function inColumn(width: number, attributes: Record<string, string> = {}): Promise<SuiteElement> {
          const column = document.createElement('div');
          column.style.width = `${width}px`;
          const el = create(attributes);
          column.append(el);
          await fixture(column);
          await el.updateComplete;
          return el;
        }

        it('error: says what happened in plain words, offers "Try again" and links the source page', async () => {
          const el = await make();
          const error = nextDataError(el);
          el.src = `/fixtures/server-error/${topic}.json`;
          await error;
          await el.updateComplete;
          expect(status(el).textContent).to.include('could not be reached');
          const actions = el.shadowRoot!.querySelector('[part="error-actions"]')!;
          const page = actions.querySelector<HTMLAnchorElement>('a[part~="link"]');
          expect(page?.href, 'a link to the page the content comes from').to.match(/^https:\/\//);
          const retry = actions.querySelector<HTMLButtonElement>('button')!;
          expect(retry.textContent!.trim()).to.equal('Try again');
          const again = nextDataError(el);
          retry.click();
          expect(await again, 'loads again when asked').to.include({ reason: 'http' });
        });

        it('loading from src: keeps about the height it will have, so the page does not jump', async () => {
          const column = document.createElement('div');
          column.style.width = '700px';
          const el = document.createElement(tag) as SuiteElement;
          // Counts as bundled (add=0): the texts differ, the shape does not (+1000 would make sums disagree and add notes).
          // Held by the server until measured: a fixed delay could end before the loading state showed.
          const run = `height-${tag}-${Math.random()}`;
          el.src = heldSrc(topic, run, '&add=0');
          column.append(el);
          fixtureSync(column);
          // Until the loading state shows (its first render waits for the bundled copy's chunk, slow on a busy machine).
          await eventually(() => el.shadowRoot?.querySelector('.status.loading'), 'loading state');
          const loading = el.getBoundingClientRect().height;
          const loaded = oneEvent(el, 'eu-data-load');
          await releaseRequest(run);
          await loaded;
          await el.updateComplete;
          const height = el.getBoundingClientRect().height;
          expect(Math.abs(loading - height) / height, `${loading} px while loading, ${height} px loaded`).to.be.below(
            0.1,
          );
        });

        it('narrow: no card frame under 400 px (the host frames it); a frame and a bottom margin otherwise', async () => {
          const narrow = await inColumn(360);
          const frame = (el: SuiteElement) => getComputedStyle(root(el));
          expect(frame(narrow).borderTopWidth).to.equal('0px');
          expect(frame(narrow).paddingLeft).to.equal('0px');
          const wide = await inColumn(700);
          expect(frame(wide).borderTopWidth).to.equal('1px');
          expect(parseFloat(frame(wide).paddingLeft)).to.be.above(0);
          expect(parseFloat(getComputedStyle(wide).marginBottom), 'a margin before the next element').to.be.at.least(
            16,
          );
        });

        it('compact: at most 60 % of the default height in a 360 px column', async () => {
          const full = (await inColumn(360)).getBoundingClientRect().height;
          const compact = (await inColumn(360, { compact: '' })).getBoundingClientRect().height;
          expect(compact / full, `${compact} px of ${full} px`).to.be.at.most(0.6);
        });

        it('type scale: heading > section heading > lede > body, default and compact', async () => {
          for (const attributes of [{}, { compact: '' }] as Record<string, string>[]) {
            const el = await inColumn(700, attributes);
            const size = (selector: string) => {
              const node = el.shadowRoot!.querySelector(selector);
              return node ? parseFloat(getComputedStyle(node).fontSize) : undefined;
            };
            const body = parseFloat(getComputedStyle(root(el)).fontSize);
            const [heading, section, lede] = [size('.heading'), size('.subheading'), size('.lead')];
            const label = JSON.stringify(attributes);
            expect(heading, `${label}: the heading`).to.be.at.least(body * 1.25);
            if (section) expect(section, `${label}: a section heading`).to.be.below(heading!).and.at.least(body);
            if (lede)
              expect(lede, `${label}: the lede`)
                .to.be.below(section ?? heading!)
                .and.at.least(body);
            if (lede) expect(heading! / lede, `${label}: heading clearly larger than the lede`).to.be.at.least(1.2);
          }
        });

        it('focus targets: every control and link is at least 24 × 24 px', async () => {
          for (const width of [320, 1000]) {
            const el = await inColumn(width);
            const small = [
              ...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, select, summary, [tabindex="0"]'),
            ]
              .filter((t) => t.getClientRects().length)
              .map((t) => [t, t.getBoundingClientRect()] as const)
              .filter(([, r]) => r.width < 24 || r.height < 23.5)
              .map(
                ([t, r]) =>
                  `${t.localName}.${t.className} "${t.textContent!.trim().slice(0, 20)}" ${r.width}×${r.height}`,
              );
            expect(small, `at ${width} px`).to.deep.equal([]);
          }
        });
      });
  });
}
