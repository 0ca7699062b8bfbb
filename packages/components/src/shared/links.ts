import { html, nothing, type TemplateResult } from 'lit';

/** Where links to sources and official sites open: the `link-target` attribute. */
export const LINK_TARGETS = ['_self', '_blank'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/**
 * The URL if it is an absolute https URL, else undefined. Links built from data never carry
 * `javascript:`, `data:` or plain http targets, whatever the data says.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
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
