import { sql } from 'kysely';
import { pino } from 'pino';
import { listContacts } from '../../src/modules/contacts/contacts.service.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Engine } from '../../src/platform/db/index.js';
import type { ContactsTable } from '../../src/platform/db/schema.js';
import { normalizeSearch } from '../../src/shared/search.js';
import { perEngine } from '../lib/app-vs-bare.js';
import { insertBenchCompany } from '../lib/company.js';
import { createBenchDatabase } from '../lib/database.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'contacts-search-100k';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const QUERIES = 300;
const TARGET_P99_MS = 20;

// Names from syllables, so that a fragment matches anywhere from a handful to thousands of rows.
const SYLLABLES = [
  'ba',
  'be',
  'bo',
  'ca',
  'ce',
  'da',
  'de',
  'fa',
  'ge',
  'la',
  'le',
  'lu',
  'ma',
  'me',
  'mo',
  'na',
  'ne',
  'pa',
  'po',
  'ra',
  're',
  'sa',
  'se',
  'ta',
  'to',
  'va',
  'vé',
  'zo',
];
const SUFFIXES = ['SRL', 'SA', 'BV', 'SPRL', 'SAS', 'GmbH', 'Sàrl', ''];
const CITIES = [
  'Bruxelles',
  'Liège',
  'Gent',
  'Antwerpen',
  'Namur',
  'Paris',
  'Lyon',
  'Lille',
  'Utrecht',
  'Köln',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function contactName(r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  const word = w.charAt(0).toUpperCase() + w.slice(1);
  return `${word} ${SUFFIXES[Math.floor(r() * SUFFIXES.length)]}`.trim();
}

async function seed(ctx: AppContext, companyId: string): Promise<void> {
  const r = rng(42);
  const now = new Date('2026-01-01T00:00:00Z').getTime();
  const batch: ContactsTable[] = [];
  const flush = async () => {
    if (batch.length) await ctx.db.insertInto('contacts').values(batch.splice(0)).execute();
  };
  for (let i = 0; i < CONTACTS; i++) {
    const name = contactName(r);
    const city = CITIES[Math.floor(r() * CITIES.length)] ?? null;
    const email = `${name.toLowerCase().replace(/[^a-z]/g, '')}${i}@example.test`;
    const created = new Date(now + i * 1000).toISOString();
    batch.push({
      id: `c${String(i).padStart(8, '0')}`,
      company_id: companyId,
      is_customer: 1,
      is_supplier: i % 5 === 0 ? 1 : 0,
      type: 'company',
      name,
      legal_name: null,
      vat_number: null,
      enterprise_number: null,
      emails: JSON.stringify([email]),
      phone: null,
      website: null,
      language: 'fr',
      payment_terms_days: 30,
      currency: null,
      iban: null,
      bic: null,
      peppol_id: null,
      delivery_preference: 'auto',
      address_line1: null,
      address_line2: null,
      postal_code: null,
      city,
      country: 'BE',
      delivery_line1: null,
      delivery_line2: null,
      delivery_postal_code: null,
      delivery_city: null,
      delivery_country: null,
      tags: '[]',
      notes: null,
      archived: 0,
      search_text: normalizeSearch(name, email, city),
      created_at: created,
      updated_at: created,
    });
    // 34 columns × 400 rows stays under SQLite's 32,766 bound parameters.
    if (batch.length === 400) await flush();
  }
  await flush();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

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

    // Fragments of 3–6 characters taken from real names: common and rare ones alike.
    const r = rng(7);
    const fragments = Array.from({ length: QUERIES }, () => {
      const n = contactName(r).toLowerCase();
      const len = 3 + Math.floor(r() * 4);
      const start = Math.floor(r() * Math.max(1, n.length - len));
      return n.slice(start, start + len).trim() || n.slice(0, 3);
    });
    const run = (q: string) =>
      listContacts(ctx, companyId, { q, archived: 'false', sort: 'name', limit: 50 });
    for (const q of fragments.slice(0, 30)) await run(q);
    const times: number[] = [];
    let found = 0;
    for (const q of fragments) {
      const t0 = performance.now();
      const page = await run(q);
      times.push(performance.now() - t0);
      found += page.items.length;
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
      note: `${CONTACTS.toLocaleString('en')} contacts seeded in ${seedSec.toFixed(1)} s; ${QUERIES} searches (service layer, first page of 50 by name), ${(found / QUERIES).toFixed(1)} hits per page on average`,
    };
  } finally {
    await database.close();
  }
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  return perEngine(name, opts, [(e) => measure(e, opts)]);
}
