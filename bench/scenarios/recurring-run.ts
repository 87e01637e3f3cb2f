import { join } from 'node:path';
import { CreateRecurringBody } from '../../src/modules/recurring/recurring.schema.js';
import { createProfile, nextPeriod } from '../../src/modules/recurring/recurring.service.js';
import { runRecurring } from '../../src/modules/recurring/recurring-run.service.js';
import { ScheduleSchema } from '../../src/modules/recurring/schedule.schema.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Engine } from '../../src/platform/db/index.js';
import type { RecurringProfilesTable } from '../../src/platform/db/schema.js';
import { addDays, addMonths, todayIn } from '../../src/shared/dates.js';
import { newId } from '../../src/shared/ids.js';
import { errorRow, perEngine, serviceRow } from '../lib/app-vs-bare.js';
import { attempt } from '../lib/attempt.js';
import { benchContext, benchCustomer, seedBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';
import { windowProfiler } from '../lib/window-profiler.js';

export const name = 'recurring-run';

const PROFILES = Number(process.env.BENCH_RECURRING_PROFILES ?? 20_000);
const DUE = Number(process.env.BENCH_RECURRING_DUE ?? 10_000);
const CUSTOMERS = 1_000;
const TARGET_SEC = 30;
/** Rows inserted per statement while seeding (profiles have 21 columns: under SQLite's 32,766 variables). */
const CHUNK = 500;
const TIME_ZONE = 'Europe/Brussels';

const row = (engine: Engine, over: Partial<BenchRow>): BenchRow => serviceRow(name, engine, over);

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** A monthly schedule starting on `startDate` (08:00 Brussels), as stored, with its first period's due instant. */
function monthly(startDate: string) {
  const schedule = ScheduleSchema.parse({
    frequency: 'month',
    startDate,
    timeOfDay: '08:00',
    timeZone: TIME_ZONE,
  });
  const first = nextPeriod(schedule, null);
  if (!first) throw new Error(`No period in the schedule starting ${startDate}`);
  return { schedule: JSON.stringify(schedule), nextRunAt: first.dueAt };
}

/**
 * `count` profiles as the app stores them: two are created through the service (one with one line,
 * one with two, period placeholders in the texts, issued and sent) and their rows copied with their own
 * id, name and customer (profile i: customer i mod 1,000), every one due next month.
 */
async function seedProfiles(
  ctx: AppContext,
  seed: Awaited<ReturnType<typeof seedBenchCompany>>,
  count: number,
  notDue: ReturnType<typeof monthly>,
): Promise<string[]> {
  const line = {
    description: 'Maintenance {{period}}',
    quantity: '1',
    unitPrice: '100',
    vatCategory: 'S',
    vatRate: '21',
  };
  const templates: RecurringProfilesTable[] = [];
  for (const lines of [[line], [line, { ...line, description: 'Hosting {{month}}', unitPrice: '25.5' }]]) {
    const input = CreateRecurringBody.parse({
      contactId: seed.customerId,
      name: 'Maintenance',
      currency: 'EUR',
      notes: 'Période du {{periodStart}} au {{periodEnd}}',
      lines,
      mode: 'issue_and_send',
      schedule: JSON.parse(notDue.schedule),
    });
    const made = await createProfile(ctx, seed.actor, seed.companyId, input);
    templates.push(
      await ctx.db
        .selectFrom('recurring_profiles')
        .selectAll()
        .where('id', '=', made.id)
        .executeTakeFirstOrThrow(),
    );
  }
  // The two templates stay in the table, not due: the run must leave them alone.
  const ids: string[] = [];
  const rows: RecurringProfilesTable[] = [];
  for (let i = 0; i < count; i++) {
    const id = newId();
    ids.push(id);
    const template = templates[i % 2] as RecurringProfilesTable;
    rows.push({
      ...template,
      id,
      name: `Maintenance ${i}`,
      contact_id: `bench-customer-${i % CUSTOMERS}`,
      schedule: notDue.schedule,
      next_run_at: notDue.nextRunAt,
    });
  }
  await insertChunked(rows, (c) => ctx.db.insertInto('recurring_profiles').values(c).execute());
  return ids;
}

/** Makes the first period of exactly `ids` due (it started yesterday; the next starts next month). */
const makeDue = (ctx: AppContext, companyId: string, ids: string[], due: ReturnType<typeof monthly>) =>
  insertChunked(ids, (c) =>
    ctx.db
      .updateTable('recurring_profiles')
      .set({ schedule: due.schedule, next_run_at: due.nextRunAt })
      .where('company_id', '=', companyId)
      .where('id', 'in', c)
      .execute(),
  );

/** What the run's checks compare before and after: the company's invoices, runs and held messages. */
async function counts(ctx: AppContext, companyId: string) {
  const docs = await ctx.db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('all'),
      eb.fn.count<number | string>('number').as('numbered'),
      eb.fn.count<number | string>('sequence').distinct().as('sequences'),
      eb.fn.min<number | null>('sequence').as('first'),
      eb.fn.max<number | null>('sequence').as('last'),
      eb.fn.count<number | string>('sequence_period').distinct().as('periods'),
    ])
    .where('company_id', '=', companyId)
    .where('kind', '=', 'invoice')
    .executeTakeFirstOrThrow();
  const issued = await ctx.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('company_id', '=', companyId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .executeTakeFirstOrThrow();
  const runs = await ctx.db
    .selectFrom('recurring_runs')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('company_id', '=', companyId)
    .where('status', '=', 'generated')
    .executeTakeFirstOrThrow();
  const held = await ctx.db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('company_id', '=', companyId)
    .where('entity_type', '=', 'invoice')
    .where('attachments_pending', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    invoices: Number(docs.all),
    numbered: Number(docs.numbered),
    sequences: Number(docs.sequences),
    first: docs.first === null ? null : Number(docs.first),
    last: docs.last === null ? 0 : Number(docs.last),
    periods: Number(docs.periods),
    issued: Number(issued.n),
    runs: Number(runs.n),
    held: Number(held.n),
  };
}

/**
 * Throws unless the run made exactly `n` invoices, all issued, numbered right after the last one
 * with `n` consecutive numbers, `n` generated periods and `n` messages held for their PDF.
 */
async function check(
  ctx: AppContext,
  companyId: string,
  n: number,
  before: Awaited<ReturnType<typeof counts>>,
  after: Awaited<ReturnType<typeof counts>>,
  summary: Awaited<ReturnType<typeof runRecurring>>,
): Promise<void> {
  const made = after.invoices - before.invoices;
  const consecutive =
    after.last - before.last === after.numbered - before.numbered &&
    after.sequences === after.numbered &&
    after.first === 1 &&
    after.last === after.numbered &&
    after.periods === 1;
  if (
    summary.generated !== n ||
    summary.issued !== n ||
    summary.failed !== 0 ||
    summary.profiles !== n ||
    made !== n ||
    after.issued - before.issued !== n ||
    !consecutive ||
    after.numbered - before.numbered !== n ||
    after.runs - before.runs !== n ||
    after.held - before.held !== n
  ) {
    const failures = await ctx.db
      .selectFrom('recurring_runs')
      .select('error')
      .where('company_id', '=', companyId)
      .where('status', '=', 'failed')
      .limit(3)
      .execute();
    throw new Error(
      `${n} due: summary ${JSON.stringify(summary)}, ${made} invoices (${after.issued - before.issued} issued, numbers ${before.last + 1}–${after.last}, ${after.numbered - before.numbered} numbered${consecutive ? '' : ', not consecutive'}), ${after.runs - before.runs} runs, ${after.held - before.held} messages held${failures.length ? `; failed: ${failures.map((f) => f.error).join(' | ')}` : ''}`,
    );
  }
}

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
    const today = todayIn(TIME_ZONE, new Date());
    const due = monthly(addDays(today, -1));
    const notDue = monthly(addMonths(today, 1));

    const cases = [Math.round(DUE / 10), Math.round(DUE / 2), DUE];
    const needed = cases.reduce((a, b) => a + b, 0);
    if (PROFILES < needed || PROFILES < 2 * DUE)
      throw new Error(
        `BENCH_RECURRING_PROFILES (${PROFILES}) must be at least ${Math.max(needed, 2 * DUE)}: each case makes profiles due that no earlier case ran, and as many stay not due`,
      );
    const seedStart = performance.now();
    const profiles = await seedProfiles(ctx, seed, PROFILES, notDue);
    const seedSec = (performance.now() - seedStart) / 1000;
    const rows: BenchRow[] = [];
    // Each case runs profiles no earlier case ran (those are then due next month).
    let next = 0;
    for (const n of cases) {
      const ids = profiles.slice(next, next + n);
      next += n;
      await makeDue(ctx, companyId, ids, due);
      const before = await counts(ctx, companyId);
      const profile = windowProfiler(
        opts.cpuProfDir ? join(opts.cpuProfDir, `${name}-${engine}-${n}-of-${PROFILES}.cpuprofile`) : null,
      );
      await profile('start');
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const summary = await runRecurring(ctx, companyId);
      const sec = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpu0);
      await profile('end');
      const afterCounts = await counts(ctx, companyId);
      const timing = `${sec.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), ${((sec * 1000) / n).toFixed(3)} ms per invoice`;
      // A wrong run is an error row with its figures; the later cases still run.
      const wrong = await attempt(() => check(ctx, companyId, n, before, afterCounts, summary));
      if (wrong instanceof Error) {
        rows.push(errorRow(name, engine, new Error(`${wrong.message} — in ${timing}`)));
        continue;
      }
      const isTarget = engine === 'sqlite' && n === DUE;
      rows.push(
        row(engine, {
          requestsPerSec: n / sec,
          serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / n,
          requests: n,
          targetText: isTarget ? `< ${TARGET_SEC} s` : '—',
          pass: isTarget ? sec < TARGET_SEC : null,
          note: `${n.toLocaleString('en')} due of ${(PROFILES + 2).toLocaleString('en')} profiles: ${timing} (invoices/s; issued, e-mail held in the outbox for its PDF, nothing sent)${n === cases[0] ? `; ${PROFILES.toLocaleString('en')} profiles seeded at ${(PROFILES / seedSec).toFixed(0)}/s` : ''}`,
        }),
      );
    }
    return rows;
  } finally {
    await database.close();
  }
}

/**
 * The recurring run of one company (runRecurring, service layer) over 20,000 active monthly profiles
 * of 1,000 customers with e-mail addresses, each issuing and sending one or two lines: 1,000, 5,000
 * and 10,000 of them with their first period due, the others due next month. Every invoice is made,
 * issued and numbered and its message queued, held until its PDF job (queued, not run) attaches the
 * PDF. The rows show the cost growing with the profiles due, not with the profiles in the table.
 */
export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => engineRows(e, opts)]);
}
