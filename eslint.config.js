import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/elements/lib/**',
      '**/custom-elements.json',
      '**/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['packages/elements/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    // The browser packages reach core only through its exports: `/client` (the API client and
    // types) and `/rules` (pure rules); its root entry carries zod, and its files are not an API.
    files: ['packages/elements/**/*.{ts,mjs}', 'packages/react/**/*.{ts,tsx,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@signport/core',
              message:
                'Import from @signport/core/client or @signport/core/rules (no zod in the browser).',
            },
          ],
          patterns: [
            {
              group: ['**/core/src/**', '@signport/core/src/**'],
              message:
                'Import core through its package exports: @signport/core/client or @signport/core/rules.',
            },
          ],
        },
      ],
    },
  },
);
