import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * A reminder's tone (1 first reminder, 2 second reminder, 3 formal notice) is decided once, when
 * the reminder is made, from the rules in force then, and kept on the row: its title, letter, message
 * and fee invoice then agree with one another however the rules change later (with 4 levels, level 3
 * is a second reminder; with 2, level 2 is one too).
 *
 * Existing reminders get the tone their title shows today (read from the level alone: 1 first
 * reminder, 3 and above formal notice, else second reminder), so no title changes. The column needs
 * a default for SQLite to add it NOT NULL; every insert names the tone (reminders.repository.ts).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('reminders')
    .addColumn('tone', 'integer', (c) => c.notNull().defaultTo(2).check(sql`tone in (1, 2, 3)`))
    .execute();
  await sql`update reminders set tone = case when level <= 1 then 1 when level >= 3 then 3 else 2 end`.execute(
    db,
  );
}
