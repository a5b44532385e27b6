import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // The checks worker is an entry of its own: main starts it as out/main/checks-worker.js.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), 'checks-worker': resolve(__dirname, 'src/main/checks/checks-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves output unminified; the renderer ships minified to parse fast.
      minify: true,
      // One stylesheet, linked from index.html: the app's code is a chunk loaded after the first
      // (see main.tsx), and with its own CSS that load would wait for the CSS as well.
      cssCodeSplit: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        // Licence notices (`@license` comments, e.g. the icons' in ui/Icon.tsx) ship with what they cover.
        output: { comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  },
});
