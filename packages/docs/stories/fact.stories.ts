import { fact, factNames } from '@eu-belarus/data/facts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/src/fact/fact.js';
import { states, type Sentence } from '../support/element-story.js';

/**
 * `<eu-fact>` where it belongs: inside a sentence. Fact names come from the data package
 * (`factNames()`), never typed in by hand; each story's sentence says what its figure is.
 */
const meta = {
  title: 'Elements/Fact',
  component: 'eu-fact',
  tags: ['autodocs'],
  argTypes: { name: { control: { type: 'select' }, options: factNames() } },
  parameters: {
    docs: {
      subtitle: '<eu-fact>',
      description: {
        component:
          'One sourced figure inline in running text, in the reader’s number format, with a button that shows its source in a popover. The names are listed in `@eu-belarus/data/dist/fact-names.md`, generated from the data. Paste the markup below the live element into your page; its first two lines (the cloak and the script) go once per page, as in **Getting started**.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const names = factNames();
/** The name if the data has it, else the first name (so a renamed fact shows, not a blank story). */
const named = (name: string) => (names.includes(name) ? name : names[0]!);
const goods = named(
  names
    .filter((n) => /^trade\.goods\.\d{4}\.euExports$/.test(n))
    .sort()
    .at(-1) ?? '',
);
const goodsYear = goods.split('.')[2];
/** An author's fallback inside the tag: the figure as written when the page was made. */
const goodsQuantity = fact(goods)?.quantity;
const goodsFallback =
  goodsQuantity?.kind === 'money' ? `${goodsQuantity.currency} ${goodsQuantity.value} ${goodsQuantity.scale}` : '';
const goodsSentence: Sentence = [`In ${goodsYear}, the EU exported goods worth `, ' to Belarus.'];

export const Default: Story = { args: { name: goods }, parameters: { sentence: goodsSentence } };

export const Assistance: Story = {
  name: 'Figure: assistance',
  args: { name: named('assistance.eni-bilateral-2014-2017') },
  parameters: { sentence: ['EU bilateral assistance to Belarus for 2014–2017 came to ', '.'] },
};

export const Programme: Story = {
  name: 'Figure: programme',
  args: { name: named('programmes.erasmus-plus.erasmus-plus-belarus-to-eu') },
  parameters: { sentence: ['From 2015 to 2017, ', ' Belarusian students and staff went to the EU with Erasmus+.'] },
};

export const SourceOpen: Story = {
  name: 'Show: its source',
  args: { name: goods },
  parameters: {
    sentence: goodsSentence,
    docs: {
      description: {
        story:
          'The source popover open, as after a click on the figure’s button: what the figure is, its source and its date. The story tests run axe on it open, in each theme and locale.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const fact = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('eu-fact');
    await fact?.updateComplete;
    const button = fact?.shadowRoot?.querySelector<HTMLButtonElement>('[part="source-button"]');
    button?.click();
    await fact?.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (button?.getAttribute('aria-expanded') !== 'true') throw new Error('<eu-fact>: the source did not open');
  },
};

export const Unknown: Story = {
  name: 'State: unknown name',
  args: { name: `${goods}.unknown` },
  parameters: {
    sentence: [...goodsSentence, goodsFallback],
    docs: {
      description: {
        story:
          'A name the data does not have: readers see the fallback content written inside the tag (nothing, if there is none), never the name; the console warns and `eu-data-error` (reason `not-found`) tells the page.',
      },
    },
  },
};

export const FromSrc: Story = {
  ...states.fromSrc('trade'),
  name: 'Data from src',
  args: { ...states.fromSrc('trade').args, name: goods },
  parameters: { ...states.fromSrc('trade').parameters, sentence: goodsSentence },
};

export const Narrow: Story = {
  ...states.narrow({ name: goods }),
  name: 'In a 280 px sidebar',
  parameters: { sentence: goodsSentence },
};
export const Dark: Story = {
  ...states.dark({ name: goods }),
  name: 'Dark theme',
  parameters: { sentence: goodsSentence },
};
