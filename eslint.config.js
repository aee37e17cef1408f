// Lint bans `any`, unused code, imports from one app into another, `process.env` outside config modules, and in the
// web app hooks called conditionally or effects that miss a value they read.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/osc-api/src/generated/**',
      'e2e/.output/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/*', '../../*/src/**'], message: 'Apps talk through packages or HTTP.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in the config module only.' },
      ],
    },
  },
  {
    // Benchmarks drive the apps from outside, as the e2e stories do, and already start an app's test harness
    // (apps/bff/test/replica-process.ts): they may share its helpers, never an app's own code.
    files: ['bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/*/*', '!**/apps/*/test'],
              message:
                'Benchmarks reach an app through its package, its HTTP API or its test harness (apps/*/test).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'packages/data/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The modules allowed to read the environment: config loaders, launch scripts, tests' harnesses.
    files: [
      '**/config.ts',
      '**/config/*.ts',
      'scripts/**',
      'bench/**',
      'e2e/**',
      '**/*.config.ts',
      '**/main.ts',
      '**/cli.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
)
