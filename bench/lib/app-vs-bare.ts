import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Engine } from '../../src/platform/db/index.js';
import { type ChildServer, startChildServer } from './child-server.js';
import { createBenchDatabase, postgresUnreachable } from './database.js';
import { type Load, type Measurement, measure } from './measure.js';
import { redactUrl } from './options.js';
import type { BenchOptions, BenchRow, BenchTarget } from './types.js';

/** A running app server on its own fresh database; `db` is the bench's own pool, for seeding. */
export interface AppUnderTest {
  server: ChildServer;
  db: Db;
}

/**
 * Creates and migrates a database, starts the app on it in a child process, runs `fn`, and tears both
 * down again whatever happens.
 */
export async function withAppServer<T>(
  engine: Engine,
  opts: BenchOptions,
  label: string,
  fn: (app: AppUnderTest) => Promise<T>,
): Promise<T> {
  const database = await createBenchDatabase(engine, opts.postgresUrl);
  try {
    const server = await startChildServer(
      'app-server',
      { BENCH_DB_URL: database.url },
      { cpuProfDir: opts.cpuProfDir, label },
    );
    try {
      return await fn({ server, db: database.db });
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

/** Serves `body` from memory on `route` in a bare Fastify child and measures `path` on it. */
export async function measureBare(
  body: string,
  route: string,
  path: string,
  headers: Record<string, string>,
  opts: BenchOptions,
  label: string,
): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'fx-bench-body-'));
  try {
    const file = join(dir, 'body.json');
    writeFileSync(file, body);
    const server = await startChildServer(
      'bare-server',
      { BENCH_BODY_FILE: file, BENCH_ROUTE: route },
      { cpuProfDir: opts.cpuProfDir, label },
    );
    try {
      return await measure(server, path, headers, loadOf(opts));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const loadOf = (opts: BenchOptions): Load => ({
  durationSec: opts.durationSec,
  warmupSec: opts.warmupSec,
  connections: opts.connections,
});

/** Why PostgreSQL rows are skipped on this machine, or null when it answers. */
export const postgresSkipReason = async (opts: BenchOptions): Promise<string | null> => {
  const why = await postgresUnreachable(opts.postgresUrl);
  return why ? `PostgreSQL unreachable at ${redactUrl(opts.postgresUrl)}: ${why}` : null;
};

const emptyRow = (
  scenario: string,
  engine: BenchTarget | null,
  status: BenchRow['status'],
  note: string,
): BenchRow => ({
  scenario,
  engine,
  status,
  requestsPerSec: null,
  p50Ms: null,
  p99Ms: null,
  serverCpuMsPerRequest: null,
  ratioToBare: null,
  target: null,
  pass: null,
  requests: null,
  non2xx: null,
  responseBytes: null,
  note,
});

export const skippedRow = (scenario: string, engine: BenchTarget, note: string) =>
  emptyRow(scenario, engine, 'skipped', note);

/** `engine` null: the scenario failed as a whole, before or outside any one measurement. */
export const errorRow = (scenario: string, engine: BenchTarget | null, error: unknown) =>
  emptyRow(scenario, engine, 'error', error instanceof Error ? error.message : String(error));

/**
 * A measured row. A run with non-2xx answers or socket errors is an error row: its requests/s would
 * describe a different workload.
 */
export function measuredRow(
  scenario: string,
  engine: BenchTarget,
  m: Measurement,
  responseBytes: number,
  bare: Measurement | null,
  target: number | null,
): BenchRow {
  const ratio = bare && bare.requestsPerSec > 0 ? m.requestsPerSec / bare.requestsPerSec : null;
  const broken = m.non2xx > 0 || m.errors > 0;
  return {
    scenario,
    engine,
    status: broken ? 'error' : 'ok',
    requestsPerSec: m.requestsPerSec,
    p50Ms: m.p50Ms,
    p99Ms: m.p99Ms,
    serverCpuMsPerRequest: m.serverCpuMsPerRequest,
    ratioToBare: ratio,
    target,
    pass: target === null ? null : !broken && ratio !== null && ratio >= target,
    requests: m.requests,
    non2xx: m.non2xx,
    responseBytes,
    ...(broken ? { note: `${m.non2xx} non-2xx responses, ${m.errors} socket errors` } : {}),
  };
}

/**
 * A scenario's rows on SQLite, then on PostgreSQL (skipped with the reason when it does not answer):
 * each measurement of `measures` in turn, a failed one an error row that does not stop the others.
 */
export async function perEngine(
  scenario: string,
  opts: BenchOptions,
  measures: ((engine: 'sqlite' | 'postgres') => Promise<BenchRow | BenchRow[]>)[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const engine of ['sqlite', 'postgres'] as const) {
    if (engine === 'postgres') {
      const why = await postgresSkipReason(opts);
      if (why) {
        rows.push(skippedRow(scenario, engine, why));
        continue;
      }
    }
    for (const measure of measures) {
      try {
        rows.push(...[await measure(engine)].flat());
      } catch (e) {
        rows.push(errorRow(scenario, engine, e));
      }
    }
  }
  return rows;
}
