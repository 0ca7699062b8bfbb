import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Storybook for @eu-belarus/components. Stories and guides live in packages/docs/stories/; the
 * elements are imported from the components' TypeScript source, so edits show up live.
 *
 * Static dirs: the embed demo page (packages/docs/embed-demo/ at /embed-demo/) beside the built
 * embed bundle (packages/components/dist/embed/ at /embed/), so the demo loads `../embed/eu-belarus.js`
 * exactly as a host site would; and the data package's JSON (at /data/) for the `src` stories.
 * `pnpm start` and `pnpm build` build the data and components first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/docs/stories/**/*.mdx', '../packages/docs/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [
    { from: '../packages/docs/embed-demo', to: '/embed-demo' },
    { from: '../packages/components/dist/embed', to: '/embed' },
    { from: '../packages/data/dist/json', to: '/data' },
  ].filter(({ from }) => {
    if (existsSync(fileURLToPath(new URL(from, import.meta.url)))) return true;
    console.warn(`Storybook: ${from} is missing (build the data and components packages first); not served.`);
    return false;
  }),
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      build: { chunkSizeWarningLimit: 2000 },
      plugins: [
        {
          // The components' package.json lists only dist/ files in `sideEffects`; stories import
          // the TypeScript sources for their side effect (defining the element), which the
          // production build would otherwise drop.
          name: 'eu-component-sources-define-elements',
          transform(code: string, id: string) {
            if (id.includes('/packages/components/src/')) return { code, map: null, moduleSideEffects: true };
            return null;
          },
        },
      ],
    });
  },
};

export default config;
