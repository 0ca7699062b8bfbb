import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the components' JSDoc by `pnpm --filter @eu-belarus/components analyze` (run by
// its build, and by `pnpm start`): Storybook's controls and docs tables come from it.
import manifest from '../packages/components/custom-elements.json';
import { markup, NEVER_ANSWERS, renderElement } from '../packages/docs/support/element-story.js';
import { booleansOff, tidyArgTypes } from '../packages/docs/support/controls.js';
import { DocsPage } from '../packages/docs/support/docs-page.js';
import { globalTypes, initialGlobals, installNeverAnsweringRoute, withFrame } from '../packages/docs/support/frame.js';

setCustomElementsManifest(manifest);
installNeverAnsweringRoute(NEVER_ANSWERS);

const preview: Preview = {
  render: renderElement,
  decorators: [withFrame],
  argTypesEnhancers: [tidyArgTypes],
  argsEnhancers: [booleansOff],
  globalTypes,
  initialGlobals,
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      // Each story once: the primary story on top, the others under "Stories".
      page: DocsPage,
      // The exact markup to paste, as the story shows it (the source block has a copy button).
      source: {
        language: 'html',
        excludeDecorators: true,
        transform: (_code: string, context: Parameters<typeof markup>[0]) => markup(context),
      },
      toc: true,
    },
    // The addon's panel runs axe on each story; the story tests (packages/docs/vitest.config.ts) fail on any violation.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Getting started',
            'Embedding on an existing site',
            'Embed demo',
            'Theming',
            'Localization',
            'Data package',
            'Accessibility statement',
          ],
          'Elements',
        ],
      },
    },
  },
};

export default preview;
