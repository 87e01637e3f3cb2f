import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { buildApp } from '../../src/app.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import { openDatabase } from '../../src/platform/db/index.js';
import { announceAndServe, requiredEnv } from './lifecycle.js';

// The real app, as `facturex serve` builds it, on an already migrated and seeded database:
// BENCH_DB_URL is a postgres:// URL or a SQLite file path. Differences from `serve`, on purpose:
// no request logging (a benchmark of pino writing to a pipe is not what we measure), no worker, no
// web assets.
const target = requiredEnv('BENCH_DB_URL');
const dataDir = mkdtempSync(join(tmpdir(), 'fx-bench-data-'));
const database = target.startsWith('postgres')
  ? openDatabase({ databaseUrl: target })
  : openDatabase({ sqliteFile: target });
const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://127.0.0.1', LOG_LEVEL: 'silent' });
const ctx: AppContext = {
  db: database.db,
  engine: database.engine,
  config,
  clock: systemClock,
  log: pino({ level: 'silent' }),
};
const app = await buildApp(ctx, { serveWeb: false });
await app.listen({ host: '127.0.0.1', port: 0 });

announceAndServe((app.server.address() as AddressInfo).port, async () => {
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});
