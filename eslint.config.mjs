import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Style and the process boundaries, kept by tools (npm run lint, part of npm test):
 * - src/shared runs on both sides: it imports nothing of main, renderer, preload or the web host,
 *   no Node built-ins, no Electron, no React;
 * - the renderer imports no Node built-ins, no Electron and nothing of main;
 * - only the shell files import electron (SHELL_FILES); everything else runs, and is tested,
 *   under plain Node;
 * - shell.openExternal is called only inside `if (isSafeExternalUrl(url))`.
 */

/** The Electron shell: the only files that may import electron. */
const SHELL_FILES = ['src/main/index.ts', 'src/main/ipc/ipc-bridge.ts', 'src/main/window/**', 'src/main/net/electron-fetch.ts', 'src/preload/**'];

const NO_ELECTRON = {
  name: 'electron',
  message: 'Only the shell files import electron (see SHELL_FILES in eslint.config.mjs); keep behaviour in plain modules.',
};
const NO_REACT = { name: 'react', message: 'React belongs to the renderer.' };
const NO_KEYTAR = { name: 'keytar', message: "The keychain is main's alone (src/main/secrets)." };

/** A zone of import-x/no-restricted-paths: files in `target` import nothing from `from`. */
const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**', '.tmp/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except the ones a leading underscore marks as deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/web-host/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },

  // Process boundaries.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/shared',
              ['./src/main', './src/renderer', './src/preload', './src/web-host'],
              'src/shared runs on both sides: it imports nothing of one side.',
            ),
            zone('./src/renderer', ['./src/main', './src/web-host'], 'The renderer reaches main only through window.icpDesk (src/renderer/src/bridge.ts).'),
            zone('./src/main', ['./src/renderer', './src/web-host'], 'Main never imports the renderer or the web host.'),
            zone('./src/preload', ['./src/main', './src/renderer', './src/web-host'], 'The preload exposes the contract (src/shared) and nothing else.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}', 'src/web-host/page/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-nodejs-modules': ['error'] },
  },
  // no-restricted-imports: the last block that matches a file decides its list.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON, NO_KEYTAR] }] },
  },
  {
    files: ['src/shared/**/*.ts', 'src/main/**/*.ts', 'src/web-host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON, NO_REACT] }] },
  },
  {
    files: ['src/shared/**/*.ts', 'src/web-host/page/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON, NO_REACT, NO_KEYTAR] }] },
  },
  {
    files: SHELL_FILES,
    rules: { 'no-restricted-imports': ['error', { paths: [NO_REACT] }] },
  },

  // A URL reaches the OS (which hands it to whatever program claims its scheme) only after the check.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='shell'][property.name='openExternal']:not(IfStatement[test.type='CallExpression'][test.callee.name='isSafeExternalUrl'] > .consequent MemberExpression)",
          message: 'Call shell.openExternal only inside `if (isSafeExternalUrl(url))` (src/main/window/external-links.ts).',
        },
      ],
    },
  },

  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Playwright reads a fixture's dependencies from its destructuring pattern, so `async ({}, use)` is how one says "none".
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
);
