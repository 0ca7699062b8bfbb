// The consumer's three Vite builds: `vite build --mode plain | react | readme`.
import react from '@vitejs/plugin-react';

export default ({ mode }) =>
  mode === 'readme'
    ? {
        logLevel: 'error',
        build: {
          outDir: 'out/readme-vite',
          minify: true,
          lib: { entry: 'readme/example.ts', formats: ['es'], fileName: 'example' },
        },
      }
    : {
        root: mode,
        plugins: mode === 'react' ? [react()] : [],
        logLevel: 'error',
        build: { outDir: `../out/${mode}`, emptyOutDir: true },
      };
