import type { Trade } from '@eu-belarus/data/trade';
import { trade } from '@eu-belarus/data/trade';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/trade-summary/trade-summary.js';
import { states } from '../support/element-story.js';

const meta = {
  title: 'Elements/Trade summary',
  component: 'eu-trade-summary',
  tags: ['autodocs'],
  parameters: {
    docs: {
      subtitle: '<eu-trade-summary>',
      description: {
        component:
          'EU–Belarus trade: the EU among Belarus\u2019 partners, what each side mainly exports, and goods trade by year as a chart with a data table. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const years = trade.goods.map((g) => g.year).sort((a, b) => a - b);
const firstYear = years[0];
const lastYear = years[years.length - 1]!;

export const Default: Story = {};

export const OneYear: Story = {
  name: 'Filter: one year',
  args: { year: lastYear },
};

export const FromTo: Story = {
  name: 'Filter: from … to',
  args: { from: firstYear, to: years[1] ?? lastYear },
};

export const Table: Story = {
  name: 'View: table',
  args: { view: 'table' },
};

export const WithServices: Story = {
  name: 'Show: services',
  args: { 'show-services': true },
};

export const WithInvestment: Story = {
  name: 'Show: investment',
  args: { 'show-investment': true },
};

export const Everything: Story = {
  name: 'Show: services and investment',
  args: { 'show-services': true, 'show-investment': true },
};

export const Compact: Story = {
  name: 'Compact, heading level 3',
  args: { compact: true, 'heading-level': 3 },
};

export const FromSrc: Story = { ...states.fromSrc('trade'), name: 'Data from src' };
export const Loading: Story = { ...states.loading('trade'), name: 'State: loading' };

export const Empty: Story = {
  name: 'State: empty',
  args: { from: lastYear + 1, to: lastYear + 2 },
  parameters: {
    docs: {
      description: {
        story: 'Years for which there are no figures: the element says so instead of showing an empty chart.',
      },
    },
  },
};

export const ErrorMissing: Story = {
  ...states.error('trade'),
  name: 'State: error (missing JSON)',
  tags: ['expect-load-error'],
};
export const ErrorInvalid: Story = { ...states.invalid(), name: 'State: error (invalid data)' };

/** The real figures with every text three times as long: how long text wraps. */
const longTrade: Trade = {
  ...trade,
  summary: { ...trade.summary, en: [trade.summary.en, trade.summary.en, trade.summary.en].join(' ') },
  flows: trade.flows.map((f) => ({ ...f, summary: { ...f.summary, en: [f.summary.en, f.summary.en].join(' ') } })),
};

export const LongContent: Story = {
  name: 'Long content',
  args: { data: longTrade, 'show-services': true, 'show-investment': true },
  parameters: { docs: { description: { story: 'The real figures with very long texts, set as `.data`.' } } },
};

export const Narrow: Story = { ...states.narrow({ 'show-services': true }), name: 'In a 280 px sidebar' };
export const NarrowTable: Story = { ...states.narrow({ view: 'table' }), name: 'In a 280 px sidebar, table' };
export const Dark: Story = { ...states.dark({ 'show-services': true, 'show-investment': true }), name: 'Dark theme' };
export const DarkTable: Story = { ...states.dark({ view: 'table' }), name: 'Dark theme, table' };
