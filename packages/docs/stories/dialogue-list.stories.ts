import type { Dialogue } from '@eu-belarus/data/dialogues';
import { DIALOGUE_KINDS, DIALOGUE_STATUSES, currentStatus, dialogues } from '@eu-belarus/data/dialogues';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/dialogue-list/dialogue-list.js';
import { listControl } from '../support/controls.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-dialogue-list>`, after the pattern of the programme list's stories. Args are attributes
 * named as in the markup; values come from the data package, never typed in by hand.
 */
const meta = {
  title: 'Elements/Dialogue list',
  component: 'eu-dialogue-list',
  tags: ['autodocs'],
  argTypes: { kind: listControl(DIALOGUE_KINDS), status: listControl(DIALOGUE_STATUSES) },
  parameters: {
    docs: {
      subtitle: '<eu-dialogue-list>',
      description: {
        component:
          'The dialogues and negotiations between the EU and Belarus, grouped by kind, each with its status, the date it refers to, its earlier statuses and its sources. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const [firstKind, secondKind] = [...new Set(dialogues.map((d) => d.kind))];
const statusesInUse = [...new Set(dialogues.map((d) => currentStatus(d).status))];
const [firstStatus, secondStatus] = statusesInUse;
/** A kind and a status that no dialogue has together: the empty state. */
const unmatched = DIALOGUE_KINDS.flatMap((kind) => DIALOGUE_STATUSES.map((status) => ({ kind, status }))).find(
  ({ kind, status }) => !dialogues.some((d) => d.kind === kind && currentStatus(d).status === status),
);

export const Default: Story = {};

export const OneKind: Story = {
  name: 'Filter: one kind',
  args: { kind: firstKind },
};

export const TwoKinds: Story = {
  name: 'Filter: two kinds',
  args: { kind: [firstKind, secondKind] },
};

export const OneStatus: Story = {
  name: 'Filter: one status',
  args: { status: firstStatus },
};

export const TwoStatuses: Story = {
  name: 'Filter: two statuses',
  args: { status: [firstStatus, secondStatus] },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('dialogues'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('dialogues'), name: 'State: loading' };

export const Empty: Story = {
  name: 'State: empty',
  args: unmatched ? { kind: unmatched.kind, status: unmatched.status } : { kind: firstKind, status: 'none' },
  parameters: {
    docs: {
      description: { story: 'Filters that match no dialogue: the element says so instead of showing an empty box.' },
    },
  },
};

export const ErrorMissing: Story = {
  ...states.error('dialogues'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** Every dialogue with its title and summary three times as long: how long text wraps. */
const longDialogues: Dialogue[] = dialogues.map((d) => ({
  ...d,
  title: { ...d.title, en: `${d.title.en} — ${d.summary.en}` },
  summary: { ...d.summary, en: [d.summary.en, d.summary.en, d.summary.en].join(' ') },
}));

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longDialogues },
  parameters: {
    docs: { description: { story: 'The real dialogues with very long titles and summaries, set as `.data`.' } },
  },
};

export const Narrow: Story = { ...states.narrow(), name: 'In a 280 px sidebar' };
export const Dark: Story = { ...states.dark(), name: 'Dark theme' };
