import { parseCoda } from '../../src/modules/banking/formats/coda.js';
import { type MovementSpec, statementLines } from '../../test/helpers/coda-file.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'bank-parse-coda';

/*
 * The reading of a CODA 2.x file into ParsedStatements (src/modules/banking/formats/coda.ts), as a
 * bank statement import does: a file of 100,000 movements (21 + 22 + 23 records each, a structured
 * reference or a free text, a counterparty), written in memory and fed to the parser in 64 KiB
 * chunks as a stream would. CPU work on this thread; the figure is transactions per second over the
 * timed window, and the peak heap the parse adds (it should stay near one statement's worth, since
 * statements are yielded as they complete and the caller here drops them).
 */

const TARGET_TX_PER_SEC = 50_000;
const MOVEMENTS = Number(process.env.BENCH_CODA_MOVEMENTS ?? 100_000);
/** CODA's movement sequence number has 4 digits: a statement holds at most 9,999 movements. */
const PER_STATEMENT = 5_000;
const CHUNK = 64 * 1024;

function movement(i: number): MovementSpec {
  const sequence = (i % PER_STATEMENT) + 1;
  const counterparty = { name: `CLIENT ${i}`, account: 'BE71096123456769', bic: 'GKCCBEBB' };
  return i % 2 === 0
    ? {
        sequence,
        millis: BigInt(1_000 + (i % 997) * 10),
        ogm: '010806817183',
        counterparty,
        endToEndId: `E2E${i}`,
      }
    : { sequence, millis: -BigInt(500 + (i % 991) * 10), text: `INVOICE ${i} DECEMBER`, counterparty };
}

/** The whole file, ISO-8859-1 with CR LF, as a bank sends it. */
export function codaFile(movements: number): Buffer {
  const lines: string[] = [];
  let balance = 1_000_000n;
  for (let start = 0; start < movements; start += PER_STATEMENT) {
    const specs: MovementSpec[] = [];
    for (let i = start; i < Math.min(movements, start + PER_STATEMENT); i++) specs.push(movement(i));
    lines.push(...statementLines(specs, balance));
    for (const m of specs) balance += m.millis;
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

async function* chunks(data: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
}

/** One parse: the transactions read and the highest heap seen above the start (sampled per statement). */
async function parseOnce(data: Buffer): Promise<{ transactions: number; ms: number; peakHeap: number }> {
  const base = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let transactions = 0;
  const start = performance.now();
  for await (const s of parseCoda(chunks(data))) {
    transactions += s.transactions.length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - base);
  }
  return { transactions, ms: performance.now() - start, peakHeap };
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  const data = codaFile(MOVEMENTS);
  const first = await parseOnce(data);
  if (first.transactions !== MOVEMENTS)
    throw new Error(`${first.transactions} transactions, not ${MOVEMENTS}`);
  const cpu = process.cpuUsage();
  const runs: { transactions: number; ms: number; peakHeap: number }[] = [];
  const end = performance.now() + opts.durationSec * 1000;
  do runs.push(await parseOnce(data));
  while (performance.now() < end);
  const used = process.cpuUsage(cpu);
  const ms = runs.reduce((a, r) => a + r.ms, 0);
  const perSec = (runs.length * MOVEMENTS * 1000) / ms;
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const peakHeapMiB = Math.max(...runs.map((r) => r.peakHeap)) / 2 ** 20;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  return [
    {
      scenario: `${name} ${MOVEMENTS} movements`,
      engine: null,
      status: 'ok',
      requestsPerSec: perSec,
      p50Ms: times[Math.floor(times.length / 2)] ?? null,
      p99Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? null,
      serverCpuMsPerRequest: (used.user + used.system) / 1000 / runs.length,
      ratioToBare: null,
      target: null,
      targetText: `> ${TARGET_TX_PER_SEC} tx/s`,
      pass: perSec > TARGET_TX_PER_SEC,
      requests: runs.length,
      non2xx: 0,
      responseBytes: data.length,
      note: `${(data.length / 2 ** 20).toFixed(1)} MiB file, ${Math.ceil(MOVEMENTS / PER_STATEMENT)} statements, read in ${CHUNK / 1024} KiB chunks: ${Math.round(perSec)} transactions/s over ${runs.length} parses (p50 ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms a file); peak heap above the start ${peakHeapMiB.toFixed(1)} MiB, process max RSS ${maxRssMiB.toFixed(0)} MiB (the file itself held in memory)`,
    },
  ];
}
