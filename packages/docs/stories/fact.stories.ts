import { factNames } from '@eu-belarus/data/facts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/fact/fact.js';
import { states } from '../support/element-story.js';

/**
 * `<eu-fact>`, after the pattern of the programme list's stories. Args are attributes named as in
 * the markup; fact names come from the data package (`factNames()`), never typed in by hand.
 */
const meta = {
  title: 'Elements/Fact',
  component: 'eu-fact',
  tags: ['autodocs'],
  parameters: {
    docs: {
      subtitle: '<eu-fact>',
      description: {
        component:
          'One sourced figure inline in running text, in the reader’s number format, with a button that shows its source. The names are listed in `@eu-belarus/data/dist/fact-names.md`, generated from the data. Paste the markup below the live element into your page, after the script tag from **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const names = factNames();
const goods = names.find((n) => n.startsWith('trade.goods.') && n.endsWith('.euExports')) ?? names[0];
const assistanceFact = names.find((n) => n.startsWith('assistance.')) ?? names[0];
const programmeFact = names.find((n) => n.startsWith('programmes.')) ?? names[0];

export const Default: Story = { args: { name: goods } };

export const Assistance: Story = {
  name: 'An assistance figure',
  args: { name: assistanceFact },
};

export const Programme: Story = {
  name: 'A programme figure',
  args: { name: programmeFact },
};

export const Unknown: Story = {
  name: 'State: unknown name',
  args: { name: `${goods}.unknown` },
  parameters: {
    docs: {
      description: {
        story: 'A name the data does not have: the name in brackets, and `eu-data-error` with reason `not-found`.',
      },
    },
  },
};

export const FromSrc: Story = {
  ...states.fromSrc('trade'),
  name: 'Data from src',
  args: { ...states.fromSrc('trade').args, name: goods },
};

export const Narrow: Story = { ...states.narrow({ name: goods }), name: 'In a 280 px sidebar' };
export const Dark: Story = { ...states.dark({ name: goods }), name: 'Dark theme' };
