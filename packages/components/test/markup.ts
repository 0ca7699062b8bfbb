// Lit templates rendered to HTML in Node (with Lit's server renderer), for the tests of helpers
// that return markup: the attributes of the tags they render, and their text.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';

/** The HTML of `template`, without Lit's hydration comments. */
export const markup = (template: unknown): string =>
  collectResultSync(render(template)).replace(/<!--[\s\S]*?-->/g, '');

/** The attributes of each `<tag …>` in `html`, in order (a valueless attribute is ''). */
export function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, decode(value ?? '')]),
    ),
  );
}

/** The text of `html`: tags removed, entities decoded, whitespace collapsed. */
export const textOf = (html: string): string =>
  decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

const decode = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!,
  );
