import autocannon from 'autocannon';
import type { ChildServer } from './child-server.js';

export interface Measurement {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Server process CPU (user + system) per answered request: steadier than req/s on a shared machine. */
  serverCpuMsPerRequest: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface Load {
  durationSec: number;
  warmupSec: number;
  connections: number;
}

const fire = (url: string, headers: Record<string, string>, connections: number, duration: number) =>
  autocannon({ url, headers, connections, duration, pipelining: 1 });

/**
 * Loads `path` on `server` over real sockets: a discarded warm-up (JIT, caches, connection pools) and
 * then the measured window. Requests/s is the 2xx count over the window, so errors never inflate it.
 */
export async function measure(
  server: ChildServer,
  path: string,
  headers: Record<string, string>,
  load: Load,
): Promise<Measurement> {
  const url = `${server.baseUrl}${path}`;
  if (load.warmupSec > 0) await fire(url, headers, load.connections, load.warmupSec);
  const cpuBefore = await server.window('start');
  const r = await fire(url, headers, load.connections, load.durationSec);
  const cpuAfter = await server.window('end');
  const ok = r['2xx'];
  return {
    requestsPerSec: ok / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    serverCpuMsPerRequest: ok > 0 ? (cpuAfter - cpuBefore) / 1000 / ok : Number.NaN,
    requests: ok,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}
