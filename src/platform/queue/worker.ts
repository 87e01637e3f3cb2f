import { hostname } from 'node:os';
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { addMs, nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import type { JobsTable } from '../db/schema.js';
import { enqueueJob } from './enqueue.js';
import type { JobDefinition, ScheduleDefinition } from './types.js';

export interface WorkerOptions {
  id?: string;
  /** Jobs claimed per poll. */
  batchSize?: number;
  pollIntervalMs?: number;
  /** How long a claimed job stays locked; a worker that dies releases its jobs when this runs out. */
  lockMs?: number;
}

/** Exponential back-off: 10 s, 20 s, 40 s … capped at one hour. */
export const backoffMs = (attempt: number): number =>
  Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

export class Worker {
  readonly id: string;
  private readonly defs: Map<string, JobDefinition<unknown>>;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lockMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

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
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.drain().then(
        () => undefined,
        (err: unknown) => this.ctx.log.error({ err }, 'worker tick failed'),
      );
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.pollIntervalMs);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs due schedules and jobs until none is due; returns how many jobs ran. */
  async drain(): Promise<number> {
    let total = 0;
    await this.runSchedules();
    for (;;) {
      const n = await this.tick();
      total += n;
      if (n === 0 || this.stopped) return total;
    }
  }

  /** One poll: claims up to a batch of due jobs and runs them. */
  async tick(): Promise<number> {
    const jobs = await this.claim();
    for (const job of jobs) await this.run(job);
    return jobs.length;
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
      // Compare-and-set on the slot: of two workers that see the same due slot, one moves it on.
      // The job's unique key `(schedule, slot)` makes the run exactly-once even if both enqueue.
      const slot = row.next_run_at;
      let next = slot;
      while (next <= now) next = addMs(next, s.everyMs);
      const moved = await db
        .updateTable('job_schedules')
        .set({ next_run_at: next, last_run_at: now })
        .where('name', '=', s.name)
        .where('next_run_at', '=', slot)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) continue;
      await enqueueJob(db, now, s.job, s.payload ?? {}, { uniqueKey: `schedule:${s.name}:${slot}` });
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
          // A job whose worker died mid-run: its lock ran out, so another worker may take it.
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
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
      })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  private async run(job: JobsTable): Promise<void> {
    const { db } = this.ctx;
    const def = this.defs.get(job.name);
    try {
      if (!def) throw new AppError('internal', `No handler for job ${job.name}`);
      const parsed = def.payload.safeParse(JSON.parse(job.payload));
      if (!parsed.success)
        throw new AppError('validation_failed', `Invalid payload: ${parsed.error.message}`);
      await def.handler(this.ctx, parsed.data, {
        id: job.id,
        name: job.name,
        companyId: job.company_id,
        attempts: job.attempts,
        maxAttempts: job.max_attempts,
      });
      await db
        .updateTable('jobs')
        .set({
          status: 'done',
          finished_at: nowIso(this.ctx.clock),
          locked_by: null,
          locked_until: null,
          last_error: null,
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .execute();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // AppErrors are failures of the input (not retryable unless they say so); anything else
      // (network, database, SMTP) is presumed transient and retried with back-off.
      const retryable = err instanceof AppError ? err.retryable : true;
      const exhausted = job.attempts >= job.max_attempts;
      const now = nowIso(this.ctx.clock);
      this.ctx.log.warn({ job: job.name, jobId: job.id, attempt: job.attempts, err: message }, 'job failed');
      await db
        .updateTable('jobs')
        .set(
          retryable && !exhausted
            ? {
                status: 'queued',
                run_at: addMs(now, backoffMs(job.attempts)),
                last_error: message,
                locked_by: null,
                locked_until: null,
              }
            : {
                status: 'failed',
                finished_at: now,
                last_error: message,
                locked_by: null,
                locked_until: null,
              },
        )
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .execute();
    }
  }
}
