import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The UI's feature folders under src/components/ (shared/ holds what they all use). */
const features = ['checklist', 'documents', 'organisations', 'progress', 'shell', 'situation'];

export default defineConfig([
  globalIgnores(['dist', 'bench/dist', 'coverage', 'node_modules']),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      importX.flatConfigs.recommended,
      importX.flatConfigs.typescript,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.test.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.strict],
  },
  {
    // Data flows one way: content -> engine -> store -> components -> app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Texts, notes and imported files are shown as text, never parsed as markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text through React; markup from data is never trusted.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text through React; markup from data is never trusted.',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/content',
              from: ['./src/engine', './src/store', './src/components', './src/app.tsx'],
              message: 'Content is plain data: it imports nothing from the layers above it.',
            },
            {
              target: './src/engine',
              from: ['./src/store', './src/components', './src/app.tsx'],
              message: 'The engine is pure functions over content and progress.',
            },
            {
              target: './src/store',
              from: ['./src/components', './src/app.tsx'],
              message: 'The store knows nothing of the UI.',
            },
            {
              target: './src/components',
              from: ['./src/app.tsx', './src/main.tsx'],
              message: 'Components are composed by app.tsx, not the other way round.',
            },
            // Inside the UI, each feature folder keeps to itself and the shared helpers; the
            // app composes the features.
            ...features.map((feature) => ({
              target: `./src/components/${feature}`,
              from: features
                .filter((other) => other !== feature)
                .map((other) => `./src/components/${other}`),
              message: `A feature uses src/components/shared and its own folder; app.tsx composes features.`,
            })),
            {
              target: './src/components/shared',
              from: features.map((feature) => `./src/components/${feature}`),
              message: 'Shared helpers serve every feature and depend on none.',
            },
          ],
        },
      ],
    },
  },
  {
    // The config itself is plain JavaScript over untyped plugins.
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
    },
  },
]);
