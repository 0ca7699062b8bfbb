import type { RestrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import { restrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/restrictive-measures/restrictive-measures.js';
import { states } from '../support/element-story.js';

/** Variants tagged `!autodocs` are in the sidebar only: each renders the whole element, so the docs page shows fewer. */
const meta = {
  title: 'Elements/Restrictive measures',
  component: 'eu-restrictive-measures',
  tags: ['autodocs'],
  parameters: {
    docs: {
      subtitle: '<eu-restrictive-measures>',
      description: {
        component:
          'The EU\u2019s restrictive measures on Belarus: how many individuals and entities are listed, as of when and according to whom; the listings over time as a step chart (or a table) that shows which totals a source states and which follow from adding the rounds, with notes where sources differ; the listing rounds with their reasons and legal acts; the prolongations; and, with `show-sectoral`, the economic and sectoral measures. See **Guides/Sanctions: reading the figures**. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Sectoral: Story = {
  name: 'Show: sectoral measures',
  args: { 'show-sectoral': true },
};

export const Table: Story = {
  name: 'View: table',
  args: { view: 'table' },
};

export const Since2022: Story = {
  name: 'Filter: from 2022 (Russia’s war)',
  args: { from: '2022', 'show-sectoral': true },
  parameters: {
    docs: {
      description: { story: 'Every part follows `from`/`to`: key figures, chart, rounds, prolongations and measures.' },
    },
  },
};

export const FirstYear: Story = {
  tags: ['!autodocs'],
  name: 'Filter: from … to (the first year after the election)',
  args: { from: '2020-08', to: '2021-08' },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('restrictive-measures'), name: 'Data from src', tags: ['!autodocs'] };
export const Loading: Story = { ...states.loading('restrictive-measures'), name: 'State: loading' };

export const Empty: Story = {
  name: 'State: empty',
  args: { from: '2030' },
  parameters: {
    docs: {
      description: { story: 'A period without listings: the element says so instead of showing an empty chart.' },
    },
  },
};

export const ErrorMissing: Story = {
  ...states.error('restrictive-measures'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** The real data with every round's title and summary three times as long: how long text wraps. */
const longData: RestrictiveMeasures = {
  ...restrictiveMeasures,
  rounds: restrictiveMeasures.rounds.map((r) => ({
    ...r,
    title: { ...r.title, en: [r.title.en, r.title.en, r.title.en].join(' — ') },
  })),
};

export const LongContent: Story = {
  tags: ['!autodocs'],
  name: 'Long content',
  args: { data: longData },
  parameters: { docs: { description: { story: 'The real data with very long round titles, set as `.data`.' } } },
};

export const Narrow: Story = { ...states.narrow(), name: 'In a 280 px sidebar' };
export const NarrowTable: Story = {
  ...states.narrow({ view: 'table' }),
  name: 'In a 280 px sidebar, table',
  tags: ['!autodocs'],
};
export const Dark: Story = { ...states.dark({ 'show-sectoral': true }), name: 'Dark theme' };
export const DarkTable: Story = { ...states.dark({ view: 'table' }), name: 'Dark theme, table', tags: ['!autodocs'] };
