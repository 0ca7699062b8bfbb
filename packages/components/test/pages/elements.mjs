// The elements under test and their attributes, read from the Custom Elements Manifest (written
// by `cem analyze` in the build), so a new element or attribute is tested without editing a list.
import { facts } from '@eu-belarus/data/facts';
import { existsSync, readFileSync } from 'node:fs';

const manifestUrl = new URL('../../custom-elements.json', import.meta.url);
if (!existsSync(manifestUrl))
  throw new Error('custom-elements.json is missing: run `pnpm --filter @eu-belarus/components build` first');
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));

/** Attribute values for a fuller render than the defaults; boolean attributes of an element's own are set too. */
const EXTRA = {
  'eu-trade-summary': 'view="table"',
  'eu-fact': `name="${[...facts.keys()][0]}"`,
};

export const ELEMENTS = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((d) => ({ module, d })))
  .filter(({ d }) => d.customElement && d.tagName)
  .map(({ module, d }) => {
    const attributes = d.attributes ?? [];
    const flags = attributes.filter((a) => !a.inheritedFrom && a.type?.text === 'boolean').map((a) => a.name);
    return {
      tag: d.tagName,
      /** The module a bundler imports, served with its bare imports resolved. */
      module: `/packages/components/${module.path.replace(/^src\/(?:[^/]+\/)*([^/]+)\.ts$/, 'dist/$1.js')}`,
      attributes: attributes.map((a) => ({ name: a.name, property: a.fieldName ?? a.name })),
      markup: [...flags, EXTRA[d.tagName] ?? ''].join(' ').trim(),
    };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

if (!ELEMENTS.length) throw new Error('custom-elements.json lists no custom element');

export const EMBED = '/packages/components/dist/embed/';
