import { join } from 'node:path';
import { createDocument } from '../../src/modules/documents/documents.service.js';
import { finalizeDocument } from '../../src/modules/documents/lifecycle.service.js';
import { applyPreset } from '../../src/modules/reminders/reminder-rules.service.js';
import { runReminders } from '../../src/modules/reminders/reminder-run.service.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Engine } from '../../src/platform/db/index.js';
import type { DocumentLinesTable, DocumentsTable, DocumentVatTable } from '../../src/platform/db/schema.js';
import { addDays, todayIn } from '../../src/shared/dates.js';
import { newId } from '../../src/shared/ids.js';
import { perEngine } from '../lib/app-vs-bare.js';
import { benchContext, benchCustomer, seedBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';
import { windowProfiler } from '../lib/window-profiler.js';

export const name = 'reminders-run';

const OPEN = Number(process.env.BENCH_REMINDER_INVOICES ?? 100_000);
const DUE = Number(process.env.BENCH_REMINDERS_DUE ?? 10_000);
const CUSTOMERS = 1_000;
const TARGET_SEC = 10;
/** Rows inserted per statement while seeding (documents have ~50 columns: under SQLite's 32,766 variables). */
const CHUNK = 500;

/** One measurement: `due` invoices due for their first level among `open` open ones. */
interface Case {
  due: number;
  open: number;
}

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

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Open invoices as the app writes them: one invoice is drafted and issued through the services, and
 * its rows (document, line, VAT group) are copied with their own id, number, sequence, chain index
 * and customer. Bulk inserts, because issuing 100,000 invoices one by one would take minutes.
 */
async function seedInvoices(
  ctx: AppContext,
  seed: Awaited<ReturnType<typeof seedBenchCompany>>,
  from: number,
  count: number,
  dueDate: string,
): Promise<string[]> {
  const draft = await createDocument(ctx, seed.actor, seed.companyId, 'invoice', {
    contactId: seed.customerId,
    lines: [{ description: 'Consulting', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
  });
  await finalizeDocument(ctx, seed.actor, seed.companyId, 'invoice', draft.id, {});
  const doc = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', draft.id)
    .executeTakeFirstOrThrow();
  const lines = await ctx.db
    .selectFrom('document_lines')
    .selectAll()
    .where('document_id', '=', draft.id)
    .execute();
  const vat = await ctx.db
    .selectFrom('document_vat')
    .selectAll()
    .where('document_id', '=', draft.id)
    .execute();
  const buyer = JSON.parse(doc.buyer ?? '{}') as Record<string, unknown>;
  const ids: string[] = [];
  const docs: DocumentsTable[] = [];
  const lineRows: DocumentLinesTable[] = [];
  const vatRows: DocumentVatTable[] = [];
  for (let i = from; i < from + count; i++) {
    const id = newId();
    ids.push(id);
    const customer = i % CUSTOMERS;
    docs.push({
      ...doc,
      id,
      number: `B-${String(i).padStart(7, '0')}`,
      sequence: 1_000_000 + i,
      chain_index: 1_000_000 + i,
      payment_reference: null,
      payment_reference_seq: null,
      contact_id: `bench-customer-${customer}`,
      buyer: JSON.stringify({ ...buyer, name: `Client ${customer}` }),
      due_date: dueDate,
    });
    for (const l of lines) lineRows.push({ ...l, id: newId(), document_id: id });
    for (const v of vat) vatRows.push({ ...v, document_id: id });
  }
  await insertChunked(docs, (c) => ctx.db.insertInto('documents').values(c).execute());
  await insertChunked(lineRows, (c) => ctx.db.insertInto('document_lines').values(c).execute());
  await insertChunked(vatRows, (c) => ctx.db.insertInto('document_vat').values(c).execute());
  return ids;
}

/** Makes exactly `ids` overdue by `daysLate` (first level), every other invoice not due yet. */
async function makeDue(ctx: AppContext, companyId: string, ids: string[], today: string) {
  await ctx.db
    .updateTable('documents')
    .set({ due_date: addDays(today, 20) })
    .where('company_id', '=', companyId)
    .where('kind', '=', 'invoice')
    .execute();
  await insertChunked(ids, (c) =>
    ctx.db
      .updateTable('documents')
      .set({ due_date: addDays(today, -10) })
      .where('company_id', '=', companyId)
      .where('id', 'in', c)
      .execute(),
  );
}

const count = async (ctx: AppContext, table: 'reminders' | 'mail_outbox') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function engineRows(engine: Engine, opts: BenchOptions): Promise<BenchRow[]> {
  const database = await createBenchDatabase(engine, opts.postgresUrl);
  try {
    const ctx = benchContext(database, engine);
    const seed = await seedBenchCompany(ctx);
    const { companyId } = seed;
    const customers = Array.from({ length: CUSTOMERS }, (_, i) =>
      benchCustomer(companyId, `bench-customer-${i}`, {
        name: `Client ${i}`,
        emails: [`billing+${i}@client.test`],
        vatNumber: null,
      }),
    );
    await insertChunked(customers, (c) => ctx.db.insertInto('contacts').values(c).execute());
    // Belgian B2C: level 1 at 7 days, level 2 at 22: an invoice 10 days late is due for level 1.
    await applyPreset(ctx, seed.actor, companyId, 'be-b2c');
    const today = todayIn('Europe/Brussels', new Date());

    const half = Math.floor(OPEN / 2);
    const cases: Case[] = [
      { due: DUE, open: half },
      { due: Math.round(DUE / 10), open: OPEN },
      { due: Math.round(DUE / 2), open: OPEN },
      { due: DUE, open: OPEN },
    ];
    const seedStart = performance.now();
    const invoices = await seedInvoices(ctx, seed, 0, half, addDays(today, 20));
    const seedSec = (performance.now() - seedStart) / 1000;
    const rows: BenchRow[] = [];
    // Each case reminds invoices no earlier case touched (those are then not due: their due date moves on).
    let next = 0;
    for (const c of cases) {
      if (invoices.length < c.open)
        invoices.push(
          ...(await seedInvoices(ctx, seed, invoices.length, c.open - invoices.length, addDays(today, 20))),
        );
      const ids = invoices.slice(next, next + c.due);
      next += c.due;
      await makeDue(ctx, companyId, ids, today);
      const [reminders0, mails0] = [await count(ctx, 'reminders'), await count(ctx, 'mail_outbox')];
      const profile = windowProfiler(
        opts.cpuProfDir ? join(opts.cpuProfDir, `${name}-${engine}-${c.due}-of-${c.open}.cpuprofile`) : null,
      );
      await profile('start');
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const summary = await runReminders(ctx, companyId);
      const sec = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpu0);
      await profile('end');
      // What the run must have written: one reminder and one outbox message per invoice due.
      const made = (await count(ctx, 'reminders')) - reminders0;
      const mailed = (await count(ctx, 'mail_outbox')) - mails0;
      if (summary.sent !== c.due || made !== c.due || mailed !== c.due || summary.failed.length)
        throw new Error(
          `${c.due} due of ${c.open}: sent ${summary.sent}, ${made} reminders, ${mailed} messages, failed ${JSON.stringify(summary.failed.slice(0, 3))}`,
        );
      const isTarget = engine === 'sqlite' && c.due === DUE && c.open === OPEN;
      rows.push(
        row(engine, {
          requestsPerSec: c.due / sec,
          serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / c.due,
          requests: c.due,
          targetText: isTarget ? `< ${TARGET_SEC} s` : '—',
          pass: isTarget ? sec < TARGET_SEC : null,
          note: `${c.due.toLocaleString('en')} due of ${c.open.toLocaleString('en')} open: ${sec.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), ${((sec * 1000) / c.due).toFixed(3)} ms per reminder (reminders/s; outbox only, nothing sent)${c === cases[0] ? `; ${half.toLocaleString('en')} invoices seeded at ${(half / seedSec).toFixed(0)}/s` : ''}`,
        }),
      );
    }
    return rows;
  } finally {
    await database.close();
  }
}

/**
 * The hourly reminder run of one company (runReminders, service layer) over 100,000 open issued
 * invoices of 1,000 customers with e-mail addresses, under the Belgian B2C rules: 1,000, 5,000 and
 * 10,000 of them due for their first level, and 10,000 due among 50,000 open. Each reminder and its
 * message are written (outbox), nothing is delivered. The rows show the cost growing with the
 * invoices due, not with the invoices open.
 */
export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => engineRows(e, opts)]);
}
