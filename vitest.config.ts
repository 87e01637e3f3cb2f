import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // web/src: the web app's pure rules, colocated like the server's (no DOM needed).
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
