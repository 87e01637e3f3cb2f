import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    // Two files at once (each its own server, database and Chromium): the browser waits leave the
    // second core idle otherwise. The polls below give a loaded machine time to catch up.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 10_000 } },
    // As in vitest.config.ts: the XSLT-only e-invoice rules compiled once, before the files start.
    globalSetup: ['test/global-setup.ts'],
    env: { EINVOICE_CACHE_DIR: 'node_modules/.cache/facturex-einvoice' },
  },
});
