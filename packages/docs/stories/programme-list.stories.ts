import type { Programme } from '@eu-belarus/data/programmes';
import { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES, programmes } from '@eu-belarus/data/programmes';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/programme-list/programme-list.js';
import { listControl } from '../support/controls.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-programme-list>`: the pattern for every element's stories. Args are attributes named as
 * in the markup; values come from the data package, never typed in by hand.
 */
const meta = {
  title: 'Elements/Programme list',
  component: 'eu-programme-list',
  tags: ['autodocs'],
  argTypes: { category: listControl(PROGRAMME_CATEGORIES), scope: listControl(PROGRAMME_SCOPES) },
  parameters: {
    docs: {
      subtitle: '<eu-programme-list>',
      description: {
        component:
          'The EU programmes Belarus has taken part in, each with its status and the date it was last reported, with their sources. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const [firstCategory, secondCategory] = [...new Set(programmes.map((p) => p.category))];
const scopeInUse = programmes.find((p) => p.scope !== programmes[0]?.scope)?.scope ?? PROGRAMME_SCOPES[0];
/** A category and a scope that no programme has together: the empty state. */
const unmatched = PROGRAMME_CATEGORIES.flatMap((category) =>
  PROGRAMME_SCOPES.map((scope) => ({ category, scope })),
).find(({ category, scope }) => !programmes.some((p) => p.category === category && p.scope === scope));

export const Default: Story = {};

export const OneCategory: Story = {
  name: 'Filter: one category',
  args: { category: firstCategory },
};

export const TwoCategories: Story = {
  name: 'Filter: two categories',
  args: { category: [firstCategory, secondCategory] },
};

export const Scope: Story = {
  name: 'Filter: scope',
  args: { scope: scopeInUse },
};

export const Cards: Story = {
  name: 'Layout: cards',
  args: { layout: 'cards' },
};

export const ShowFilter: Story = {
  name: 'Show: filter controls',
  args: { 'show-filter': true },
};

export const SortByName: Story = {
  name: 'Sort: by name',
  args: { sort: 'name' },
};

export const SortByStart: Story = {
  name: 'Sort: oldest first',
  args: { sort: 'start' },
};

export const Limit: Story = {
  name: 'Limit: 3',
  args: { limit: 3 },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('programmes'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('programmes'), name: 'State: loading' };

export const Empty: Story = {
  name: 'State: empty',
  args: unmatched
    ? { category: unmatched.category, scope: unmatched.scope }
    : { category: firstCategory, scope: 'none' },
  parameters: {
    docs: {
      description: { story: 'Filters that match no programme: the element says so instead of showing an empty box.' },
    },
  },
};

export const ErrorMissing: Story = {
  ...states.error('programmes'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** Every programme with its name and summary three times as long: how long text wraps. */
const longProgrammes: Programme[] = programmes.map((p) => ({
  ...p,
  name: { ...p.name, en: `${p.name.en} — ${p.summary.en}` },
  summary: { ...p.summary, en: [p.summary.en, p.summary.en, p.summary.en].join(' ') },
}));

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longProgrammes, 'show-filter': true },
  parameters: {
    docs: { description: { story: 'The real programmes with very long names and summaries, set as `.data`.' } },
  },
};

export const Narrow: Story = { ...states.narrow({ 'show-filter': true }), name: 'In a 280 px sidebar' };
export const NarrowCards: Story = { ...states.narrow({ layout: 'cards' }), name: 'In a 280 px sidebar, cards' };
export const Dark: Story = { ...states.dark({ 'show-filter': true }), name: 'Dark theme' };
export const DarkCards: Story = { ...states.dark({ layout: 'cards' }), name: 'Dark theme, cards' };
