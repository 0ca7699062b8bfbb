/**
 * The error state's details (the reason, "Try again", the source link) load with the first error
 * (error-state-loader.ts). Before that nothing of them is loaded; if they cannot load, the error is
 * still shown, announced and reported: a reader is never left with a blank box or "Loading…".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../dialogue-list/dialogue-list.js';
import type { EuDialogueList } from '../dialogue-list/dialogue-list.js';
import { captureWarnings, nextDataError, status } from '../../test/helpers.js';
import { errorState } from './error-state-loader.js';

const failing = '/fixtures/server-error/dialogues.json';

describe('error state, loaded on demand', () => {
  it('loads its details with the first error, not before', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list loading="eager"></eu-dialogue-list>`);
    await el.updateComplete;
    expect(errorState.loaded, 'nothing of the error state loads for a page without errors').to.equal(undefined);
    const error = nextDataError(el);
    el.src = failing;
    expect(await error).to.include({ reason: 'http' });
    await el.updateComplete;
    expect(status(el).textContent).to.include('could not be reached');
    expect(el.shadowRoot!.querySelector('[part="error-actions"] button')?.textContent?.trim()).to.equal('Try again');
  });

  it('styles the reason and the actions with the sheet that loads with them', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list loading="eager"></eu-dialogue-list>`);
    const error = nextDataError(el);
    el.src = failing;
    await error;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('[role="status"] .reason').display, 'the reason on a line of its own').to.equal('block');
    expect(style('[part="error-actions"]').display).to.equal('flex');
    const retry = style('[part="error-actions"] .retry');
    expect([retry.minHeight, retry.fontWeight], 'a 44 px target, in bold').to.deep.equal(['44px', '700']);
    expect(retry.borderTopStyle, "our border, not the browser's button").to.equal('solid');
  });

  it('when its details cannot load, still shows, announces and reports the error', async () => {
    const { loaded, load } = errorState;
    errorState.loaded = undefined;
    errorState.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await fixture<EuDialogueList>(html`<eu-dialogue-list loading="eager"></eu-dialogue-list>`);
      let detail;
      const warnings = await captureWarnings(async () => {
        const error = nextDataError(el);
        el.src = failing;
        detail = await error;
        await el.updateComplete;
      });
      expect(detail, 'eu-data-error').to.include({ element: 'eu-dialogue-list', reason: 'http' });
      const region = status(el);
      expect(region.className).to.include('error');
      expect(region.textContent!.trim(), 'the error, in the live region').to.equal(
        'This information could not be shown.',
      );
      expect(getComputedStyle(region).display, 'visible').to.not.equal('none');
      expect(warnings.join(' ')).to.include("could not load the error state's details");
    } finally {
      Object.assign(errorState, { loaded, load });
    }
  });
});
