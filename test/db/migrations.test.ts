import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../migrations/index.js';
import { isForeignKeyViolation } from '../../src/platform/db/index.js';
import { migrateToLatest, migrateUpTo } from '../../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/db.js';

/** Migrations that move existing rows: each is run on a database holding data from before it. */
describe('migrations carry existing data over', () => {
  let database: TestDatabase;
  const stamp = '2026-11-20T10:00:00.000Z';

  beforeAll(async () => {
    database = await createTestDatabase({ upTo: '20261128T0800_reminders' });
    const db = database.db;
    await sql`
      INSERT INTO companies (id, name, legal_name, country, vat_number, enterprise_number, address_line1,
        postal_code, city, address_country, iban, currency, timezone, payment_reference_kind,
        payment_terms_days, quote_validity_days, vat_regime, pdf_template, created_at, updated_at)
      VALUES ('c1', 'Atelier', 'Atelier SRL', 'BE', 'BE0417497106', '0417497106', 'Rue 1', '1000',
        'Bruxelles', 'BE', 'BE68539007547034', 'EUR', 'Europe/Brussels', 'be-ogm', 30, 30, 'standard',
        'classic', ${stamp}, ${stamp})
    `.execute(db);
    for (const [id, kind, number, period, date, index] of [
      ['d1', 'invoice', 'F-2026-00001', '2026', '2026-11-02', 1],
      ['d2', 'invoice', 'F-2026-00002', '2026', '2026-11-19', 2],
      ['d3', 'quote', 'D-2026-00001', '2026', '2026-11-05', 3],
    ] as const) {
      await sql`
        INSERT INTO documents (id, company_id, kind, status, number, sequence, sequence_period, language,
          currency, vat_regime, issue_date, chain_index, search_text, created_at, updated_at)
        VALUES (${id}, 'c1', ${kind}, 'issued', ${number}, ${index}, ${period}, 'fr', 'EUR', 'standard',
          ${date}, ${index}, ${number}, ${stamp}, ${stamp})
      `.execute(db);
      await sql`
        INSERT INTO document_events (id, company_id, document_id, action, from_status, to_status, at)
        VALUES (${`e-${id}`}, 'c1', ${id}, 'issue', 'draft', 'issued', ${stamp})
      `.execute(db);
    }
    await sql`INSERT INTO number_sequences (company_id, kind, period, last_value) VALUES ('c1', 'invoice', '2026', 2), ('c1', 'quote', '2026', 1)`.execute(
      db,
    );
    await sql`INSERT INTO document_chain (company_id, last_index, last_hash, updated_at) VALUES ('c1', 3, 'h3', ${stamp})`.execute(
      db,
    );
    await sql`
      INSERT INTO audit_log (id, company_id, user_id, action, entity_type, entity_id, data, created_at)
      VALUES ('a1', 'c1', NULL, 'invoice.issue', 'invoice', 'd1', '{"number":"F-2026-00001"}', ${stamp})
    `.execute(db);
    await sql`
      INSERT INTO quote_responses (id, company_id, document_id, response, name, comment, ip, user_agent, link_id, at)
      VALUES ('r1', 'c1', 'd3', 'accepted', 'Sophie Lambert', NULL, '192.0.2.1', NULL, NULL, ${stamp})
    `.execute(db);
    await migrateToLatest(db);
  });
  afterAll(() => database.close());

  it('keeps the last issue date of each series and starts the PDF watermark after what exists', async () => {
    const seqs = await database.db
      .selectFrom('number_sequences')
      .select(['kind', 'last_value', 'last_issue_date'])
      .orderBy('kind')
      .execute();
    expect(seqs).toEqual([
      { kind: 'invoice', last_value: 2, last_issue_date: '2026-11-19' },
      { kind: 'quote', last_value: 1, last_issue_date: '2026-11-05' },
    ]);
    const head = await database.db
      .selectFrom('document_chain')
      .select(['last_index', 'pdf_index'])
      .executeTakeFirst();
    expect(head).toEqual({ last_index: 3, pdf_index: 3 });
  });

  it('keeps a quote’s recorded acceptance, with no e-mail address (none was asked then)', async () => {
    const rows = await database.db.selectFrom('quote_responses').select(['id', 'name', 'email']).execute();
    expect(rows).toEqual([{ id: 'r1', name: 'Sophie Lambert', email: null }]);
  });

  it('keeps the audit log and the timelines in their new order, and takes new rows', async () => {
    const audit = await database.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toEqual([
      {
        id: 'a1',
        company_id: 'c1',
        user_id: null,
        action: 'invoice.issue',
        entity_type: 'invoice',
        entity_id: 'd1',
        data: '{"number":"F-2026-00001"}',
        created_at: stamp,
      },
    ]);
    const events = await database.db
      .selectFrom('document_events')
      .select(['id', 'document_id'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { id: 'e-d1', document_id: 'd1' },
      { id: 'e-d2', document_id: 'd2' },
      { id: 'e-d3', document_id: 'd3' },
    ]);
    // Still tied to their company and document.
    await expect(
      sql`INSERT INTO document_events (id, company_id, document_id, action, to_status, at) VALUES ('x', 'c1', 'missing', 'issue', 'issued', ${stamp})`.execute(
        database.db,
      ),
    ).rejects.toThrow();
    await sql`INSERT INTO audit_log (id, company_id, action, entity_type, created_at) VALUES ('a2', 'c1', 'x', 'y', ${stamp})`.execute(
      database.db,
    );
    expect(await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).toEqual([
      { id: 'a1' },
      { id: 'a2' },
    ]);
  });
});

/** The migration that makes references between company tables composite `(company_id, id)` keys. */
const COMPANY_KEYS = '20261202T1400_company_keys';
const migrationBefore = async (name: string) => {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const previous = names[names.indexOf(name) - 1];
  if (!previous) throw new Error(`no migration before ${name}`);
  return previous;
};

type Row = Record<string, string | number | Buffer | null>;
const insert = (db: TestDatabase['db'], table: string, row: Row) =>
  sql`INSERT INTO ${sql.table(table)} (${sql.join(Object.keys(row).map((k) => sql.ref(k)))}) VALUES (${sql.join(Object.values(row))})`.execute(
    db,
  );

const at = '2026-11-20T10:00:00.000Z';
const company = (id: string): Row => ({
  id,
  name: id,
  country: 'BE',
  currency: 'EUR',
  timezone: 'Europe/Brussels',
  created_at: at,
  updated_at: at,
});
const contact = (id: string, companyId: string): Row => ({
  id,
  company_id: companyId,
  is_customer: 1,
  is_supplier: 0,
  type: 'company',
  name: id,
  emails: '[]',
  language: 'fr',
  tags: '[]',
  search_text: id,
  created_at: at,
  updated_at: at,
});
const category = (id: string, companyId: string, parentId: string | null): Row => ({
  id,
  company_id: companyId,
  parent_id: parentId,
  name: id,
  created_at: at,
  updated_at: at,
});
const product = (id: string, companyId: string, categoryId: string | null): Row => ({
  id,
  company_id: companyId,
  kind: 'service',
  sku: id,
  unit_code: 'HUR',
  unit_price_e4: 1_000_000,
  currency: 'EUR',
  vat_rate: '21',
  vat_category: 'S',
  category_id: categoryId,
  search_text: id,
  created_at: at,
  updated_at: at,
});
const documentRow = (
  id: string,
  companyId: string,
  contactId: string | null,
  sourceId: string | null,
): Row => ({
  id,
  company_id: companyId,
  kind: 'invoice',
  status: 'draft',
  contact_id: contactId,
  source_id: sourceId,
  language: 'fr',
  currency: 'EUR',
  vat_regime: 'standard',
  issue_date: '2026-11-20',
  search_text: id,
  created_at: at,
  updated_at: at,
});
const line = (id: string, companyId: string, documentId: string, productId: string | null): Row => ({
  id,
  company_id: companyId,
  document_id: documentId,
  position: 0,
  product_id: productId,
  description: id,
  quantity_e3: 1000,
  unit_code: 'HUR',
  unit_price_e4: 1_000_000,
  vat_category: 'S',
  vat_rate: '21',
  net_minor: 10_000,
});
const reminder = (id: string, companyId: string, invoiceId: string): Row => ({
  id,
  company_id: companyId,
  invoice_id: invoiceId,
  level: 1,
  language: 'fr',
  currency: 'EUR',
  reminder_date: '2026-11-20',
  pay_by: '2026-11-30',
  days_late: 3,
  amount_due_minor: 12_100,
  status: 'created',
  pdf: Buffer.from('%PDF-'),
  pdf_sha256: 'x',
  pdf_template: 'classic',
  created_at: at,
});

/** One company's rows in every table that refers to another company table. */
async function companyRows(db: TestDatabase['db'], c: string) {
  await insert(db, 'companies', company(c));
  await insert(db, 'contacts', contact(`${c}-k`, c));
  await insert(db, 'contact_persons', {
    id: `${c}-p`,
    company_id: c,
    contact_id: `${c}-k`,
    name: 'Person',
    position: 0,
  });
  await insert(db, 'categories', category(`${c}-cat`, c, null));
  await insert(db, 'categories', category(`${c}-sub`, c, `${c}-cat`));
  await insert(db, 'products', product(`${c}-prod`, c, `${c}-sub`));
  await insert(db, 'product_texts', {
    product_id: `${c}-prod`,
    company_id: c,
    language: 'fr',
    name: 'Conseil',
  });
  await insert(db, 'documents', documentRow(`${c}-quote`, c, `${c}-k`, null));
  await insert(db, 'documents', documentRow(`${c}-inv`, c, `${c}-k`, `${c}-quote`));
  await insert(db, 'document_lines', line(`${c}-l1`, c, `${c}-inv`, `${c}-prod`));
  await insert(db, 'document_lines', line(`${c}-l2`, c, `${c}-inv`, null));
  await insert(db, 'document_vat', {
    company_id: c,
    document_id: `${c}-inv`,
    category: 'S',
    rate: '21',
    taxable_minor: 10_000,
    vat_minor: 2_100,
  });
  await insert(db, 'document_events', {
    id: `${c}-e`,
    company_id: c,
    document_id: `${c}-inv`,
    action: 'issue',
    to_status: 'issued',
    at,
  });
  await insert(db, 'public_links', {
    id: `${c}-link`,
    company_id: c,
    document_id: `${c}-inv`,
    token: `${c}-token`,
    created_at: at,
  });
  await insert(db, 'quote_responses', {
    id: `${c}-resp`,
    company_id: c,
    document_id: `${c}-quote`,
    response: 'accepted',
    at,
  });
  await insert(db, 'document_pdfs', {
    document_id: `${c}-inv`,
    company_id: c,
    content: Buffer.from('%PDF-1.7'),
    sha256: 'h',
    template: 'classic',
    created_at: at,
  });
  await insert(db, 'reminders', reminder(`${c}-rem`, c, `${c}-inv`));
}

const REFERRING_TABLES = [
  'contact_persons',
  'categories',
  'products',
  'product_texts',
  'documents',
  'document_lines',
  'document_vat',
  'document_events',
  'public_links',
  'quote_responses',
  'document_pdfs',
  'reminders',
] as const;

/** Every foreign key, as `child(cols) -> parent(cols)`, read from the engine's catalogue. */
async function foreignKeys(
  database: TestDatabase,
): Promise<{ child: string; parent: string; cols: string[] }[]> {
  if (database.engine === 'postgres') {
    const r = await sql<{ child: string; parent: string; cols: string[] }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
        array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k) AS cols
      FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(
      database.db,
    );
    return r.rows;
  }
  const r = await sql<{ child: string; parent: string; cols: string }>`
    SELECT m.name AS child, f."table" AS parent, group_concat(f."from") AS cols
    FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' GROUP BY m.name, f.id`.execute(
    database.db,
  );
  return r.rows.map((x) => ({ ...x, cols: x.cols.split(',') }));
}

async function tablesWithCompanyId(database: TestDatabase): Promise<Set<string>> {
  const r =
    database.engine === 'postgres'
      ? await sql<{
          name: string;
        }>`SELECT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'company_id'`.execute(
          database.db,
        )
      : await sql<{
          name: string;
        }>`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'company_id'`.execute(
          database.db,
        );
  return new Set(r.rows.map((x) => x.name));
}

/** Indexes and triggers by name and definition (SQLite rebuilds tables, and must bring them back). */
async function indexesAndTriggers(database: TestDatabase): Promise<string[]> {
  const r =
    database.engine === 'postgres'
      ? await sql<{
          d: string;
        }>`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema()`.execute(database.db)
      : await sql<{
          d: string;
        }>`SELECT type || ' ' || name || ': ' || sql AS d FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL`.execute(
          database.db,
        );
  return r.rows.map((x) => x.d).sort();
}

describe('composite company keys', () => {
  let database: TestDatabase;
  const counts: Record<string, number> = {};
  let schemaBefore: string[];
  let rowidsBefore: unknown[] = [];

  const count = async (table: string) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(database.db)).rows[0]
        ?.n,
    );

  beforeAll(async () => {
    database = await createTestDatabase({ upTo: await migrationBefore(COMPANY_KEYS) });
    const db = database.db;
    await companyRows(db, 'c1');
    await companyRows(db, 'c2');
    if (database.engine === 'sqlite') {
      // A trigger on a rebuilt table, as another migration might have added (the table's own go with
      // it when it is dropped; the migration must put them back).
      await sql`CREATE TRIGGER documents_touch AFTER UPDATE OF notes ON documents BEGIN
        UPDATE documents SET subject = 'touched' WHERE id = new.id;
      END`.execute(db);
      rowidsBefore = (await sql`SELECT rowid, id FROM documents ORDER BY id`.execute(db)).rows;
    }
    for (const t of REFERRING_TABLES) counts[t] = await count(t);
    schemaBefore = await indexesAndTriggers(database);
    // Up to this migration only: later ones add tables and indexes of their own.
    await migrateUpTo(db, COMPANY_KEYS);
  });
  afterAll(() => database.close());

  it('keeps every row, index and trigger', async () => {
    for (const t of REFERRING_TABLES) expect(await count(t), t).toBe(counts[t]);
    expect(counts.document_lines).toBe(4);
    const after = await indexesAndTriggers(database);
    expect(after.filter((d) => !d.includes('company_id_id_key'))).toEqual(schemaBefore);
    expect(after.filter((d) => d.includes('company_id_id_key'))).toHaveLength(4); // contacts, categories, products, documents
    const lines = await database.db
      .selectFrom('document_lines')
      .select(['id', 'document_id', 'product_id'])
      .where('company_id', '=', 'c2')
      .orderBy('id')
      .execute();
    expect(lines).toEqual([
      { id: 'c2-l1', document_id: 'c2-inv', product_id: 'c2-prod' },
      { id: 'c2-l2', document_id: 'c2-inv', product_id: null },
    ]);
    if (database.engine === 'sqlite') {
      expect((await sql`SELECT rowid, id FROM documents ORDER BY id`.execute(database.db)).rows).toEqual(
        rowidsBefore,
      );
      await database.db.updateTable('documents').set({ notes: 'n' }).where('id', '=', 'c1-inv').execute();
      const doc = await database.db
        .selectFrom('documents')
        .select('subject')
        .where('id', '=', 'c1-inv')
        .executeTakeFirst();
      expect(doc?.subject).toBe('touched');
    }
  });

  it('leaves no foreign key between two company tables without company_id', async () => {
    const companyTables = await tablesWithCompanyId(database);
    const between = (await foreignKeys(database)).filter(
      (k) => companyTables.has(k.child) && companyTables.has(k.parent),
    );
    expect(between.length).toBeGreaterThanOrEqual(14);
    for (const k of between) expect(k.cols, `${k.child} -> ${k.parent}`).toContain('company_id');
  });

  it('refuses a row that points into another company', async () => {
    const db = database.db;
    const refused: [string, Row][] = [
      ['documents', documentRow('x-doc', 'c1', 'c2-k', null)],
      ['documents', documentRow('x-src', 'c1', null, 'c2-quote')],
      ['document_lines', line('x-l1', 'c1', 'c1-inv', 'c2-prod')],
      ['document_lines', line('x-l2', 'c1', 'c2-inv', null)],
      ['categories', category('x-cat', 'c1', 'c2-cat')],
      ['products', product('x-prod', 'c1', 'c2-cat')],
      ['contact_persons', { id: 'x-p', company_id: 'c1', contact_id: 'c2-k', name: 'P', position: 1 }],
      ['product_texts', { product_id: 'c2-prod', company_id: 'c1', language: 'nl', name: 'Advies' }],
      ['reminders', reminder('x-rem', 'c1', 'c2-inv')],
      ['public_links', { id: 'x-link', company_id: 'c1', document_id: 'c2-inv', token: 'x', created_at: at }],
    ];
    for (const [table, row] of refused) {
      const error = await insert(db, table, row).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isForeignKeyViolation(error), `${table} ${JSON.stringify(row)}: ${String(error)}`).toBe(true);
    }
    // The same rows within one company, and empty optional references, are taken.
    await insert(db, 'documents', documentRow('ok-doc', 'c1', 'c1-k', 'c1-quote'));
    await insert(db, 'documents', documentRow('ok-bare', 'c1', null, null));
    await insert(db, 'document_lines', line('ok-l', 'c1', 'ok-doc', 'c1-prod'));
    await insert(db, 'categories', category('ok-cat', 'c1', null));
    await insert(db, 'products', product('ok-prod', 'c1', null));
  });

  it('keeps what deleting does: cascades, and refusals while referred to', async () => {
    const db = database.db;
    const refusal = (run: Promise<unknown>) =>
      run.then(
        () => null,
        (e: unknown) => e,
      );
    expect(
      isForeignKeyViolation(await refusal(db.deleteFrom('contacts').where('id', '=', 'c2-k').execute())),
    ).toBe(true);
    expect(
      isForeignKeyViolation(await refusal(db.deleteFrom('products').where('id', '=', 'c2-prod').execute())),
    ).toBe(true);
    expect(
      isForeignKeyViolation(await refusal(db.deleteFrom('categories').where('id', '=', 'c2-cat').execute())),
    ).toBe(true);
    await db.deleteFrom('documents').where('id', '=', 'c2-inv').execute();
    for (const t of [
      'document_lines',
      'document_vat',
      'document_events',
      'public_links',
      'document_pdfs',
      'reminders',
    ]) {
      const left = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM ${sql.table(t)} WHERE company_id = 'c2'`.execute(db);
      expect(Number(left.rows[0]?.n), t).toBe(0);
    }
    // Deleting the company still takes everything with it.
    await db.deleteFrom('companies').where('id', '=', 'c2').execute();
    expect(await db.selectFrom('contacts').select('id').where('company_id', '=', 'c2').execute()).toEqual([]);
  });
});

describe('composite company keys over rows that already cross companies', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ upTo: await migrationBefore(COMPANY_KEYS) });
    await companyRows(database.db, 'c1');
    await companyRows(database.db, 'c2');
    // Possible before the migration: the single-column key only asks that the contact exist.
    await insert(database.db, 'documents', documentRow('stray', 'c1', 'c2-k', null));
  });
  afterAll(() => database.close());

  it('stops, names the rows, changes nothing, and runs once they are corrected', async () => {
    await expect(migrateToLatest(database.db)).rejects.toThrow(
      /documents\.contact_id = c2-k \(row of company c1, contacts of company c2\)/,
    );
    const stray = await database.db
      .selectFrom('documents')
      .select('contact_id')
      .where('id', '=', 'stray')
      .executeTakeFirst();
    expect(stray?.contact_id).toBe('c2-k');
    expect((await indexesAndTriggers(database)).filter((d) => d.includes('company_id_id_key'))).toEqual([]);

    await database.db.updateTable('documents').set({ contact_id: null }).where('id', '=', 'stray').execute();
    await migrateToLatest(database.db);
    const error = await insert(database.db, 'documents', documentRow('stray-2', 'c1', 'c2-k', null)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isForeignKeyViolation(error)).toBe(true);
  });

  it.runIf(testEngine() === 'sqlite')('rolls the rebuild back when a row refers to nothing', async () => {
    const fresh = await createTestDatabase({ upTo: await migrationBefore(COMPANY_KEYS) });
    try {
      await companyRows(fresh.db, 'c1');
      await sql`PRAGMA foreign_keys = OFF`.execute(fresh.db);
      await insert(fresh.db, 'document_lines', line('orphan', 'c1', 'c1-inv', 'gone'));
      await sql`PRAGMA foreign_keys = ON`.execute(fresh.db);
      await expect(migrateToLatest(fresh.db)).rejects.toThrow(/Rows refer to missing rows: document_lines/);
      expect((await indexesAndTriggers(fresh)).filter((d) => d.includes('company_id_id_key'))).toEqual([]);
      const fk = (await foreignKeys(fresh)).find(
        (k) => k.child === 'document_lines' && k.parent === 'products',
      );
      expect(fk?.cols).toEqual(['product_id']);
      expect(
        (await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(fresh.db)).rows[0]?.foreign_keys,
      ).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
