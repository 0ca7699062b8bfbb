import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Closed disclosures (`<details>`) print open: their content is what a reader of paper needs.
 * Those opened for printing close again after it. For elements that render `<details>`.
 */
export class PrintController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.open);
    addEventListener('afterprint', this.close);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.open);
    removeEventListener('afterprint', this.close);
  }

  private readonly open = (): void => {
    for (const details of this.host.shadowRoot?.querySelectorAll('details:not([open])') ?? []) {
      details.setAttribute('open', '');
      details.setAttribute('data-print-open', '');
    }
  };

  private readonly close = (): void => {
    for (const details of this.host.shadowRoot?.querySelectorAll('details[data-print-open]') ?? []) {
      details.removeAttribute('open');
      details.removeAttribute('data-print-open');
    }
  };
}
