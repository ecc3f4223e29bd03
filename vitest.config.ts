import { defineConfig } from 'vitest/config';

// Unit and component tests. Component tests opt into happy-dom with a `// @vitest-environment happy-dom`
// comment; everything else runs in Node (the engine has no DOM).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30_000,
  },
});
