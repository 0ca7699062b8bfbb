import { html, nothing, type TemplateResult } from 'lit';

/** Where links to sources and official sites open: the `link-target` attribute. */
export const LINK_TARGETS = ['_self', '_blank'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** Each URL checked so far and its answer ('' for none): every render links the same sources again. */
const checked = new Map<string, string>();
/** URLs from `src` data are any a page gives: the answers are forgotten when there are this many. */
export const CHECKED_KEPT = 1000;

/**
 * The URL if it is an absolute https URL, else undefined. Links built from data never carry
 * `javascript:`, `data:` or plain http targets, whatever the data says.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let href = checked.get(url);
  if (href === undefined) {
    if (checked.size >= CHECKED_KEPT) checked.clear();
    checked.set(url, (href = httpsHref(url)));
  }
  return href || undefined;
}

function httpsHref(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/**
 * A link to another site (`part="link"`). In a new tab it carries `rel="noopener"`, so the other
 * site cannot script the host page through `window.opener`.
 */
export function externalLink(href: string, content: unknown, target: LinkTarget): TemplateResult {
  const blank = target === '_blank';
  return html`<a part="link" href=${href} target=${blank ? '_blank' : nothing} rel=${blank ? 'noopener' : nothing}
    >${content}</a
  >`;
}
