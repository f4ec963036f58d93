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
