import type { AssistanceFramework } from '@eu-belarus/data/assistance';
import { assistance } from '@eu-belarus/data/assistance';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/assistance-summary/assistance-summary.js';
import { ASSISTANCE_SECTIONS } from '../../components/src/assistance-summary/assistance-summary.js';
import { listControl } from '../support/controls.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-assistance-summary>`, after the pattern of the programme list's stories. Args are
 * attributes named as in the markup; values come from the data package, never typed in by hand.
 */
const meta = {
  title: 'Elements/Assistance summary',
  component: 'eu-assistance-summary',
  tags: ['autodocs'],
  argTypes: { sections: listControl(ASSISTANCE_SECTIONS) },
  parameters: {
    docs: {
      subtitle: '<eu-assistance-summary>',
      description: {
        component:
          "EU assistance to Belarus: the 2016 doubling, the 2014–2017 envelope and regional funding as key figures, the aims, and Belarus' and the EU's priorities side by side, each with its source. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const [firstSection, secondSection] = ASSISTANCE_SECTIONS;

export const Default: Story = {};

export const FiguresOnly: Story = {
  name: 'Sections: key figures',
  args: { sections: ['figures'] },
};

export const Priorities: Story = {
  name: 'Sections: priorities',
  args: { sections: ['priorities'] },
};

export const TwoSections: Story = {
  name: 'Sections: two',
  args: { sections: [firstSection, secondSection] },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('assistance'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('assistance'), name: 'State: loading' };

export const ErrorMissing: Story = {
  ...states.error('assistance'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** The real assistance data with every priority three times as long: how long text wraps. */
const longAssistance: AssistanceFramework = {
  ...assistance,
  prioritySets: assistance.prioritySets.map((set) => ({
    ...set,
    priorities: set.priorities.map((p) => ({
      ...p,
      title: { ...p.title, en: [p.title.en, p.title.en, p.title.en].join(' — ') },
    })),
  })),
};

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longAssistance },
  parameters: {
    docs: { description: { story: 'The real assistance data with very long priorities, set as `.data`.' } },
  },
};

export const Narrow: Story = { ...states.narrow(), name: 'In a 280 px sidebar' };
export const Dark: Story = { ...states.dark(), name: 'Dark theme' };
