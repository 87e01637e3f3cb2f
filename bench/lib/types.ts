/**
 * Where a row's numbers came from: the bare Fastify baseline, the app on one database engine, or the
 * web app's production build (web-bundle: bytes, not requests).
 */
export type BenchTarget = 'bare' | 'sqlite' | 'postgres' | 'web';

export type RowStatus = 'ok' | 'skipped' | 'error';

/** One line of the table and of the JSON file. Numbers are null when the row was skipped or failed. */
export interface BenchRow {
  scenario: string;
  /** Null only on an error row for a scenario that failed as a whole. */
  engine: BenchTarget | null;
  status: RowStatus;
  requestsPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  /**
   * CPU time of the server's Node process per answered request (not PostgreSQL's own processes): less
   * sensitive than req/s to other load on the machine, so compare it across runs.
   */
  serverCpuMsPerRequest: number | null;
  /** This row's requests/s divided by the scenario's bare baseline (1 for the baseline itself). */
  ratioToBare: number | null;
  /** Minimum ratio to pass; null when the row is informational. */
  target: number | null;
  pass: boolean | null;
  /** Requests answered with 2xx during the measured window, and those that were not (must be 0). */
  requests: number | null;
  non2xx: number | null;
  /** Bytes of one response body, so later runs can tell a payload change from a speed change. */
  responseBytes: number | null;
  /** web-bundle: gzipped JavaScript a page downloads before it shows. */
  gzipBytes?: number;
  /** For targets that are not a ratio to bare (e.g. "p99 < 20 ms"): printed instead of `target`. */
  targetText?: string;
  note?: string;
}

export interface BenchOptions {
  /** Measured seconds per row, after the warm-up. */
  durationSec: number;
  warmupSec: number;
  connections: number;
  /** Admin URL of a PostgreSQL server; each scenario creates (and drops) its own database on it. */
  postgresUrl: string;
  /** Start server children with `--cpu-prof`, profiles written to this directory. */
  cpuProfDir: string | null;
}

/** A scenario module exports these two; `bench/run.ts` lists the modules explicitly. */
export interface Scenario {
  name: string;
  run(opts: BenchOptions): Promise<BenchRow[]>;
}
