import { join } from 'node:path';
import type { BenchOptions } from './types.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return v;
}

/** Reads the BENCH_* variables; bench/README.md lists them. */
export function benchOptions(env: NodeJS.ProcessEnv, resultsDir: string, stamp: string): BenchOptions {
  return {
    durationSec: seconds(env, 'BENCH_DURATION', 10, 1),
    warmupSec: seconds(env, 'BENCH_WARMUP', 2, 0),
    connections: Math.round(seconds(env, 'BENCH_CONNECTIONS', 10, 1)),
    postgresUrl: env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL,
    cpuProfDir: env.BENCH_CPU_PROF === '1' ? join(resultsDir, 'profiles', stamp) : null,
  };
}

/** A database URL fit for a report: the password, if any, replaced. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
