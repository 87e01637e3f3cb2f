import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // web/src: the web app's pure rules, colocated like the server's (no DOM needed).
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    // E-invoice rules compiled on first use (UBL.BE, Factur-X: ~30 s each) are kept here across test
    // files and runs, instead of in each test's DATA_DIR.
    env: { EINVOICE_CACHE_DIR: 'node_modules/.cache/facturex-einvoice' },
    hookTimeout: 60_000,
  },
});
