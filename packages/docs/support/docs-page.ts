/**
 * The docs page of every element: Storybook's autodocs layout, except that the primary story is
 * shown once (on top, with its markup and controls), not again at the head of "Stories".
 */
import { Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';

export const DocsPage = () =>
  h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(Controls),
    h(Stories, { includePrimary: false }),
  );
