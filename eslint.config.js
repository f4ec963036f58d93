// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-email/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One import rule everywhere: a relative import names its file with its extension, as Node
    // needs for scripts run with type stripping, so a reader never guesses which file is meant.
    files: ['**/*.{ts,tsx,mjs,js,astro}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|mjs|js|astro|css|json|yaml|txt|svg|png|woff2)(\\?.*)?$)/], ExportNamedDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|mjs|js|astro)$)/], ExportAllDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|mjs|js|astro)$)/], ImportExpression[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|mjs|js|astro)$)/]',
          message:
            'Name the file with its extension (./module.ts, ./Component.tsx): one import rule in every folder.',
        },
      ],
    },
  },
  {
    // Pure logic must stay portable: no DOM, Astro or Preact in src/lib.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['astro', 'astro:*', 'astro/*', 'preact', 'preact/*', '@preact/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator', 'location'],
    },
  },
);
