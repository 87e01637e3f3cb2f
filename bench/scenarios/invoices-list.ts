import { sql } from 'kysely';
import { pino } from 'pino';
import { listDocuments } from '../../src/modules/documents/documents.service.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Engine } from '../../src/platform/db/index.js';
import type { DocumentsTable } from '../../src/platform/db/schema.js';
import { perEngine } from '../lib/app-vs-bare.js';
import { insertBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'invoices-list-200k';

const INVOICES = Number(process.env.BENCH_LIST_INVOICES ?? 200_000);
const QUERIES = 300;
const TARGET_P99_MS = 20;
const STATUSES = ['draft', 'issued', 'sent', 'sent', 'paid', 'paid', 'paid', 'partially_paid', 'cancelled'];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function seed(ctx: AppContext, companyId: string) {
  const batch: DocumentsTable[] = [];
  const flush = async () => {
    if (batch.length) await ctx.db.insertInto('documents').values(batch.splice(0)).execute();
  };
  const day0 = Date.parse('2024-01-01T00:00:00Z');
  let seq = 0;
  for (let i = 0; i < INVOICES; i++) {
    const status = STATUSES[i % STATUSES.length] as string;
    const issue = new Date(day0 + Math.floor((i / INVOICES) * 1000) * 86_400_000).toISOString().slice(0, 10);
    const numbered = status !== 'draft';
    const created = new Date(day0 + i * 1000).toISOString();
    batch.push({
      id: `inv${String(i).padStart(8, '0')}`,
      company_id: companyId,
      kind: 'invoice',
      status,
      number: numbered ? `F-${issue.slice(0, 4)}-${String(++seq).padStart(6, '0')}` : null,
      sequence: numbered ? seq : null,
      sequence_period: numbered ? issue.slice(0, 4) : null,
      contact_id: null,
      source_id: null,
      billing_type: 'standard',
      subject: `Invoice ${i}`,
      buyer_reference: null,
      language: 'fr',
      currency: 'EUR',
      prices_include_vat: 0,
      vat_regime: 'standard',
      discount_e2: 0,
      issue_date: issue,
      due_date: issue,
      delivery_date: null,
      valid_until: null,
      payment_terms_days: 30,
      notes: null,
      conditions: null,
      payment_reference: null,
      payment_reference_seq: null,
      exchange_rate: null,
      line_net_minor: 10000 + i,
      allowance_minor: 0,
      tax_exclusive_minor: 10000 + i,
      vat_minor: 2100,
      tax_inclusive_minor: 12100 + i,
      payable_minor: 12100 + i,
      credited_minor: 0,
      paid_minor: status === 'paid' ? 12100 + i : 0,
      seller: null,
      buyer: JSON.stringify({ name: `Client ${i % 500}` }),
      content_hash: null,
      previous_hash: null,
      chain_index: null,
      issued_at: numbered ? created : null,
      search_text: `invoice ${i} client ${i % 500}`,
      created_by: null,
      created_at: created,
      updated_at: created,
    });
    // 44 columns × 300 rows stays under SQLite's 32,766 bound parameters.
    if (batch.length === 300) await flush();
  }
  await flush();
}

async function measure(engine: Engine, opts: BenchOptions): Promise<BenchRow> {
  const database = await createBenchDatabase(engine, opts.postgresUrl);
  try {
    const ctx: AppContext = {
      db: database.db,
      engine,
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      clock: systemClock,
      log: pino({ level: 'silent' }),
    };
    const companyId = 'bench-company';
    await insertBenchCompany(ctx.db, companyId);
    const seedStart = performance.now();
    await seed(ctx, companyId);
    const seedSec = (performance.now() - seedStart) / 1000;
    await sql`ANALYZE`.execute(database.db);

    // First pages and deeper pages (by cursor), for single and combined statuses, newest first.
    const filters = ['paid', 'sent', 'issued,sent,partially_paid', 'cancelled', 'draft'];
    const cursors = new Map<string, string | null>();
    const one = async (i: number) => {
      const status = filters[i % filters.length] as string;
      const deep = i % 2 === 1 ? (cursors.get(status) ?? undefined) : undefined;
      const page = await listDocuments(ctx, companyId, 'invoice', {
        status,
        sort: '-date',
        limit: 50,
        ...(deep ? { cursor: deep } : {}),
      } as never);
      cursors.set(status, page.nextCursor);
      return page.items.length;
    };
    for (let i = 0; i < 30; i++) await one(i);
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t0 = performance.now();
      await one(i);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p99 = percentile(times, 99);
    const isTarget = engine === 'sqlite';
    return {
      scenario: name,
      engine,
      status: 'ok',
      requestsPerSec: null,
      p50Ms: percentile(times, 50),
      p99Ms: p99,
      serverCpuMsPerRequest: null,
      ratioToBare: null,
      target: null,
      targetText: isTarget ? `p99 < ${TARGET_P99_MS} ms` : '—',
      pass: isTarget ? p99 < TARGET_P99_MS : null,
      requests: QUERIES,
      non2xx: 0,
      responseBytes: null,
      note: `${INVOICES.toLocaleString('en')} invoices seeded in ${seedSec.toFixed(1)} s; pages of 50 filtered by status, newest first, first and following pages (service layer)`,
    };
  } finally {
    await database.close();
  }
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => measure(e, opts)]);
}
