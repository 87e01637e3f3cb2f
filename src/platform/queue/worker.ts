import { hostname } from 'node:os';
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { addMs, nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/index.js';
import type { JobsTable } from '../db/schema.js';
import { COALESCE_PREFIX, enqueueJob } from './enqueue.js';
import { type JobDefinition, type JobRecord, LeaseLost, type ScheduleDefinition } from './types.js';

export interface WorkerOptions {
  id?: string;
  /** Jobs claimed per poll. */
  batchSize?: number;
  pollIntervalMs?: number;
  /**
   * A claimed job's lease: the worker renews it while it holds the job, so it runs out only when the
   * worker died or stalled; another worker may then take the job over.
   */
  lockMs?: number;
  /** How often the heartbeat renews the leases of the jobs held (default lockMs / 3). */
  heartbeatMs?: number;
}

/** A job this worker claimed: the claim is (locked_by, attempts), since every claim counts an attempt. */
interface Lease {
  job: JobsTable;
  lost: AbortController;
}

/** Exponential back-off: 10 s, 20 s, 40 s … capped at one hour. */
export const backoffMs = (attempt: number): number =>
  Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

/** A payload that is not JSON can never become valid: it fails like an invalid payload, without retry. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'Invalid payload: not JSON');
  }
}

export class Worker {
  readonly id: string;
  private readonly defs: Map<string, JobDefinition<unknown>>;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lockMs: number;
  private readonly heartbeatMs: number;
  /** The jobs claimed and not finished yet (running, or waiting their turn in the batch). */
  private readonly held = new Map<string, Lease>();
  private renewing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Bumped by start() and stop(): a poll loop from an earlier start() sees it changed and ends. */
  private generation = 0;
  private looping = false;
  /** Set by stop() so that a drain in progress ends after its current batch. */
  private stopping = false;

  constructor(
    private readonly ctx: AppContext,
    // biome-ignore lint/suspicious/noExplicitAny: a registry of jobs with different payload types
    definitions: JobDefinition<any>[],
    private readonly schedules: ScheduleDefinition[] = [],
    opts: WorkerOptions = {},
  ) {
    this.id = opts.id ?? `${hostname()}:${process.pid}:${newId().slice(-8)}`;
    this.defs = new Map(definitions.map((d) => [d.name, d]));
    this.batchSize = opts.batchSize ?? 5;
    this.pollIntervalMs = opts.pollIntervalMs ?? 1_000;
    this.lockMs = opts.lockMs ?? 5 * 60_000;
    this.heartbeatMs = opts.heartbeatMs ?? Math.max(1, Math.floor(this.lockMs / 3));
  }

  start(): void {
    if (this.looping) return;
    this.looping = true;
    this.stopping = false;
    const generation = ++this.generation;
    const loop = async () => {
      if (generation !== this.generation) return;
      this.running = this.drain().then(
        () => undefined,
        (err: unknown) => this.ctx.log.error({ err }, 'worker tick failed'),
      );
      await this.running;
      if (generation === this.generation) this.timer = setTimeout(loop, this.pollIntervalMs);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.generation++;
    this.looping = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    try {
      await this.running;
    } finally {
      this.stopping = false;
    }
  }

  /** Runs due schedules and jobs until none is due; returns how many jobs ran. */
  async drain(): Promise<number> {
    let total = 0;
    await this.runSchedules();
    for (;;) {
      const n = await this.tick();
      total += n;
      if (n === 0 || this.stopping) return total;
    }
  }

  /**
   * One poll: claims up to a batch of due jobs and runs them one after the other. The heartbeat
   * renews the lease of every job of the batch while the batch runs, so a job waiting its turn does
   * not lose its lease to the slow one before it.
   */
  async tick(): Promise<number> {
    await this.failAbandoned();
    const jobs = await this.claim();
    if (jobs.length === 0) return 0;
    for (const job of jobs) this.held.set(job.id, { job, lost: new AbortController() });
    const heartbeat = setInterval(() => void this.renewLeases(), this.heartbeatMs);
    try {
      for (const job of jobs) {
        const lease = this.held.get(job.id);
        // Lost while it waited (the worker stalled past its lease): its new owner runs it.
        if (lease && !lease.lost.signal.aborted) await this.run(lease);
        this.held.delete(job.id);
      }
    } finally {
      clearInterval(heartbeat);
      for (const job of jobs) this.held.delete(job.id);
      // No renewal outlives the batch (nor a stopped worker, nor a closed database).
      await this.renewing;
    }
    return jobs.length;
  }

  /**
   * The heartbeat: moves the lease of every job this worker holds to now + lockMs, in one statement
   * fenced by the claim (locked_by, attempts). A job it cannot renew is no longer ours (taken over
   * after a stall, or given up by failAbandoned): its run is marked lost, and its commits are refused.
   */
  renewLeases(): Promise<void> {
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    const leases = [...this.held.values()].filter((l) => !l.lost.signal.aborted);
    if (leases.length === 0) return;
    let kept: Set<string>;
    try {
      const rows = await this.ctx.db
        .updateTable('jobs')
        .set({ locked_until: addMs(nowIso(this.ctx.clock), this.lockMs) })
        .where('locked_by', '=', this.id)
        .where('status', '=', 'running')
        .where((eb) =>
          eb.or(leases.map((l) => eb.and([eb('id', '=', l.job.id), eb('attempts', '=', l.job.attempts)]))),
        )
        .returning('id')
        .execute();
      kept = new Set(rows.map((r) => r.id));
    } catch (err) {
      // A missed beat is not a lost lease: the next beat tries again, and a commit checks the lease
      // itself. If the database stays away past the lease, another worker may take the job over and
      // this run's commits are refused then.
      this.ctx.log.warn({ err }, 'job lease renewal failed');
      return;
    }
    for (const l of leases) {
      // A job that ended while the statement ran is no longer held: not renewing it is no loss.
      if (kept.has(l.job.id) || !this.held.has(l.job.id)) continue;
      l.lost.abort(new LeaseLost(l.job.id));
      this.ctx.log.warn(
        { job: l.job.name, jobId: l.job.id },
        'job lease lost: another worker owns the job now',
      );
    }
  }

  /** Renews the lease inside `trx` (row-locking the job on PostgreSQL until commit), or throws LeaseLost. */
  private async holdLease(trx: Tx, lease: Lease): Promise<void> {
    if (lease.lost.signal.aborted) throw lease.lost.signal.reason;
    const r = await trx
      .updateTable('jobs')
      .set({ locked_until: addMs(nowIso(this.ctx.clock), this.lockMs) })
      .where('id', '=', lease.job.id)
      .where('locked_by', '=', this.id)
      .where('attempts', '=', lease.job.attempts)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 1) return;
    const lost = new LeaseLost(lease.job.id);
    lease.lost.abort(lost);
    throw lost;
  }

  async runSchedules(): Promise<void> {
    const { db } = this.ctx;
    const now = nowIso(this.ctx.clock);
    for (const s of this.schedules) {
      await db
        .insertInto('job_schedules')
        .values({ name: s.name, next_run_at: now, last_run_at: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('job_schedules')
        .selectAll()
        .where('name', '=', s.name)
        .executeTakeFirst();
      if (!row || row.next_run_at > now) continue;
      const slot = row.next_run_at;
      // After downtime of several periods, the missed slots collapse into ONE job, keyed by the
      // oldest missed slot, and the next slot stays on the original grid: schedules are purges and
      // sweeps whose single run catches up on everything due, so replaying each missed period
      // would only repeat the same work. A schedule needing one run per period must fan out itself.
      let next = slot;
      while (next <= now) next = addMs(next, s.everyMs);
      // Enqueue first, then move the slot on with a compare-and-set. The unique key
      // `schedule:<name>:<slot>` makes the enqueue exactly-once when two workers see the same due
      // slot, and a worker that dies between the two steps loses nothing: the slot is still due,
      // the next worker's enqueue is a no-op and its compare-and-set moves the slot. (The other
      // order, or a transaction, could lose a slot or hold SQLite's write lock across awaits.)
      await enqueueJob(db, now, s.job, s.payload ?? {}, { uniqueKey: `schedule:${s.name}:${slot}` });
      await db
        .updateTable('job_schedules')
        .set({ next_run_at: next, last_run_at: now })
        .where('name', '=', s.name)
        .where('next_run_at', '=', slot)
        .execute();
    }
  }

  /**
   * A job whose lease ran out on its last attempt is not reclaimed: its worker died (or hung) on it
   * max_attempts times, which a poison job (one that crashes the process) would do forever. Each is
   * failed in a transaction of its own, with its definition's `onAbandoned` (e.g. the outbox row
   * says `failed` and the failure is reported), so that one cannot happen without the other.
   */
  private async failAbandoned(): Promise<void> {
    const { db, engine } = this.ctx;
    const now = nowIso(this.ctx.clock);
    const expired = (qb: typeof db) =>
      qb
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'running')
        .where('locked_until', '<', now)
        .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')));
    const candidates = await expired(db).execute();
    for (const { id } of candidates) {
      try {
        await db.transaction().execute(async (trx) => {
          const job = await trx
            .updateTable('jobs')
            .set({
              status: 'failed',
              finished_at: now,
              last_error: 'Lock expired on the last attempt: the worker running it stopped',
              locked_by: null,
              locked_until: null,
            })
            .where(
              'id',
              'in',
              expired(trx)
                .where('id', '=', id)
                // A row locked by a commit in progress is being renewed by its live worker: pass it
                // over rather than wait for it (and then find its lease extended anyway).
                .$if(engine === 'postgres', (qb) => qb.forUpdate().skipLocked()),
            )
            .returningAll()
            .executeTakeFirst();
          const def = job && this.defs.get(job.name);
          if (!job || !def?.onAbandoned) return;
          let payload: unknown;
          try {
            payload = def.payload.parse(parseJson(job.payload));
          } catch {
            return; // An invalid payload names nothing to clean up.
          }
          await def.onAbandoned(this.ctx, trx, payload);
        });
      } catch (err) {
        // Rolled back: the job stays expired and the next poll tries again; the other jobs go on.
        this.ctx.log.error({ err, jobId: id }, 'failing an abandoned job failed');
      }
    }
  }

  private async claim(): Promise<JobsTable[]> {
    const { db, engine } = this.ctx;
    const now = nowIso(this.ctx.clock);
    const due = db
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          // A job whose worker died or stalled mid-run: its heartbeat stopped renewing the lease and
          // the lease ran out, so another worker may take it (the claim counts an attempt, which
          // fences the old run off: see holdLease).
          eb.and([
            eb('status', '=', 'running'),
            eb('locked_until', '<', now),
            eb('attempts', '<', eb.ref('max_attempts')),
          ]),
        ]),
      )
      .orderBy('run_at')
      .limit(this.batchSize)
      // SKIP LOCKED: concurrent workers on PostgreSQL each take different rows without waiting.
      // SQLite has one writer at a time, so the UPDATE … WHERE id IN (…) is atomic there already.
      .$if(engine === 'postgres', (qb) => qb.forUpdate().skipLocked());
    return db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: this.id,
        locked_until: addMs(now, this.lockMs),
        attempts: sql<number>`attempts + 1`,
        started_at: now,
        // A coalescing key holds only while the job waits: from now on, enqueueing queues a new run.
        unique_key: sql<
          string | null
        >`CASE WHEN unique_key LIKE ${`${COALESCE_PREFIX}%`} THEN NULL ELSE unique_key END`,
      })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  private async run(lease: Lease): Promise<void> {
    const { db } = this.ctx;
    const { job } = lease;
    const def = this.defs.get(job.name);
    // Every write about the outcome is fenced by the claim: a run that lost its job changes nothing.
    const finish = (values: Partial<JobsTable>) =>
      db
        .updateTable('jobs')
        .set({ ...values, locked_by: null, locked_until: null })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .where('attempts', '=', job.attempts)
        .where('status', '=', 'running')
        .execute();
    const record: JobRecord = {
      id: job.id,
      name: job.name,
      companyId: job.company_id,
      attempts: job.attempts,
      maxAttempts: job.max_attempts,
      signal: lease.lost.signal,
      commit: (fn) =>
        db.transaction().execute(async (trx) => {
          await this.holdLease(trx, lease);
          return fn(trx);
        }),
    };
    try {
      if (!def) throw new AppError('internal', `No handler for job ${job.name}`);
      const parsed = def.payload.safeParse(parseJson(job.payload));
      if (!parsed.success)
        throw new AppError('validation_failed', `Invalid payload: ${parsed.error.message}`);
      const out = await def.handler(this.ctx, parsed.data, record);
      await finish({
        status: 'done',
        finished_at: nowIso(this.ctx.clock),
        last_error: null,
        result: out ? JSON.stringify(out.result) : null,
      });
    } catch (err) {
      if (err instanceof LeaseLost || lease.lost.signal.aborted) {
        // Its new owner runs it (or failAbandoned gave it up): this run's outcome is not the job's.
        this.ctx.log.warn({ job: job.name, jobId: job.id, attempt: job.attempts }, 'job run lost its lease');
        return;
      }
      const message = err instanceof Error ? err.message : String(err);
      // AppErrors are failures of the input (not retryable unless they say so); anything else
      // (network, database, SMTP) is presumed transient and retried with back-off.
      const retryable = err instanceof AppError ? err.retryable : true;
      const exhausted = job.attempts >= job.max_attempts;
      const now = nowIso(this.ctx.clock);
      this.ctx.log.warn({ job: job.name, jobId: job.id, attempt: job.attempts, err: message }, 'job failed');
      await finish(
        retryable && !exhausted
          ? { status: 'queued', run_at: addMs(now, backoffMs(job.attempts)), last_error: message }
          : { status: 'failed', finished_at: now, last_error: message },
      );
    }
  }
}
