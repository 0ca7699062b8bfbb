import type { Overview } from '@eu-belarus/data/overview';
import { overview } from '@eu-belarus/data/overview';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/relations-overview/relations-overview.js';
import { OVERVIEW_SECTIONS } from '../../components/src/relations-overview/relations-overview.js';
import { listControl } from '../support/controls.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-relations-overview>`, after the pattern of the programme list's stories. Args are
 * attributes named as in the markup; values come from the data package, never typed in by hand.
 */
const meta = {
  title: 'Elements/Relations overview',
  component: 'eu-relations-overview',
  tags: ['autodocs'],
  argTypes: { sections: listControl(OVERVIEW_SECTIONS) },
  parameters: {
    docs: {
      subtitle: '<eu-relations-overview>',
      description: {
        component:
          'EU–Belarus relations in brief, as a card for a country page: the policy, a few key figures and the state of the main dialogues and agreements, each with its source. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const [policy, figures, files] = OVERVIEW_SECTIONS;

export const Default: Story = {};

export const Policy: Story = {
  name: 'Sections: policy',
  args: { sections: [policy] },
};

export const FiguresAndFiles: Story = {
  name: 'Sections: figures and files',
  args: { sections: [figures, files] },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('overview'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('overview'), name: 'State: loading' };

export const ErrorMissing: Story = {
  ...states.error('overview'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** The real overview with every summary three times as long: how long text wraps. */
const longOverview: Overview = {
  ...overview,
  sections: overview.sections.map((s) => ({
    ...s,
    summary: { ...s.summary, en: [s.summary.en, s.summary.en, s.summary.en].join(' ') },
  })),
};

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longOverview },
  parameters: { docs: { description: { story: 'The real overview with very long summaries, set as `.data`.' } } },
};

export const Narrow: Story = { ...states.narrow(), name: 'In a 280 px sidebar' };
export const Dark: Story = { ...states.dark(), name: 'Dark theme' };
