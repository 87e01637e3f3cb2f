import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { manualClock, nowIso } from '../../src/platform/clock.js';
import type { Database } from '../../src/platform/db/index.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { defineJob } from '../../src/platform/queue/types.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { newId } from '../../src/shared/ids.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/db.js';
import { sleep, workerContext } from './context.js';

const JOBS = 300;

let database: TestDatabase;
let other: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  // The second worker has its own connection pool, as a second worker process would.
  other = database.openAnother();
  await database.db.schema
    .createTable('job_runs')
    .addColumn('run_id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    .execute();
});
afterAll(async () => {
  await other?.close();
  await database?.close();
});

describe('job queue under concurrent workers', () => {
  it('runs each job exactly once with two workers on separate connection pools', async () => {
    const clock = manualClock('2026-11-27T10:00:00.000Z');
    const runs = new Map<string, number>();
    // Each worker gets its own copy of the job, which records who ran it.
    const recordJob = (worker: string) =>
      defineJob({
        name: 'test.record',
        payload: z.object({ i: z.number() }),
        handler: async (ctx, { i }, job) => {
          runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
          // Yield between the claim and the write, and vary the pace, so the two workers interleave.
          await new Promise<void>((r) => setImmediate(r));
          if (i % 7 === 0) await sleep(1);
          await sql`insert into job_runs (run_id, job_id, worker) values (${newId()}, ${job.id}, ${worker})`.execute(
            ctx.db,
          );
        },
      });
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < JOBS; i++) await enqueueJob(trx, nowIso(clock), 'test.record', { i });
    });

    const a = new Worker(workerContext(database, clock), [recordJob('a')], [], {
      id: 'worker-a',
      batchSize: 5,
    });
    const b = new Worker(workerContext(other, clock), [recordJob('b')], [], { id: 'worker-b', batchSize: 5 });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);

    expect(ranA + ranB).toBe(JOBS);
    expect(ranA).toBeGreaterThan(0);
    expect(ranB).toBeGreaterThan(0);

    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].filter((n) => n !== 1)).toEqual([]);

    const perJob = await sql<{ job_id: string; n: number }>`
      select job_id, count(*) as n from job_runs group by job_id having count(*) > 1`.execute(database.db);
    expect(perJob.rows).toEqual([]);
    const perWorker = await sql<{ worker: string; n: number | string }>`
      select worker, count(*) as n from job_runs group by worker order by worker`.execute(database.db);
    expect(perWorker.rows.map((r) => [r.worker, Number(r.n)])).toEqual([
      ['a', ranA],
      ['b', ranB],
    ]);

    const jobs = await database.db.selectFrom('jobs').select(['status', 'attempts', 'locked_by']).execute();
    expect(jobs).toHaveLength(JOBS);
    // attempts = 1 everywhere: no job was ever claimed twice.
    expect(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1 || j.locked_by !== null)).toEqual([]);
  });

  // PostgreSQL only: SQLite has no row locks (one writer at a time, each claim one atomic statement).
  it.runIf(testEngine() === 'postgres')(
    'skips a job locked by another worker instead of waiting for it (SKIP LOCKED)',
    async () => {
      const clock = manualClock('2026-11-27T12:00:00.000Z');
      const ran: number[] = [];
      const job = defineJob({
        name: 'test.skip',
        payload: z.object({ i: z.number() }),
        handler: async (_ctx, { i }) => {
          ran.push(i);
        },
      });
      for (let i = 0; i < 3; i++) await enqueueJob(database.db, nowIso(clock), 'test.skip', { i });
      const first = await database.db
        .selectFrom('jobs')
        .select('id')
        .where('name', '=', 'test.skip')
        .where('payload', '=', JSON.stringify({ i: 0 }))
        .executeTakeFirstOrThrow();

      // Another transaction (think: a worker mid-claim) holds the row lock of job 0 while we drain.
      const drained = await other.db.transaction().execute(async (trx) => {
        await sql`select id from jobs where id = ${first.id} for update`.execute(trx);
        const worker = new Worker(workerContext(database, clock), [job], [], { id: 'worker-c' });
        return Promise.race([worker.drain(), sleep(5_000).then(() => 'blocked on a locked row' as const)]);
      });

      expect(drained).toBe(2);
      expect(ran.sort()).toEqual([1, 2]);
      const locked = await database.db
        .selectFrom('jobs')
        .select('status')
        .where('id', '=', first.id)
        .executeTakeFirstOrThrow();
      expect(locked.status).toBe('queued');
    },
  );
});
