import { pino } from 'pino';
import { jobDefinitions } from '../../src/jobs.js';
import { CreateCompanyBody } from '../../src/modules/companies/companies.schema.js';
import { createCompany } from '../../src/modules/companies/index.js';
import {
  commitImport,
  getImport,
  uploadImport,
  validateImport,
} from '../../src/modules/imports/imports.service.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Engine } from '../../src/platform/db/index.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { perEngine } from '../lib/app-vs-bare.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'contacts-import-10k';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
/** Whole import (upload, dry run, commit job) on SQLite: a file of this size should not take more than 10 s. */
const TARGET_ROWS_PER_SEC = 1_000;

const CITIES = [
  ['Bruxelles', '1000'],
  ['Liège', '4000'],
  ['Gent', '9000'],
  ['Antwerpen', '2000'],
  ['Namur', '5000'],
];

/** A Belgian enterprise number with its mod-97 check: body 8 digits, check 2. */
const belgianNumber = (i: number) => {
  const body = 4_000_000 + i;
  return `0${String(body).padStart(7, '0')}${String(97 - (body % 97)).padStart(2, '0')}`;
};

/** What a user exports from another tool in Belgium: semicolons, French headers, Windows-1252. */
function csvFile(): Buffer {
  const lines = ['Nom;TVA;E-mail;Téléphone;Adresse;Code postal;Ville;Pays;Rôle;Étiquettes'];
  for (let i = 0; i < ROWS; i++) {
    const [city, zip] = CITIES[i % CITIES.length] ?? ['Bruxelles', '1000'];
    lines.push(
      [
        `Société ${i} SRL`,
        `BE ${belgianNumber(i)}`,
        `facturation${i}@example.test`,
        `+32 2 ${String(100_000 + i)}`,
        `Rue de l'Église ${(i % 200) + 1}`,
        zip,
        city,
        'Belgique',
        i % 7 === 0 ? 'client et fournisseur' : 'client',
        i % 3 === 0 ? 'vip|import' : 'import',
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
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
    const stamp = new Date().toISOString();
    const userId = 'bench-user';
    await ctx.db
      .insertInto('users')
      .values({
        id: userId,
        email: 'bench@example.test',
        name: 'Bench',
        password_hash: 'unused',
        language: 'fr',
        totp_secret: null,
        totp_enabled: 0,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    const company = await createCompany(
      ctx,
      userId,
      CreateCompanyBody.parse({ name: 'Bench', country: 'BE' }),
    );
    const actor = { userId, role: 'owner' as const };
    const file = csvFile();
    const worker = new Worker(ctx, jobDefinitions, [], { id: 'bench-worker' });

    const t0 = performance.now();
    const imp = await uploadImport(ctx, actor, company.id, 'contacts', file, { filename: 'bench.csv' }, 'fr');
    const t1 = performance.now();
    const dry = await validateImport(
      ctx,
      company.id,
      'contacts',
      imp.id,
      { mapping: imp.suggestedMapping },
      'fr',
    );
    if (dry.errorCount > 0)
      throw new Error(`dry run found errors: ${JSON.stringify(dry.errors.slice(0, 3))}`);
    const t2 = performance.now();
    await commitImport(ctx, actor, company.id, 'contacts', imp.id, { mapping: imp.suggestedMapping }, 'fr');
    await worker.drain();
    const t3 = performance.now();
    const done = await getImport(ctx, company.id, 'contacts', imp.id);
    if (done.status !== 'done' || done.result?.created !== ROWS) {
      throw new Error(`import ended ${done.status}: ${JSON.stringify(done.failure)}`);
    }
    const stored = await ctx.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('company_id', '=', company.id)
      .executeTakeFirstOrThrow();
    if (Number(stored.n) !== ROWS) throw new Error(`stored ${stored.n} contacts, expected ${ROWS}`);

    const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
    const whole = rate(t3 - t0);
    const isTarget = engine === 'sqlite';
    return {
      scenario: name,
      engine,
      status: 'ok',
      requestsPerSec: null,
      p50Ms: null,
      p99Ms: null,
      serverCpuMsPerRequest: null,
      ratioToBare: null,
      target: null,
      targetText: isTarget ? `≥ ${TARGET_ROWS_PER_SEC.toLocaleString('en')} rows/s` : '—',
      pass: isTarget ? whole >= TARGET_ROWS_PER_SEC : null,
      requests: ROWS,
      non2xx: 0,
      responseBytes: file.length,
      note: `${ROWS.toLocaleString('en')} contact rows (${(file.length / 1e6).toFixed(1)} MB, Windows-1252, semicolons): ${whole.toLocaleString('en')} rows/s from upload to committed (upload ${Math.round(t1 - t0)} ms, dry run ${Math.round(t2 - t1)} ms = ${rate(t2 - t1).toLocaleString('en')} rows/s, commit job ${Math.round(t3 - t2)} ms = ${rate(t3 - t2).toLocaleString('en')} rows/s); service layer`,
    };
  } finally {
    await database.close();
  }
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => measure(e, opts)]);
}
