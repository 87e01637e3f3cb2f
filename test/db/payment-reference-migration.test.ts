import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * References given by earlier versions (year + sequence) keep their text, count towards the new
 * never-restarting counter, and the one an earlier version gave twice stays out of the unique index.
 */
describe('payment reference counter migration', () => {
  let database: TestDatabase;
  const stamp = '2026-11-20T10:00:00.000Z';

  beforeAll(async () => {
    database = await createTestDatabase({ upTo: '20261128T1000_clustered_logs' });
    const db = database.db;
    await sql`
      INSERT INTO companies (id, name, country, currency, timezone, payment_reference_kind,
        payment_terms_days, quote_validity_days, vat_regime, pdf_template, created_at, updated_at)
      VALUES ('c1', 'Atelier', 'BE', 'EUR', 'Europe/Brussels', 'be-ogm', 30, 30, 'standard', 'classic',
        ${stamp}, ${stamp})
    `.execute(db);
    for (const [id, number, ref, index] of [
      ['d1', 'F-2026-00001', '+++260/0000/00170+++', 1],
      ['d2', 'F-2026-00002', '+++260/0000/00271+++', 2],
      // The format lost its year: its sequence restarted and repeated d1's reference.
      ['d3', 'F-1', '+++260/0000/00170+++', 3],
      ['d4', 'F-2', 'RF31 2600000003', 4],
    ] as const) {
      await sql`
        INSERT INTO documents (id, company_id, kind, status, number, sequence, sequence_period, language,
          currency, vat_regime, issue_date, chain_index, search_text, payment_reference, created_at, updated_at)
        VALUES (${id}, 'c1', 'invoice', 'issued', ${number}, ${index}, '2026', 'fr', 'EUR', 'standard',
          '2026-11-02', ${index}, ${number}, ${ref}, ${stamp}, ${stamp})
      `.execute(db);
    }
    await sql`INSERT INTO document_chain (company_id, last_index, last_hash, updated_at) VALUES ('c1', 4, 'h4', ${stamp})`.execute(
      db,
    );
    await migrateToLatest(db);
  });
  afterAll(() => database.close());

  it('gives each old reference its counter value, the repeated one none, and starts the counter after them', async () => {
    const rows = await database.db
      .selectFrom('documents')
      .select(['id', 'payment_reference', 'payment_reference_seq'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'd1', payment_reference: '+++260/0000/00170+++', payment_reference_seq: 2600000001 },
      { id: 'd2', payment_reference: '+++260/0000/00271+++', payment_reference_seq: 2600000002 },
      { id: 'd3', payment_reference: '+++260/0000/00170+++', payment_reference_seq: null },
      { id: 'd4', payment_reference: 'RF31 2600000003', payment_reference_seq: 2600000003 },
    ]);
    const head = await database.db
      .selectFrom('document_chain')
      .select('last_payment_reference')
      .executeTakeFirstOrThrow();
    expect(head.last_payment_reference).toBe(2600000003);
  });

  it('refuses a second document with a counted reference of the company', async () => {
    await expect(
      database.db
        .updateTable('documents')
        .set({ payment_reference: '+++260/0000/00271+++', payment_reference_seq: 7 })
        .where('id', '=', 'd4')
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
