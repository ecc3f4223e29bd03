// Lint: typecheck-free typescript-eslint rules, the architecture's one-way dependency rules between the layers
// (shared/design/architecture.md) and the engine's determinism bans (no timers, Math.random or Date).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, 'src');

/**
 * Which layers each layer may import at runtime (architecture.md): engine ← kubectl/shell ← worker ← ui, and the
 * Node cli. `types` lists layers a file may reach with `import type` only (the UI never runs the engine itself).
 */
const LAYERS = {
  engine: { runtime: ['engine'], types: [] },
  kubectl: { runtime: ['kubectl', 'shell', 'engine'], types: [] },
  shell: { runtime: ['shell', 'kubectl', 'engine'], types: [] },
  worker: { runtime: ['worker', 'engine', 'kubectl', 'shell'], types: [] },
  ui: { runtime: ['ui', 'worker'], types: ['engine', 'kubectl', 'shell'] },
  cli: { runtime: ['cli', 'engine', 'kubectl', 'shell'], types: [] },
};
const UI_PACKAGES =
  /^(react|react-dom|zustand|motion|i18next|react-i18next|@xterm\/|codemirror|@codemirror\/)/;

const layerOf = (file) => {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return undefined;
  return rel.split(path.sep)[0];
};

/** A local rule: resolve each relative import and check the target layer against LAYERS. */
const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = layerOf(context.filename);
        const rules = from && LAYERS[from];
        if (!rules) return {};
        const check = (node, source, typeOnly) => {
          if (typeof source !== 'string') return;
          if (!source.startsWith('.')) {
            if (
              (from === 'engine' || from === 'kubectl' || from === 'shell') &&
              (UI_PACKAGES.test(source) || source.startsWith('node:'))
            ) {
              context.report({
                node,
                message: `${from} must not import "${source}" (pure, DOM-free layer).`,
              });
            }
            if (from === 'worker' && /^(react|react-dom|zustand)/.test(source))
              context.report({ node, message: 'The worker must not import the UI.' });
            return;
          }
          const to = layerOf(path.resolve(path.dirname(context.filename), source));
          if (!to || rules.runtime.includes(to) || (typeOnly && rules.types.includes(to))) return;
          context.report({
            node,
            message: `${from} may not import from ${to} (${rules.types.includes(to) ? 'only `import type`' : 'see architecture.md dependency rules'}).`,
          });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value, n.importKind === 'type'),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, n.exportKind === 'type'),
          ExportAllDeclaration: (n) => check(n, n.source.value, n.exportKind === 'type'),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value, false),
        };
      },
    },
  },
};

const determinismGlobals = [
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
    'This layer is deterministic: simulated time comes from the sim clock, never the wall clock or the DOM.',
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
    plugins: { layers: layersPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'layers/allowed-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/kubectl/**/*.ts', 'src/shell/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...determinismGlobals],
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
    files: ['bin/**/*.mjs', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
