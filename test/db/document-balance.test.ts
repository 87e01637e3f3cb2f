import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBalanceMinor, openBalanceSql } from '../../src/modules/documents/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/** The open balance's SQL expression gives what its TypeScript twin gives, on the engine under test. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rows = [
  ['invoice', 'issued', 12100, 0, 0],
  ['invoice', 'sent', 12100, 2100, 0],
  ['invoice', 'partially_paid', 12100, 2100, 5000],
  ['invoice', 'paid', 12100, 0, 12100],
  ['invoice', 'cancelled', 12100, 12100, 0],
  ['invoice', 'draft', 12100, 0, 0],
  ['credit_note', 'issued', 5000, 0, 0],
  ['quote', 'sent', 900, 0, 0],
] as const;

describe('open balance in SQL', () => {
  it.each(rows)('%s %s %i/%i/%i', async (kind, status, payable, credited, paid) => {
    const r = await sql<{ b: number | string | null }>`select ${openBalanceSql('d')} as b from (select
      ${kind} as kind, ${status} as status, cast(${payable} as bigint) as payable_minor,
      cast(${credited} as bigint) as credited_minor, cast(${paid} as bigint) as paid_minor) d`.execute(
      database.db,
    );
    const b = r.rows[0]?.b;
    const expected = openBalanceMinor({
      kind,
      status,
      payable_minor: payable,
      credited_minor: credited,
      paid_minor: paid,
    });
    expect(b === null || b === undefined ? null : Number(b)).toBe(expected);
  });
});
