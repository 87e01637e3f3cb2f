import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

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
