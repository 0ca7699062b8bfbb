import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingTabindexController } from './roving-tabindex.js';

/** Three focusable items with one tab stop. */
class RovingHost extends LitElement {
  focused: number[] = [];
  readonly roving = new RovingTabindexController(this, {
    count: () => 3,
    onFocus: (index) => this.focused.push(index),
  });
  override render() {
    return html`<ul @keydown=${this.roving.onKeydown} @focusin=${this.roving.onFocusin}>
      ${[0, 1, 2].map(
        (i) =>
          html`<li
            role="img"
            aria-label=${`Item ${i}`}
            tabindex=${this.roving.tabindex(i)}
            data-roving-index=${i}
          ></li>`,
      )}
    </ul>`;
  }
}
customElements.define('test-roving-host', RovingHost);

const items = (el: RovingHost) => [...el.shadowRoot!.querySelectorAll('li')];
const active = (el: RovingHost) => items(el).indexOf(el.shadowRoot!.activeElement as HTMLLIElement);

describe('RovingTabindexController', () => {
  it('keeps one tab stop and moves it with the arrow keys, mirrored in right-to-left text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><test-roving-host></test-roving-host></div>`);
    const el = wrapper.querySelector<RovingHost>('test-roving-host')!;
    expect(items(el).map((i) => i.tabIndex)).to.deep.equal([0, -1, -1]);
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active(el), 'ArrowLeft goes forward in RTL').to.equal(1);
    expect(items(el).map((i) => i.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(0);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el), 'stays at the end').to.equal(2);
    expect(el.focused, 'each bar reached is announced once').to.deep.equal([0, 1, 0, 2]);
  });
});
