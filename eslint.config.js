// Lint: typescript-eslint recommended rules plus the architecture's one-way dependency rules
// (shared/design/architecture.md) and the engine's determinism bans (no timers, Math.random or Date).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'motion',
  'motion/*',
  'i18next',
  'react-i18next',
  '@xterm/*',
  'codemirror',
  '@codemirror/*',
];
const folder = (name) => [`**/${name}`, `**/${name}/**`, `../${name}/*`];

/** An import restriction rule for one source folder. */
function restrict(patterns, message, allowTypeImports = false) {
  return ['error', { patterns: [{ group: patterns, message, allowTypeImports }] }];
}

const timerGlobals = [
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'requestAnimationFrame',
  'performance',
  'Date',
  'document',
  'window',
  'localStorage',
].map((name) => ({
  name,
  message:
    'The engine is deterministic: simulated time comes from the sim clock, never the wall clock or the DOM.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-offline/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          ...uiPackages,
          ...folder('kubectl'),
          ...folder('shell'),
          ...folder('worker'),
          ...folder('ui'),
          ...folder('cli'),
          'node:*',
          'fs',
          'path',
        ],
        'The engine imports only itself (architecture.md).',
      ),
      'no-restricted-globals': ['error', ...timerGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in src/engine/sim/random.ts.',
        },
        { object: 'Date', property: 'now', message: 'Use the sim clock.' },
      ],
    },
  },
  {
    files: ['src/kubectl/**/*.ts', 'src/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...uiPackages, ...folder('worker'), ...folder('ui'), ...folder('cli'), 'node:*'],
        'kubectl and shell depend on the engine only (architecture.md).',
      ),
      'no-restricted-globals': ['error', ...timerGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator.' },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...folder('ui'), ...folder('cli'), 'react', 'react-dom', 'zustand'],
        'The worker must not import the UI (architecture.md).',
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...uiPackages, ...folder('ui'), ...folder('worker')],
        'The CLI runs the engine directly, never the UI or the worker.',
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        [...folder('engine'), ...folder('kubectl'), ...folder('shell'), ...folder('cli')],
        'The UI talks to the engine through the worker client; only `import type` from engine/kubectl is allowed.',
        true,
      ),
    },
  },
);
