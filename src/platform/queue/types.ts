import type { ZodType } from 'zod';
import type { AppContext } from '../context.js';

export interface JobRecord {
  id: string;
  name: string;
  companyId: string | null;
  attempts: number;
  maxAttempts: number;
}

export interface JobDefinition<P = unknown> {
  name: string;
  payload: ZodType<P>;
  /** Must be idempotent: a crashed worker's job runs again after its lock expires. */
  handler: (ctx: AppContext, payload: P, job: JobRecord) => Promise<void>;
  /**
   * The job row carries the limit the worker enforces, set by enqueueJob's `maxAttempts` (default 8);
   * code that enqueues this job passes this value there (see queueMail).
   */
  maxAttempts?: number;
}

/** Schedules are data: the worker enqueues `job` every `everyMs`, once per slot across all workers. */
export interface ScheduleDefinition {
  name: string;
  job: string;
  everyMs: number;
  payload?: unknown;
}

export const defineJob = <P>(def: JobDefinition<P>): JobDefinition<P> => def;
