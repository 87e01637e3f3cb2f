import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { manualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Database } from '../../src/platform/db/index.js';

export type ManualClock = ReturnType<typeof manualClock>;

/** An AppContext over `database` without an HTTP app: what a worker process has. */
export function workerContext(
  database: Database,
  clock: ManualClock,
  env: Record<string, string> = {},
): AppContext {
  return {
    db: database.db,
    engine: database.engine,
    config: loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'fx-data-')),
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    clock,
    log: pino({ level: 'silent' }),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
