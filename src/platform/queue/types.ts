import type { ZodType } from 'zod';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/index.js';

export interface JobRecord {
  id: string;
  name: string;
  companyId: string | null;
  attempts: number;
  maxAttempts: number;
  /**
   * Aborted (with a `LeaseLost` reason) once the worker learns that another worker owns the job now:
   * whatever this run still commits through `commit` will be refused.
   */
  signal: AbortSignal;
  /**
   * Commits the job's effects: runs `fn` in a transaction that first renews this run's lease and
   * throws `LeaseLost` (so nothing of `fn` commits) when the job is no longer this run's, because it
   * stalled past its lease and another worker took the job over (or gave it up). On PostgreSQL the
   * renewal row-locks the job until the commit, so no claim can take the job meanwhile; SQLite runs
   * one write transaction at a time. `fn` must use `trx` only.
   */
  commit<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
}

export interface JobDefinition<P = unknown> {
  name: string;
  payload: ZodType<P>;
  /**
   * Commits its effects through `job.commit` and changes its own state by compare-and-set: a run
   * that lost its lease cannot commit, and a run that crashed after committing is repeated, so a
   * second run must find the work done and change nothing.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most handlers report nothing and return void
  handler: (ctx: AppContext, payload: P, job: JobRecord) => Promise<void | JobResult>;
  /**
   * Runs in the transaction that fails the job because its lease ran out on its last attempt (its
   * worker died or hung every time): what the handler would have recorded on giving up, such as the
   * outbox row's `failed`. Uses `trx` only.
   */
  onAbandoned?: (ctx: AppContext, trx: Tx, payload: P) => Promise<void>;
  /**
   * The job row carries the limit the worker enforces, set by enqueueJob's `maxAttempts` (default 8);
   * code that enqueues this job passes this value there (see queueMail).
   */
  maxAttempts?: number;
}

/** What a run reports (e.g. the reminder run's summary): stored as JSON in the job's history. */
export interface JobResult {
  result: Record<string, unknown>;
}

/** Schedules are data: the worker enqueues `job` every `everyMs`, once per slot across all workers. */
export interface ScheduleDefinition {
  name: string;
  job: string;
  everyMs: number;
  payload?: unknown;
}

export const defineJob = <P>(def: JobDefinition<P>): JobDefinition<P> => def;

/** The run no longer owns its job: another worker took it over after its lease ran out, or gave it up. */
export class LeaseLost extends Error {
  constructor(readonly jobId: string) {
    super(`Job ${jobId} is no longer this run's: its lease ran out and another worker took it over`);
    this.name = 'LeaseLost';
  }
}
