import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noImport = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...solid },
  // The layering of docs/architecture.md, enforced.
  {
    files: ['components/**'],
    rules: noImport(['yjs', 'y-webrtc', 'dexie', 'y-*'], 'Components reach boards through lib/solid and the board session.'),
  },
  {
    files: ['lib/board/**'],
    rules: noImport(
      ['solid-js', 'solid-js/*', 'dexie', 'y-webrtc', '../store/*', '../sync/*', '../solid/*', '../session/*'],
      'lib/board is the framework-free core: it imports nothing from the other layers.',
    ),
  },
  {
    files: ['lib/store/**', 'lib/session/**', 'lib/sync/**'],
    rules: noImport(['solid-js', 'solid-js/*', '../solid/*'], 'Only lib/solid may use Solid.'),
  },
);
