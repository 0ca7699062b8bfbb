import type { TimelineEvent } from '@eu-belarus/data/timeline';
import { TIMELINE_CATEGORIES, timeline } from '@eu-belarus/data/timeline';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/relations-timeline/relations-timeline.js';
import { listControl } from '../support/controls.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-relations-timeline>`, after the pattern of the programme list's stories. Args are
 * attributes named as in the markup; values come from the data package, never typed in by hand.
 */
const meta = {
  title: 'Elements/Relations timeline',
  component: 'eu-relations-timeline',
  tags: ['autodocs'],
  argTypes: { category: listControl(TIMELINE_CATEGORIES) },
  parameters: {
    docs: {
      subtitle: '<eu-relations-timeline>',
      description: {
        component:
          'The dated events of EU–Belarus relations as a list, each dated at the precision its source gives, with a category and sources. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const years = [...new Set(timeline.map((e) => e.date.slice(0, 4)))];
/** The year with the most events, for the period filter. */
const busiestYear = years.reduce((best, y) =>
  timeline.filter((e) => e.date.startsWith(y)).length > timeline.filter((e) => e.date.startsWith(best)).length
    ? y
    : best,
);
const [firstCategory, secondCategory] = [...new Set(timeline.map((e) => e.category))];
/** A year between the first and the last event with no event in it: the empty state. */
const first = Number(years[0]);
const last = Number(years[years.length - 1]);
const quietYear = Array.from({ length: last - first + 1 }, (_, i) => String(first + i)).find((y) => !years.includes(y));

export const Default: Story = {};

export const OneYear: Story = {
  name: 'Filter: one year',
  args: { from: busiestYear, to: busiestYear },
};

export const From: Story = {
  name: 'Filter: from a date',
  args: { from: timeline[Math.floor(timeline.length / 2)]!.date },
};

export const To: Story = {
  name: 'Filter: up to a date',
  args: { to: timeline[Math.floor(timeline.length / 2)]!.date },
};

export const OneCategory: Story = {
  name: 'Filter: one category',
  args: { category: firstCategory },
};

export const TwoCategories: Story = {
  name: 'Filter: two categories',
  args: { category: [firstCategory, secondCategory] },
};

export const NewestFirst: Story = {
  name: 'Order: newest first',
  args: { order: 'desc' },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('timeline'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('timeline'), name: 'State: loading' };

export const Empty: Story = {
  name: 'State: empty',
  args: quietYear ? { from: quietYear, to: quietYear } : { from: String(last + 1) },
  parameters: {
    docs: { description: { story: 'A period with no event: the element says so instead of showing an empty box.' } },
  },
};

export const ErrorMissing: Story = {
  ...states.error('timeline'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** Every event with its title and summary three times as long: how long text wraps. */
const longEvents: TimelineEvent[] = timeline.map((e) => {
  const summary = e.summary?.en ?? e.title.en;
  return {
    ...e,
    title: { ...e.title, en: `${e.title.en} — ${summary}` },
    summary: { ...(e.summary ?? e.title), en: [summary, summary, summary].join(' ') },
  };
});

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longEvents },
  parameters: {
    docs: { description: { story: 'The real events with very long titles and summaries, set as `.data`.' } },
  },
};

export const Narrow: Story = { ...states.narrow(), name: 'In a 280 px sidebar' };
export const NarrowNewestFirst: Story = {
  ...states.narrow({ order: 'desc' }),
  name: 'In a 280 px sidebar, newest first',
};
export const Dark: Story = { ...states.dark(), name: 'Dark theme' };
