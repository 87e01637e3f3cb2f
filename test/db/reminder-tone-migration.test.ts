import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * Reminders made before their tone was stored get the tone their title showed (read from the level
 * alone: 1 first reminder, 3 and above formal notice, else second reminder), so no title changes.
 */
describe('reminder tone migration', () => {
  let database: TestDatabase;
  const stamp = '2026-11-20T10:00:00.000Z';

  beforeAll(async () => {
    database = await createTestDatabase({ upTo: '20261203T1600_recurring_profiles' });
    const db = database.db;
    await sql`
      INSERT INTO companies (id, name, country, currency, timezone, payment_reference_kind,
        payment_terms_days, quote_validity_days, vat_regime, pdf_template, created_at, updated_at)
      VALUES ('c1', 'Atelier', 'BE', 'EUR', 'Europe/Brussels', 'be-ogm', 30, 30, 'standard', 'classic',
        ${stamp}, ${stamp})
    `.execute(db);
    await sql`
      INSERT INTO documents (id, company_id, kind, status, number, sequence, sequence_period, language,
        currency, vat_regime, issue_date, chain_index, search_text, created_at, updated_at)
      VALUES ('d1', 'c1', 'invoice', 'issued', 'F-2026-00001', 1, '2026', 'fr', 'EUR', 'standard',
        '2026-10-02', 1, 'F-2026-00001', ${stamp}, ${stamp})
    `.execute(db);
    for (const level of [1, 2, 3, 4, 5]) {
      await sql`
        INSERT INTO reminders (id, company_id, invoice_id, level, language, currency, reminder_date, pay_by,
          days_late, amount_due_minor, status, pdf_template, created_at)
        VALUES (${`r${level}`}, 'c1', 'd1', ${level}, 'fr', 'EUR', '2026-11-20', '2026-12-04', 20, 12100,
          'created', 'classic', ${stamp})
      `.execute(db);
    }
    await migrateToLatest(db);
  });
  afterAll(() => database.close());

  it('gives each existing reminder the tone its title showed', async () => {
    const rows = await database.db
      .selectFrom('reminders')
      .select(['level', 'tone'])
      .orderBy('level')
      .execute();
    expect(rows.map((r) => [r.level, r.tone])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 3],
      [5, 3],
    ]);
  });

  it('refuses a tone other than 1, 2 or 3', async () => {
    await expect(
      database.db.updateTable('reminders').set({ tone: 4 }).where('id', '=', 'r1').execute(),
    ).rejects.toThrow(/check/i);
  });
});
