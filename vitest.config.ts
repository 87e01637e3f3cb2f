import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const include = ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'];
const exclude = ['test/e2e/**', 'node_modules/**', 'dist/**'];

/**
 * Test files that never open a database: they import neither test/helpers/db nor test/helpers/app
 * (which opens one) nor the platform's openDatabase. Their result cannot depend on the engine, so the
 * PostgreSQL run (TEST_DATABASE_URL set) leaves them to the SQLite run instead of repeating them.
 */
function engineFreeTestFiles(): string[] {
  const touchesDatabase = /helpers\/(db|app)(\.js)?['"]|openDatabase|TEST_DATABASE_URL/;
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && path !== join('test', 'e2e')) walk(path);
      } else if (entry.name.endsWith('.test.ts') && !touchesDatabase.test(readFileSync(path, 'utf8'))) {
        files.push(path);
      }
    }
  };
  for (const root of ['src', join('web', 'src'), 'test']) walk(root);
  return files;
}

export default defineConfig({
  test: {
    // web/src: the web app's pure rules, colocated like the server's (no DOM needed).
    include,
    exclude: process.env.TEST_DATABASE_URL ? [...exclude, ...engineFreeTestFiles()] : exclude,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core CI machines,
    // where two take the SQLite run from ~410 s to ~290 s. Files are independent (each its own SQLite
    // file or PostgreSQL database; the compiled-rules cache is written under a lock).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    // E-invoice rules that ship as XSLT (UBL.BE, Factur-X: ~30 s each to compile) are compiled before
    // the files start and kept here across files and runs, instead of in each test's DATA_DIR.
    globalSetup: ['test/global-setup.ts'],
    env: { EINVOICE_CACHE_DIR: 'node_modules/.cache/facturex-einvoice' },
    hookTimeout: 60_000,
  },
});
