import { join } from 'node:path';
import { sql } from 'kysely';
import { createDocument } from '../../src/modules/documents/documents.service.js';
import { finalizeDocuments } from '../../src/modules/documents/lifecycle.service.js';
import { recordPayment } from '../../src/modules/payments/index.js';
import type { Engine } from '../../src/platform/db/index.js';
import { perEngine } from '../lib/app-vs-bare.js';
import { benchContext, seedBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';
import { windowProfiler } from '../lib/window-profiler.js';

export const name = 'payments-record';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000);
/** Each invoice (1,210.00) is paid in ten instalments of 121.00: partially paid nine times, then paid. */
const PER_INVOICE = 10;
const INVOICES = Math.ceil(PAYMENTS / PER_INVOICE);
const LINE = {
  description: 'Consulting',
  quantity: '10',
  unitPrice: '100',
  vatCategory: 'S' as const,
  vatRate: '21',
};

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

/**
 * Service layer: issued invoices are prepared first (not timed); then 10,000 payments are recorded
 * one after another, each in its own transaction: invoice row lock, balance from the sums, payment
 * and allocation rows, cache and status rewritten from the sums, timeline event and audit rows.
 */
async function serviceLayer(engine: Engine, opts: BenchOptions): Promise<BenchRow> {
  const database = await createBenchDatabase(engine, opts.postgresUrl);
  try {
    const ctx = benchContext(database, engine);
    const { companyId, actor } = await seedBenchCompany(ctx);
    const ids: string[] = [];
    for (let i = 0; i < INVOICES; i++) {
      const d = await createDocument(ctx, actor, companyId, 'invoice', {
        contactId: 'bench-customer',
        lines: [LINE],
      });
      ids.push(d.id);
    }
    for (let i = 0; i < ids.length; i += 100)
      await finalizeDocuments(ctx, actor, companyId, 'invoice', ids.slice(i, i + 100), {});
    const date = new Date().toISOString().slice(0, 10);
    const times: number[] = [];
    const profile = windowProfiler(
      opts.cpuProfDir ? join(opts.cpuProfDir, `${name}-service-${engine}.cpuprofile`) : null,
    );
    await profile('start');
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    for (let n = 0; n < PAYMENTS; n++) {
      const invoiceId = ids[n % INVOICES] as string;
      const t0 = performance.now();
      await recordPayment(ctx, actor, companyId, {
        contactId: 'bench-customer',
        date,
        amount: '121.00',
        currency: 'EUR',
        method: 'bank_transfer',
        reference: `PAY-${n}`,
        allocations: [{ invoiceId, amount: '121.00' }],
        unallocated: 'refuse',
      });
      times.push(performance.now() - t0);
    }
    const sec = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await profile('end');
    // What the run must have produced: every invoice paid, its cache equal to its allocations' sum.
    const check = await sql<{ paid: number | string; wrong: number | string }>`
      select count(*) filter (where status = 'paid') as paid,
             count(*) filter (where paid_minor <> (select coalesce(sum(a.amount_minor), 0)
               from payment_allocations a where a.company_id = d.company_id and a.invoice_id = d.id)) as wrong
      from documents d where company_id = ${companyId} and kind = 'invoice'`.execute(ctx.db);
    const c = check.rows[0];
    if (Number(c?.paid) !== INVOICES || Number(c?.wrong) !== 0)
      throw new Error(
        `expected ${INVOICES} paid invoices matching their allocations, got ${JSON.stringify(c)}`,
      );
    times.sort((a, b) => a - b);
    return row(engine, {
      requestsPerSec: PAYMENTS / sec,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / PAYMENTS,
      targetText: '—',
      requests: PAYMENTS,
      note: `service layer: ${PAYMENTS.toLocaleString('en')} payments recorded one after another (one transaction each), ${PER_INVOICE} instalments on each of ${INVOICES.toLocaleString('en')} issued invoices; payments/s`,
    });
  } finally {
    await database.close();
  }
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => serviceLayer(e, opts)]);
}
