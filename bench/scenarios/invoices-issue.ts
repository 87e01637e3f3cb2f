import { join } from 'node:path';
import { createDocument } from '../../src/modules/documents/documents.service.js';
import { finalizeDocument, finalizeDocuments } from '../../src/modules/documents/lifecycle.service.js';
import type { Engine } from '../../src/platform/db/index.js';
import { perEngine, withAppServer } from '../lib/app-vs-bare.js';
import { benchContext, seedBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import { type HttpSession, postJson, signupOverHttp } from '../lib/http-session.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';
import { windowProfiler } from '../lib/window-profiler.js';

export const name = 'invoices-issue';

const SERVICE_INVOICES = Number(process.env.BENCH_INVOICES ?? 10_000);
const HTTP_INVOICES = Number(process.env.BENCH_HTTP_INVOICES ?? 2_000);
const HTTP_CONCURRENCY = 8;
const TARGET_PER_SEC = 1000;

/** Ten lines at three VAT rates, with a discount and 3-decimal quantities: a realistic invoice. */
const LINES = Array.from({ length: 10 }, (_, i) => ({
  description: `Line ${i + 1}: consulting and material`,
  quantity: i % 3 === 0 ? '1.25' : String(i + 1),
  unitPrice: `${(17 + i * 3.1).toFixed(2)}`,
  discountPercent: i === 4 ? '10' : '0',
  vatCategory: 'S' as const,
  vatRate: ['21', '12', '6'][i % 3] as string,
}));

const row = (engine: Engine, over: Partial<BenchRow>): BenchRow => ({
  scenario: name,
  engine,
  status: 'ok',
  requestsPerSec: null,
  p50Ms: null,
  p99Ms: null,
  serverCpuMsPerRequest: null,
  ratioToBare: null,
  target: null,
  pass: null,
  requests: null,
  non2xx: 0,
  responseBytes: null,
  ...over,
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Drafts per transaction in the batched row (what month-end "issue selected" and recurring runs do). */
const BATCH = 100;

/**
 * Drafts are created first (not timed); then each is issued: number, snapshot, hash chain, events.
 * `batch` 1: one call and one transaction per invoice; more: finalizeDocuments with that many ids.
 */
export async function serviceLayer(engine: Engine, opts: BenchOptions, batch = 1): Promise<BenchRow> {
  const database = await createBenchDatabase(engine, opts.postgresUrl);
  try {
    const ctx = benchContext(database, engine);
    const { companyId, actor } = await seedBenchCompany(ctx);
    const draftStart = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < SERVICE_INVOICES; i++) {
      const d = await createDocument(ctx, actor, companyId, 'invoice', {
        contactId: 'bench-customer',
        lines: LINES,
      });
      ids.push(d.id);
    }
    const draftSec = (performance.now() - draftStart) / 1000;
    const times: number[] = [];
    const profile = windowProfiler(
      opts.cpuProfDir ? join(opts.cpuProfDir, `${name}-service-${engine}-batch${batch}.cpuprofile`) : null,
    );
    await profile('start');
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    if (batch === 1) {
      for (const id of ids) {
        const t0 = performance.now();
        await finalizeDocument(ctx, actor, companyId, 'invoice', id, {});
        times.push(performance.now() - t0);
      }
    } else {
      for (let i = 0; i < ids.length; i += batch) {
        const t0 = performance.now();
        await finalizeDocuments(ctx, actor, companyId, 'invoice', ids.slice(i, i + batch), {});
        times.push(performance.now() - t0);
      }
    }
    const sec = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await profile('end');
    times.sort((a, b) => a - b);
    const perSec = SERVICE_INVOICES / sec;
    const isTarget = engine === 'sqlite' && batch === 1;
    return row(engine, {
      requestsPerSec: perSec,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / SERVICE_INVOICES,
      targetText: isTarget ? `≥ ${TARGET_PER_SEC} issued/s` : '—',
      pass: isTarget ? perSec >= TARGET_PER_SEC : null,
      requests: SERVICE_INVOICES,
      note:
        batch === 1
          ? `service layer: ${SERVICE_INVOICES.toLocaleString('en')} invoices × 10 lines issued one after another, one transaction each (drafts created first at ${(SERVICE_INVOICES / draftSec).toFixed(0)}/s)`
          : `service layer: the same, ${batch} drafts per finalizeDocuments call and transaction (p50/p99 are per call of ${batch})`,
    });
  } finally {
    await database.close();
  }
}

/** Over real HTTP against the app in a child process, several issuing at once. */
async function overHttp(engine: Engine, opts: BenchOptions): Promise<BenchRow> {
  return withAppServer(engine, opts, `${name}-${engine}`, async ({ server }) => {
    const base = server.baseUrl;
    const session: HttpSession = await signupOverHttp(base, {
      email: `bench-${Date.now()}@example.test`,
      password: 'bench-password-123',
      name: 'Bench',
    });
    const company = (await postJson(base, session, '/api/v1/companies', {
      name: 'Bench',
      country: 'BE',
      vatNumber: 'BE0417497106',
    })) as { id: string };
    const c = `/api/v1/companies/${company.id}`;
    const contact = (await postJson(base, session, `${c}/contacts`, {
      roles: ['customer'],
      name: 'Client SA',
    })) as { id: string };
    const ids: string[] = [];
    for (let i = 0; i < HTTP_INVOICES; i++) {
      const d = (await postJson(base, session, `${c}/invoices`, { contactId: contact.id, lines: LINES })) as {
        id: string;
      };
      ids.push(d.id);
    }
    const times: number[] = [];
    let next = 0;
    const startCpu = await server.window('start');
    const start = performance.now();
    await Promise.all(
      Array.from({ length: HTTP_CONCURRENCY }, async () => {
        while (next < ids.length) {
          const id = ids[next++] as string;
          const t0 = performance.now();
          await postJson(base, session, `${c}/invoices/${id}/issue`, {}, 200);
          times.push(performance.now() - t0);
        }
      }),
    );
    const sec = (performance.now() - start) / 1000;
    const cpu = (await server.window('end')) - startCpu;
    times.sort((a, b) => a - b);
    return row(engine, {
      requestsPerSec: HTTP_INVOICES / sec,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      serverCpuMsPerRequest: cpu / 1000 / HTTP_INVOICES,
      targetText: '—',
      requests: HTTP_INVOICES,
      note: `HTTP: ${HTTP_INVOICES.toLocaleString('en')} invoices × 10 lines, POST …/issue, ${HTTP_CONCURRENCY} at a time (full document in each response)`,
    });
  });
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [
    (e) => serviceLayer(e, opts),
    (e) => serviceLayer(e, opts, BATCH),
    (e) => overHttp(e, opts),
  ]);
}
