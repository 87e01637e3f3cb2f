import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * How a customer wants its invoices and credit notes: `auto` (over Peppol when it can receive them
 * there, else by e-mail), `peppol` or `email`. The send dialog preselects the method from it. The
 * column needs a default for SQLite to add it NOT NULL; existing contacts keep the behaviour they
 * had (`auto`).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('contacts')
    .addColumn('delivery_preference', 'text', (c) =>
      c.notNull().defaultTo('auto').check(sql`delivery_preference in ('auto', 'peppol', 'email')`),
    )
    .execute();
}
