import { expect } from '@open-wc/testing';
import { emit } from './events.js';

describe('emit', () => {
  it('dispatches a bubbling, composed event that a document listener hears through a shadow root', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    let heard: unknown;
    const listener = (e: Event) => (heard = (e as CustomEvent).detail);
    document.addEventListener('eu-data-load', listener);
    try {
      emit(inner, 'eu-data-load', { element: 'eu-x', origin: 'property' });
      expect(heard).to.deep.equal({ element: 'eu-x', origin: 'property' });
    } finally {
      document.removeEventListener('eu-data-load', listener);
      host.remove();
    }
  });

  it('checks names and details against the event map (a type error here fails `pnpm lint`)', () => {
    const target = new EventTarget();
    const heard: string[] = [];
    target.addEventListener('click', () => heard.push('click'));
    // @ts-expect-error: not one of our events
    emit(target, 'click', {});
    // @ts-expect-error: the detail of eu-data-error needs a reason and a message
    emit(target, 'eu-data-error', { element: 'eu-x' });
    expect(heard).to.deep.equal(['click']);
  });
});
