import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every import of the project's own code goes through `@/` (the repository's
// root), so moving a file rewrites each import of it once, by search.
const relative = { regex: '^\\.\\.?/', message: "Import the project's own files through '@/' (from the repository's root)." };
const noImport = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [relative, ...(patterns.length ? [{ group: patterns, message }] : [])] }],
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
  { files: ['**/*.ts', '**/*.tsx'], rules: noImport([], '') },
  // WXT loads its config with jiti, before Vite and its `@/` alias exist.
  { files: ['wxt.config.ts'], rules: { 'no-restricted-imports': 'off' } },
  // The layering of docs/architecture.md, enforced.
  {
    files: ['components/**'],
    rules: noImport(['yjs', 'y-webrtc', 'dexie', 'y-*'], 'Components reach boards through lib/solid and the board session.'),
  },
  {
    files: ['lib/util/**'],
    rules: noImport(
      [
        'solid-js',
        'solid-js/*',
        'dexie',
        'y-webrtc',
        '@/lib/board/**',
        '@/lib/store/**',
        '@/lib/sync/**',
        '@/lib/app/**',
        '@/lib/solid/**',
        '@/components/**',
      ],
      'lib/util holds general helpers: it imports nothing from the layers above it.',
    ),
  },
  {
    files: ['lib/board/**'],
    rules: noImport(
      [
        'solid-js',
        'solid-js/*',
        'dexie',
        'y-webrtc',
        '@/lib/store/**',
        '@/lib/sync/**',
        '@/lib/app/**',
        '@/lib/solid/**',
        '@/components/**',
      ],
      'lib/board is the framework-free model: it imports only lib/util.',
    ),
  },
  {
    files: ['lib/store/**', 'lib/sync/**'],
    rules: noImport(
      ['solid-js', 'solid-js/*', '@/lib/app/**', '@/lib/solid/**', '@/components/**'],
      'lib/store and lib/sync sit under lib/app and know nothing of Solid.',
    ),
  },
  {
    files: ['lib/app/**'],
    rules: noImport(
      ['solid-js', 'solid-js/*', '@/lib/solid/**', '@/components/**'],
      'Only lib/solid may use Solid; lib never imports components.',
    ),
  },
);
