import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMs, manualClock, nowIso } from '../../src/platform/clock.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Database } from '../../src/platform/db/index.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { defineJob, type JobRecord, LeaseLost } from '../../src/platform/queue/types.js';
import { Worker, type WorkerOptions } from '../../src/platform/queue/worker.js';
import { newId } from '../../src/shared/ids.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/db.js';
import { type ManualClock, workerContext } from './context.js';

const LOCK_MS = 60_000;

let database: TestDatabase;
/** Worker B's database: its own pool on PostgreSQL (another process); SQLite has one writer per file. */
let other: Database;
let clock: ManualClock;

beforeAll(async () => {
  database = await createTestDatabase();
  other = testEngine() === 'postgres' ? database.openAnother() : database;
  await database.db.schema
    .createTable('job_effects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    .execute();
});
afterAll(async () => {
  if (other !== database) await other?.close();
  await database?.close();
});
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
  await sql`delete from job_effects`.execute(database.db);
  clock = manualClock('2026-11-27T10:00:00.000Z');
});

/** A gate a handler waits at until the test opens it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

/**
 * A job whose effect is a row in job_effects, committed through job.commit. `before` runs first
 * (the slow part of the job, between claim and commit).
 */
function effectJob(worker: string, before: (job: JobRecord) => Promise<void> = async () => {}) {
  const runs: JobRecord[] = [];
  const errors: unknown[] = [];
  const def = defineJob({
    name: 'test.effect',
    payload: z.object({ n: z.number() }),
    handler: async (_ctx, _p, job) => {
      runs.push(job);
      try {
        await before(job);
        await job.commit(async (trx) => {
          await sql`insert into job_effects (id, job_id, worker) values (${newId()}, ${job.id}, ${worker})`.execute(
            trx,
          );
        });
      } catch (err) {
        errors.push(err);
        throw err;
      }
    },
  });
  return { def, runs, errors };
}

const ctxOf = (db: Database): AppContext => workerContext(db, clock);
const workerA = (defs: ReturnType<typeof effectJob>['def'][], opts: WorkerOptions = {}) =>
  new Worker(ctxOf(database), defs, [], { id: 'worker-a', lockMs: LOCK_MS, ...opts });
const workerB = (defs: ReturnType<typeof effectJob>['def'][], opts: WorkerOptions = {}) =>
  new Worker(ctxOf(other), defs, [], { id: 'worker-b', lockMs: LOCK_MS, ...opts });

const enqueue = (n: number, opts: Parameters<typeof enqueueJob>[4] = {}) =>
  enqueueJob(database.db, nowIso(clock), 'test.effect', { n }, opts);
const jobs = () => database.db.selectFrom('jobs').selectAll().orderBy('run_at').orderBy('id').execute();
const effects = async () =>
  (await sql<{ job_id: string; worker: string }>`select job_id, worker from job_effects`.execute(database.db))
    .rows;

describe('job leases', () => {
  it('keeps a slow job with its heartbeat: another worker does not take it over', async () => {
    const started = gate();
    const release = gate();
    const a = effectJob('a', async () => {
      started.open();
      await release.opened;
    });
    const b = effectJob('b');
    await enqueue(1);
    const A = workerA([a.def], { heartbeatMs: 5 });
    const B = workerB([b.def]);

    const aTick = A.tick();
    await started.opened;
    // Three half-leases: one and a half times the lease the claim gave, kept alive by the heartbeat.
    for (let i = 0; i < 3; i++) {
      clock.advance(LOCK_MS / 2);
      const renewed = addMs(nowIso(clock), LOCK_MS);
      await expect.poll(async () => (await jobs())[0]?.locked_until, { timeout: 5_000 }).toBe(renewed);
      expect(await B.drain()).toBe(0);
    }
    release.open();
    await aTick;

    expect(b.runs).toEqual([]);
    expect(await effects()).toEqual([{ job_id: a.runs[0]?.id, worker: 'a' }]);
    expect(await jobs()).toMatchObject([{ status: 'done', attempts: 1, locked_by: null }]);
  });

  it('keeps the lease of a job waiting its turn in a claimed batch', async () => {
    const started = gate();
    const release = gate();
    const a = effectJob('a', async (job) => {
      if (job.attempts === 1 && a.runs.length === 1) {
        started.open();
        await release.opened;
      }
    });
    const b = effectJob('b');
    await enqueue(1);
    clock.advance(1);
    await enqueue(2);
    const A = workerA([a.def], { heartbeatMs: 5, batchSize: 2 });
    const B = workerB([b.def]);

    const aTick = A.tick();
    await started.opened;
    const [, waiting] = await jobs();
    expect(waiting).toMatchObject({ status: 'running', locked_by: 'worker-a' });
    clock.advance(LOCK_MS / 2);
    await expect
      .poll(async () => (await jobs())[1]?.locked_until, { timeout: 5_000 })
      .toBe(addMs(nowIso(clock), LOCK_MS));
    clock.advance(LOCK_MS / 2 + 1);
    // Past the lease the batch was claimed with: the waiting job is still A's.
    await expect
      .poll(async () => (await jobs())[1]?.locked_until, { timeout: 5_000 })
      .toBe(addMs(nowIso(clock), LOCK_MS));
    expect(await B.drain()).toBe(0);
    release.open();
    expect(await aTick).toBe(2);

    expect(b.runs).toEqual([]);
    expect((await effects()).map((e) => e.worker)).toEqual(['a', 'a']);
    expect((await jobs()).map((j) => [j.status, j.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
  });

  it('refuses the effects of a stalled run whose job another worker took over: the effect happens once', async () => {
    const started = gate();
    const release = gate();
    // A's heartbeat never beats within the test (default lockMs / 3 = 20 s): A is stalled.
    const a = effectJob('a', async () => {
      started.open();
      await release.opened;
    });
    const b = effectJob('b');
    await enqueue(1);
    const A = workerA([a.def]);
    const B = workerB([b.def]);

    const aTick = A.tick();
    await started.opened;
    clock.advance(LOCK_MS + 1);
    expect(await B.drain()).toBe(1);
    expect(await effects()).toEqual([{ job_id: b.runs[0]?.id, worker: 'b' }]);

    release.open();
    await aTick;
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toBeInstanceOf(LeaseLost);
    expect(a.runs[0]?.signal.aborted).toBe(true);
    // A's late failure did not rewrite B's result, and its effect was never committed.
    expect(await effects()).toEqual([{ job_id: b.runs[0]?.id, worker: 'b' }]);
    expect(await jobs()).toMatchObject([{ status: 'done', attempts: 2, locked_by: null, last_error: null }]);
  });

  it('marks a run lost when its heartbeat finds the job taken over', async () => {
    const started = gate();
    const release = gate();
    const a = effectJob('a', async () => {
      started.open();
      await release.opened;
    });
    const b = effectJob('b');
    await enqueue(1);
    const A = workerA([a.def]);
    const aTick = A.tick();
    await started.opened;
    await A.renewLeases();
    expect(a.runs[0]?.signal.aborted).toBe(false);

    clock.advance(LOCK_MS + 1);
    expect(await workerB([b.def]).drain()).toBe(1);
    await A.renewLeases();
    expect(a.runs[0]?.signal.aborted).toBe(true);
    expect(a.runs[0]?.signal.reason).toBeInstanceOf(LeaseLost);

    release.open();
    await aTick;
    expect((await effects()).map((e) => e.worker)).toEqual(['b']);
  });

  it('holds the job while a run commits: a claim made meanwhile finds nothing due', async () => {
    const inCommit = gate();
    const release = gate();
    const a = defineJob({
      name: 'test.effect',
      payload: z.object({ n: z.number() }),
      handler: async (_ctx, _p, job) => {
        // The lease ran out just before the commit, and no other worker has taken the job yet.
        clock.advance(LOCK_MS + 1);
        await job.commit(async (trx) => {
          await sql`insert into job_effects (id, job_id, worker) values (${newId()}, ${job.id}, 'a')`.execute(
            trx,
          );
          inCommit.open();
          await release.opened;
        });
      },
    });
    const b = effectJob('b');
    await enqueue(1);
    const aTick = workerA([a]).tick();
    await inCommit.opened;
    // PostgreSQL: the commit's lease renewal row-locks the job, and the claim's SKIP LOCKED passes
    // it over at once. SQLite: the claim waits for the write transaction, then sees the new lease.
    const bDrain = workerB([b.def]).drain();
    if (testEngine() === 'postgres') expect(await bDrain).toBe(0);
    release.open();
    expect(await aTick).toBe(1);
    expect(await bDrain).toBe(0);

    expect(b.runs).toEqual([]);
    expect((await effects()).map((e) => e.worker)).toEqual(['a']);
    expect(await jobs()).toMatchObject([{ status: 'done', attempts: 1 }]);
  });

  it('fails a stalled run on its last attempt and refuses its late effects', async () => {
    const started = gate();
    const release = gate();
    const a = effectJob('a', async () => {
      started.open();
      await release.opened;
    });
    const b = effectJob('b');
    await enqueue(1, { maxAttempts: 1 });
    const aTick = workerA([a.def]).tick();
    await started.opened;
    clock.advance(LOCK_MS + 1);
    expect(await workerB([b.def]).drain()).toBe(0);

    release.open();
    await aTick;
    expect(a.errors[0]).toBeInstanceOf(LeaseLost);
    expect(await effects()).toEqual([]);
    const [job] = await jobs();
    expect(job).toMatchObject({ status: 'failed', attempts: 1, locked_by: null });
    expect(job?.last_error).toMatch(/lock expired/i);
  });
});
