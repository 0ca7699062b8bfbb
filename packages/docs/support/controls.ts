/**
 * Storybook controls for the elements, from the Custom Elements Manifest: each attribute gets
 * the control its type asks for (a toggle, radio buttons or a select for a list of values, a
 * number field, a text field only for free text), the colour tokens get colour pickers, and
 * parts and events are documented without a control (there is nothing to set).
 *
 * Controls are written as objects (`{ type: 'boolean' }`): Storybook normalises the short form
 * (`'boolean'`) only in stories, not in what an enhancer returns, and shows no control for it.
 */
import { LOCALES } from '@eu-belarus/data/text';
import type {
  ArgsEnhancer,
  ArgTypesEnhancer,
  InputType,
  Renderer,
  StrictArgTypes,
  StrictInputType,
} from 'storybook/internal/types';
import { tokens } from './docs-data.js';

/** The argType category of CSS custom properties, as Storybook's web-components renderer names it. */
export const CSS_PROPERTIES = 'css custom properties';

/** Listed without a control, and without Storybook's "Setup controls" link (there is nothing to set). */
const NO_CONTROL = { disable: true } as const;

/** A multi-value attribute (`category="education,research"`): one checkbox per value. */
export const listControl = (options: readonly string[]): InputType => ({
  control: { type: 'inline-check' },
  options: [...options],
});

/** "'chart' | 'table'" → ['chart', 'table']; "2 | 3" → [2, 3]; anything else → undefined. */
export function literalUnion(typeText: string): (string | number)[] | undefined {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (!parts.length) return undefined;
  const values = parts.map((p) => (/^'[^']*'$/.test(p) ? p.slice(1, -1) : /^\d+$/.test(p) ? Number(p) : undefined));
  return values.every((v) => v !== undefined) ? (values as (string | number)[]) : undefined;
}

/** The control for an attribute of the given manifest type. */
export function attributeControl(name: string, typeText: string): Partial<StrictInputType> {
  if (name === 'lang') return { control: { type: 'select' }, options: ['', ...LOCALES] };
  const types = typeText.split('|').map((p) => p.trim());
  if (types.includes('boolean')) return { control: { type: 'boolean' } };
  if (types.includes('number') && types.every((t) => t === 'number' || t === 'undefined'))
    return { control: { type: 'number' } };
  const options = literalUnion(typeText);
  if (options) return { control: { type: options.length <= 5 ? 'inline-radio' : 'select' }, options };
  return { control: { type: 'text' } };
}

/** "#0e47cb" from "var(--ecl-color-primary, #0e47cb)": the value a colour picker starts from. */
const lastColour = (fallback: string): string | undefined => /#[0-9a-f]{3,8}\b(?![\s\S]*#)/i.exec(fallback)?.[0];

/** The `--eu-color-*` tokens, which every element inherits, as colour controls. */
function colourTokens(): StrictArgTypes {
  return Object.fromEntries(
    tokens
      .filter((t) => t.name.startsWith('--eu-color-'))
      .map((t) => [
        t.name,
        {
          name: t.name,
          description: 'A colour token (see the Theming guide). Set it on the element or any ancestor.',
          control: { type: 'color', presetColors: lastColour(t.fallback) ? [lastColour(t.fallback)!] : [] },
          table: { category: CSS_PROPERTIES, defaultValue: { summary: lastColour(t.fallback) ?? t.fallback } },
        },
      ]),
  );
}

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  members?: (Documented & { attribute?: string; static?: boolean })[];
  attributes?: Documented[];
  cssParts?: Documented[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * Storybook keys its rows by name, so a part named like an attribute (`status`) hides the
 * attribute. Parts are listed as `::part(name)` (how a stylesheet uses them), attributes restored.
 */
function separateParts(argTypes: StrictArgTypes, declaration: Declaration | undefined): void {
  for (const part of declaration?.cssParts ?? []) {
    if (argTypes[part.name]?.table?.category === 'css shadow parts') delete argTypes[part.name];
    const name = `::part(${part.name})`;
    argTypes[name] = { name, description: part.description, table: { category: 'css shadow parts' } };
  }
  for (const attribute of declaration?.attributes ?? [])
    if (!argTypes[attribute.name])
      argTypes[attribute.name] = {
        name: attribute.name,
        description: attribute.description,
        type: { name: attribute.type?.text ?? 'string' } as StrictInputType['type'],
        table: {
          category: 'attributes',
          type: { summary: attribute.type?.text ?? 'string' },
          defaultValue: attribute.default ? { summary: attribute.default } : undefined,
        },
      };
}

/**
 * Controls from the Custom Elements Manifest, tidied: a property that has an attribute is shown
 * once, as its attribute, with the control its type asks for; `.data` is JSON; static members,
 * parts and events are listed without a control; colour tokens get colour pickers.
 */
export const tidyArgTypes: ArgTypesEnhancer<Renderer> = (context) => {
  const argTypes: StrictArgTypes = { ...colourTokens(), ...context.argTypes };
  const manifest = (globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: Manifest })
    .__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
  const declaration = manifest?.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === context.component);
  separateParts(argTypes, declaration);
  const element = customElements.get(String(context.component)) as unknown as Record<string, unknown> | undefined;
  for (const member of declaration?.members ?? []) {
    const argType = argTypes[member.name];
    if (!argType) continue;
    if (member.attribute && member.attribute !== member.name)
      argTypes[member.name] = { ...argType, table: { disable: true }, control: NO_CONTROL };
    else if (member.static)
      // A class setting, not an attribute: listed with its real default, without a control.
      argTypes[member.name] = {
        ...argType,
        control: NO_CONTROL,
        table: {
          ...argType.table,
          category: 'static properties',
          defaultValue: { summary: String(element?.[member.name] ?? argType.table?.defaultValue?.summary ?? '') },
        },
      };
  }
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = String((argType.type as { name?: string } | undefined)?.name ?? '');
    // A story file may give an attribute a better control (a list of values): keep it.
    if (category === 'attributes' && !argType.control) argTypes[name] = { ...argType, ...attributeControl(name, type) };
    else if (category === 'properties' && !argType.table?.disable && argType.control !== false)
      argTypes[name] = { ...argType, control: { type: 'object' } };
    else if (category === CSS_PROPERTIES && !argType.control)
      argTypes[name] = { ...argType, control: { type: name.includes('color') ? 'color' : 'text' } };
    else if (category === 'events' || category === 'css shadow parts' || category === 'slots')
      argTypes[name] = { ...argType, control: NO_CONTROL };
  }
  return argTypes;
};

/**
 * Boolean attributes start as `false` rather than unset, so the Controls table shows a toggle
 * at once (not a "Set boolean" button); `false` writes no attribute, so the markup is unchanged.
 */
export const booleansOff: ArgsEnhancer<Renderer> = (context) =>
  Object.fromEntries(
    Object.entries(context.argTypes)
      .filter(([name, argType]) => argType.table?.category === 'attributes' && context.initialArgs[name] === undefined)
      .filter(([, argType]) => (argType.control as { type?: string } | undefined)?.type === 'boolean')
      .map(([name]) => [name, false]),
  );
