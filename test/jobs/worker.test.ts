import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMs, manualClock, nowIso } from '../../src/platform/clock.js';
import type { AppContext } from '../../src/platform/context.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { defineJob, type JobDefinition } from '../../src/platform/queue/types.js';
import { backoffMs, Worker, type WorkerOptions } from '../../src/platform/queue/worker.js';
import { AppError } from '../../src/shared/errors.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/db.js';
import { type ManualClock, workerContext } from './context.js';

let database: TestDatabase;
let clock: ManualClock;
let ctx: AppContext;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
  await database.db.deleteFrom('job_schedules').execute();
  clock = manualClock('2026-11-27T10:00:00.000Z');
  ctx = workerContext(database, clock);
});

const jobRow = (id: string) =>
  database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const onlyJob = async (name: string) => {
  const rows = await database.db.selectFrom('jobs').selectAll().where('name', '=', name).execute();
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

/** A job whose handler records its payloads and runs `behaviour` (default: succeed). */
function recordingJob(
  name: string,
  behaviour: (n: number) => Promise<void> = async () => {},
  maxAttempts?: number,
) {
  const seen: number[] = [];
  const def = defineJob({
    name,
    payload: z.object({ n: z.number() }),
    ...(maxAttempts ? { maxAttempts } : {}),
    handler: async (_ctx, { n }) => {
      seen.push(n);
      await behaviour(n);
    },
  });
  return { def, seen };
}

const enqueue = (name: string, payload: unknown, opts: Parameters<typeof enqueueJob>[4] = {}) =>
  enqueueJob(database.db, nowIso(clock), name, payload, opts);

const worker = (defs: JobDefinition<{ n: number }>[], opts: WorkerOptions = {}) =>
  new Worker(ctx, defs, [], { id: 'w1', ...opts });

describe('job worker', () => {
  it('runs a due job once and marks it done', async () => {
    const { def, seen } = recordingJob('test.ok');
    await enqueue('test.ok', { n: 7 });
    const w = worker([def]);

    expect(await w.drain()).toBe(1);
    expect(await w.drain()).toBe(0);

    expect(seen).toEqual([7]);
    const job = await onlyJob('test.ok');
    expect(job).toMatchObject({
      status: 'done',
      attempts: 1,
      finished_at: nowIso(clock),
      locked_by: null,
      locked_until: null,
      last_error: null,
    });
  });

  it('waits for run_at before running a job', async () => {
    const { def, seen } = recordingJob('test.later');
    await enqueue('test.later', { n: 1 }, { runAt: addMs(nowIso(clock), 60_000) });
    const w = worker([def]);

    expect(await w.drain()).toBe(0);
    clock.advance(60_000);
    expect(await w.drain()).toBe(1);
    expect(seen).toEqual([1]);
  });

  it('runs a job on time whatever ISO form its run_at was given in', async () => {
    const { def, seen } = recordingJob('test.iso');
    clock.advance(500);
    await enqueue('test.iso', { n: 1 }, { runAt: '2026-11-27T10:00:00Z' });
    await enqueue('test.iso', { n: 2 }, { runAt: '2026-11-27T11:00:00+01:00' });

    expect(await worker([def]).drain()).toBe(2);
    expect(seen.sort()).toEqual([1, 2]);
  });

  it('drains every due job, not only the first batch', async () => {
    const { def, seen } = recordingJob('test.many');
    for (let n = 0; n < 12; n++) await enqueue('test.many', { n });

    expect(await worker([def], { batchSize: 5 }).drain()).toBe(12);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  });

  it('retries a failing job with exponential back-off and fails it after max attempts', async () => {
    const { def, seen } = recordingJob(
      'test.flaky',
      async () => {
        throw new Error('connection refused');
      },
      3,
    );
    await enqueue('test.flaky', { n: 1 }, { maxAttempts: 3 });
    const w = worker([def]);

    expect(await w.drain()).toBe(1);
    let job = await onlyJob('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'connection refused' });
    expect(job.run_at).toBe(addMs(nowIso(clock), backoffMs(1)));
    expect(backoffMs(1)).toBe(10_000);

    // Not before the back-off has passed.
    clock.advance(backoffMs(1) - 1);
    expect(await w.drain()).toBe(0);
    clock.advance(1);
    expect(await w.drain()).toBe(1);
    job = await onlyJob('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 2 });
    expect(job.run_at).toBe(addMs(nowIso(clock), backoffMs(2)));
    expect(backoffMs(2)).toBe(20_000);

    clock.advance(backoffMs(2));
    expect(await w.drain()).toBe(1);
    job = await onlyJob('test.flaky');
    expect(job).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'connection refused',
      finished_at: nowIso(clock),
      locked_by: null,
    });

    clock.advance(3_600_000);
    expect(await w.drain()).toBe(0);
    expect(seen).toEqual([1, 1, 1]);
  });

  it('fails at once on a non-retryable AppError', async () => {
    const { def, seen } = recordingJob('test.rule', async () => {
      throw new AppError('rule_violation', 'Invoice already issued');
    });
    await enqueue('test.rule', { n: 1 });

    expect(await worker([def]).drain()).toBe(1);
    expect(await onlyJob('test.rule')).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'Invoice already issued',
    });
    clock.advance(3_600_000);
    expect(await worker([def]).drain()).toBe(0);
    expect(seen).toEqual([1]);
  });

  it('retries an AppError that says it is retryable', async () => {
    const { def } = recordingJob('test.retryable', async () => {
      throw new AppError('internal', 'try again', { retryable: true });
    });
    await enqueue('test.retryable', { n: 1 });

    await worker([def]).drain();
    expect(await onlyJob('test.retryable')).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: 'try again',
    });
  });

  it('fails an invalid payload without running the handler or retrying', async () => {
    const { def, seen } = recordingJob('test.payload');
    await enqueue('test.payload', { n: 'not a number' });

    expect(await worker([def]).drain()).toBe(1);
    const job = await onlyJob('test.payload');
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(job.last_error).toMatch(/^Invalid payload/);
    expect(seen).toEqual([]);
  });

  it('fails a payload that is not JSON without retrying', async () => {
    const { def, seen } = recordingJob('test.json');
    await enqueue('test.json', { n: 1 });
    await database.db
      .updateTable('jobs')
      .set({ payload: '{"n": 1' })
      .where('name', '=', 'test.json')
      .execute();

    expect(await worker([def]).drain()).toBe(1);
    expect(await onlyJob('test.json')).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'Invalid payload: not JSON',
    });
    expect(seen).toEqual([]);
  });

  it('fails a job that no definition handles', async () => {
    await enqueue('test.unknown', {});
    expect(await worker([]).drain()).toBe(1);
    expect(await onlyJob('test.unknown')).toMatchObject({
      status: 'failed',
      last_error: 'No handler for job test.unknown',
    });
  });

  it('reclaims the job of a worker that died once its lock has expired', async () => {
    const lockMs = 60_000;
    let started!: () => void;
    const startedP = new Promise<void>((r) => {
      started = r;
    });
    let release!: () => void;
    const hang = new Promise<void>((r) => {
      release = r;
    });
    // Worker A takes the job and never comes back (as if its process died mid-run).
    const a = new Worker(
      ctx,
      [
        recordingJob('test.crash', async () => {
          started();
          await hang;
        }).def,
      ],
      [],
      { id: 'worker-a', lockMs },
    );
    const b = recordingJob('test.crash');
    const workerB = new Worker(ctx, [b.def], [], { id: 'worker-b', lockMs });
    await enqueue('test.crash', { n: 1 });

    const aTick = a.tick();
    await startedP;
    expect(await onlyJob('test.crash')).toMatchObject({ status: 'running', locked_by: 'worker-a' });

    // While A's lock holds, nobody else takes the job.
    clock.advance(lockMs - 1);
    expect(await workerB.drain()).toBe(0);

    clock.advance(2);
    expect(await workerB.drain()).toBe(1);
    expect(b.seen).toEqual([1]);
    expect(await onlyJob('test.crash')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });

    // A's late completion is fenced off by `locked_by`: it cannot rewrite B's result.
    release();
    await aTick;
    expect(await onlyJob('test.crash')).toMatchObject({
      status: 'done',
      attempts: 2,
      finished_at: nowIso(clock),
    });
  });

  it('fails a job whose worker died on its last attempt instead of reclaiming it forever', async () => {
    const { def, seen } = recordingJob('test.poison');
    await enqueue('test.poison', { n: 1 }, { maxAttempts: 2 });
    const job = await onlyJob('test.poison');
    // The second (last) attempt's worker died: the lock ran out with attempts === max_attempts.
    await database.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: 2, locked_by: 'dead', locked_until: addMs(nowIso(clock), -1) })
      .where('id', '=', job.id)
      .execute();

    expect(await worker([def]).drain()).toBe(0);
    expect(seen).toEqual([]);
    const after = await jobRow(job.id);
    expect(after).toMatchObject({
      status: 'failed',
      attempts: 2,
      locked_by: null,
      finished_at: nowIso(clock),
    });
    expect(after.last_error).toMatch(/lock expired/i);
  });

  it('creates one job for a unique key enqueued twice', async () => {
    expect(await enqueue('test.unique', { n: 1 }, { uniqueKey: 'invoice:1:send' })).toBe(true);
    expect(await enqueue('test.unique', { n: 2 }, { uniqueKey: 'invoice:1:send' })).toBe(false);
    const job = await onlyJob('test.unique');
    expect(JSON.parse(job.payload)).toEqual({ n: 1 });
    expect(job.unique_key).toBe('invoice:1:send');
  });

  it('creates no job when the enqueuing transaction rolls back', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, nowIso(clock), 'test.rollback', { n: 1 });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const rows = await database.db
      .selectFrom('jobs')
      .select('id')
      .where('name', '=', 'test.rollback')
      .execute();
    expect(rows).toEqual([]);
  });

  it('keeps polling once started and stops cleanly', async () => {
    /** Counts the polls of its loop (start() polls by calling drain()). */
    class CountingWorker extends Worker {
      polls = 0;
      override drain(): Promise<number> {
        this.polls++;
        return super.drain();
      }
    }
    const { def, seen } = recordingJob('test.loop');
    const w = new CountingWorker(ctx, [def], [], { id: 'w1', pollIntervalMs: 5 });
    w.start();
    try {
      await enqueue('test.loop', { n: 1 });
      await expect.poll(() => seen, { timeout: 5_000, interval: 10 }).toEqual([1]);
      // Still polling after the job ran.
      const after = w.polls;
      await expect.poll(() => w.polls, { timeout: 5_000, interval: 10 }).toBeGreaterThan(after + 1);
    } finally {
      await w.stop();
    }
    const pollsAtStop = w.polls;
    await enqueue('test.loop', { n: 2 });
    // A witness with the same poll interval picks the job up and polls twice more: a loop still
    // running would have polled meanwhile too, however slow the machine.
    const witness = recordingJob('test.loop');
    const w2 = new CountingWorker(ctx, [witness.def], [], { id: 'w2', pollIntervalMs: 5 });
    w2.start();
    try {
      await expect.poll(() => witness.seen, { timeout: 5_000, interval: 10 }).toEqual([2]);
      const ran = w2.polls;
      await expect.poll(() => w2.polls, { timeout: 5_000, interval: 10 }).toBeGreaterThan(ran + 1);
    } finally {
      await w2.stop();
    }
    expect(w.polls).toBe(pollsAtStop);
    expect(seen).toEqual([1]);
  });
});

describe('schedules', () => {
  const HOUR = 3_600_000;
  const scheduled = () => recordingJob('test.tick');
  const schedule = { name: 'tick', job: 'test.tick', everyMs: HOUR, payload: { n: 0 } };
  const scheduledJobs = () =>
    database.db
      .selectFrom('jobs')
      .select(['unique_key', 'run_at'])
      .where('name', '=', 'test.tick')
      .orderBy('run_at')
      .execute();
  const nextRunAt = async () =>
    (
      await database.db
        .selectFrom('job_schedules')
        .select('next_run_at')
        .where('name', '=', 'tick')
        .executeTakeFirstOrThrow()
    ).next_run_at;

  it('enqueues a schedule once per slot when two workers race for the same due slot', async () => {
    const other = database.openAnother();
    try {
      const a = new Worker(ctx, [scheduled().def], [schedule], { id: 'a' });
      const b = new Worker({ ...ctx, db: other.db }, [scheduled().def], [schedule], { id: 'b' });
      const t0 = nowIso(clock);

      await Promise.all([a.runSchedules(), b.runSchedules(), a.runSchedules(), b.runSchedules()]);
      expect(await scheduledJobs()).toEqual([{ unique_key: `schedule:tick:${t0}`, run_at: t0 }]);

      clock.advance(HOUR);
      await Promise.all([a.runSchedules(), b.runSchedules(), a.runSchedules(), b.runSchedules()]);
      expect((await scheduledJobs()).map((j) => j.unique_key)).toEqual([
        `schedule:tick:${t0}`,
        `schedule:tick:${addMs(t0, HOUR)}`,
      ]);
      expect(await nextRunAt()).toBe(addMs(t0, 2 * HOUR));
    } finally {
      await other.close();
    }
  });

  it('does not enqueue a slot twice when a worker stopped between enqueueing and moving the slot', async () => {
    const w = new Worker(ctx, [scheduled().def], [schedule], { id: 'a' });
    const t0 = nowIso(clock);
    await w.runSchedules();
    // As if the worker had enqueued the slot's job and died before moving next_run_at on.
    await database.db
      .updateTable('job_schedules')
      .set({ next_run_at: t0 })
      .where('name', '=', 'tick')
      .execute();

    await w.runSchedules();
    expect(await scheduledJobs()).toHaveLength(1);
    expect(await nextRunAt()).toBe(addMs(t0, HOUR));
  });

  it('after downtime of several periods enqueues one catch-up job and keeps the schedule grid', async () => {
    const { def, seen } = scheduled();
    const w = new Worker(ctx, [def], [schedule], { id: 'a' });
    const t0 = nowIso(clock);
    await w.drain();

    // Down for 5½ periods: the five missed slots collapse into one run (the schedules are
    // purges and sweeps, where one run catches up on everything), keyed by the oldest missed slot.
    clock.advance(5.5 * HOUR);
    await w.drain();
    expect((await scheduledJobs()).map((j) => j.unique_key)).toEqual([
      `schedule:tick:${t0}`,
      `schedule:tick:${addMs(t0, HOUR)}`,
    ]);
    expect(seen).toEqual([0, 0]);
    // The next slot stays on the original grid, not "now + period".
    expect(await nextRunAt()).toBe(addMs(t0, 6 * HOUR));

    clock.advance(0.5 * HOUR - 1);
    await w.drain();
    expect(seen).toHaveLength(2);
    clock.advance(1);
    await w.drain();
    expect(seen).toHaveLength(3);
  });
});

describe('coalescing jobs', () => {
  const jobsNamed = (name: string) =>
    database.db.selectFrom('jobs').selectAll().where('name', '=', name).orderBy('created_at').execute();

  it('queue one run for a burst of enqueues, and a new run once the waiting one is claimed', async () => {
    const { def, seen } = recordingJob('test.sweep', async (n) => {
      // Enqueued while the run is in progress: must not be swallowed by the running job.
      if (n === 1) await enqueue('test.sweep', { n: 2 }, { coalesceKey: 'sweep:c1' });
    });
    for (let i = 0; i < 3; i++) await enqueue('test.sweep', { n: 1 }, { coalesceKey: 'sweep:c1' });
    // Another key is another job.
    await enqueue('test.sweep', { n: 9 }, { coalesceKey: 'sweep:c2' });
    const waiting = await jobsNamed('test.sweep');
    expect(waiting.map((j) => j.unique_key).sort()).toEqual(['coalesce:sweep:c1', 'coalesce:sweep:c2']);

    expect(await worker([def]).drain()).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 9]);
    const all = await jobsNamed('test.sweep');
    expect(all).toHaveLength(3);
    expect(all.every((j) => j.status === 'done' && j.unique_key === null)).toBe(true);
  });

  it('refuses a key that is both unique and coalescing', async () => {
    await expect(enqueue('test.both', {}, { uniqueKey: 'a', coalesceKey: 'b' })).rejects.toThrow(/exclude/);
  });

  it.runIf(testEngine() === 'postgres')(
    'on PostgreSQL, is not claimed while a transaction that joined it is open',
    async () => {
      const { def, seen } = recordingJob('test.pg-sweep');
      await enqueue('test.pg-sweep', { n: 1 }, { coalesceKey: 'pg:c1' });
      const other = database.openAnother();
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => {
          release = r;
        });
        let joined!: () => void;
        const hasJoined = new Promise<void>((r) => {
          joined = r;
        });
        // The issuing side: joins the waiting job, then keeps its transaction open.
        const tx = other.db.transaction().execute(async (trx) => {
          await enqueueJob(trx, nowIso(clock), 'test.pg-sweep', { n: 2 }, { coalesceKey: 'pg:c1' });
          joined();
          await held;
        });
        await hasJoined;
        const w = worker([def]);
        // SKIP LOCKED: the worker does not take (and scan before) what the open transaction changes.
        expect(await w.tick()).toBe(0);
        release();
        await tx;
        expect(await w.tick()).toBe(1);
        expect(seen).toEqual([1]);
        expect(await jobsNamed('test.pg-sweep')).toHaveLength(1);
      } finally {
        await other.close();
      }
    },
  );
});
