import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import type { RecurringProfilesTable, RecurringRunsTable } from '../../platform/db/schema.js';

export type ProfileRow = RecurringProfilesTable;
export type RunRow = RecurringRunsTable;
export type ProfileWithContact = ProfileRow & { contact_name: string | null };

export const insertProfile = (db: DbOrTx, row: ProfileRow) =>
  db.insertInto('recurring_profiles').values(row).execute();

const withContact = (db: DbOrTx) =>
  db
    .selectFrom('recurring_profiles as p')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'p.contact_id').onRef('c.company_id', '=', 'p.company_id'),
    )
    .selectAll('p')
    .select('c.name as contact_name');

export const findProfile = (db: DbOrTx, p: { companyId: string; profileId: string }) =>
  withContact(db).where('p.company_id', '=', p.companyId).where('p.id', '=', p.profileId).executeTakeFirst();

export const updateProfile = (
  db: DbOrTx,
  p: { companyId: string; profileId: string; set: Partial<Omit<ProfileRow, 'id' | 'company_id'>> },
) =>
  db
    .updateTable('recurring_profiles')
    .set(p.set)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.profileId)
    .execute();

export const deleteProfile = (db: DbOrTx, p: { companyId: string; profileId: string }) =>
  db
    .deleteFrom('recurring_profiles')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.profileId)
    .execute();

/** The profile's history, latest period first, with what became of each invoice (gone when its draft was deleted). */
export const runsOf = (db: DbOrTx, p: { companyId: string; profileId: string }) =>
  db
    .selectFrom('recurring_runs as r')
    .leftJoin('documents as d', (j) =>
      j.onRef('d.id', '=', 'r.document_id').onRef('d.company_id', '=', 'r.company_id'),
    )
    .selectAll('r')
    .select([
      'd.number as document_number',
      'd.status as document_status',
      'd.issue_date as issue_date',
      'd.tax_inclusive_minor as tax_inclusive_minor',
      'd.currency as document_currency',
    ])
    .where('r.company_id', '=', p.companyId)
    .where('r.profile_id', '=', p.profileId)
    .orderBy('r.period_start', 'desc')
    .execute();

export async function hasRuns(db: DbOrTx, p: { companyId: string; profileId: string }): Promise<boolean> {
  const row = await db
    .selectFrom('recurring_runs')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('profile_id', '=', p.profileId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface ProfileListFilter {
  companyId: string;
  status?: string | undefined;
  contactId?: string | undefined;
  cursor?: KeysetCursor | undefined;
  limit: number;
}

/** A page of profiles, newest first, `limit + 1` rows to tell whether another page follows. */
export function listProfiles(db: DbOrTx, f: ProfileListFilter) {
  let q = withContact(db).where('p.company_id', '=', f.companyId);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.contactId) q = q.where('p.contact_id', '=', f.contactId);
  const key = sql.ref('p.created_at');
  if (f.cursor) q = q.where(afterKeyset(key, 'p.id', 'desc', f.cursor));
  return q
    .orderBy(key, 'desc')
    .orderBy('p.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

// ── Generation ──────────────────────────────────────────────────────────────────────────────────

/**
 * The profile, locked until the transaction ends: a no-op update, which on PostgreSQL row-locks it
 * (a second worker, an edit or a pause waits for this period's commit and then sees it) and on SQLite
 * takes the write lock at once instead of upgrading a read lock later.
 */
export const lockProfile = (db: DbOrTx, p: { companyId: string; profileId: string }) =>
  db
    .updateTable('recurring_profiles')
    .set((eb) => ({ failures: eb.ref('failures') }))
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.profileId)
    .returningAll()
    .executeTakeFirst();

/** The active profiles of a company with a period due at `now`, the most overdue first. */
export const dueProfiles = (db: DbOrTx, p: { companyId: string; now: string }) =>
  db
    .selectFrom('recurring_profiles')
    .select(['id', 'mode', 'contact_id'])
    .where('status', '=', 'active')
    .where('next_run_at', '<=', p.now)
    .where('company_id', '=', p.companyId)
    .orderBy('next_run_at')
    .orderBy('id')
    .execute();

/** The companies with an active profile due at `now` (the scheduler's fan-out). */
export const companiesWithDueProfiles = (db: DbOrTx, p: { now: string }) =>
  db
    .selectFrom('recurring_profiles')
    .select('company_id')
    .distinct()
    .where('status', '=', 'active')
    .where('next_run_at', '<=', p.now)
    .execute();

/**
 * Records a period as generated: inserted, or a failed attempt of the same period turned into its
 * success. False when the period was generated already (the unique key (profile, period start)):
 * the caller rolls back everything it made for it.
 */
export async function insertGeneratedRun(db: DbOrTx, row: RunRow): Promise<boolean> {
  const r = await db
    .insertInto('recurring_runs')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['profile_id', 'period_start'])
        .doUpdateSet({
          status: 'generated',
          document_id: row.document_id,
          period_end: row.period_end,
          error: null,
          created_at: row.created_at,
        })
        .where('recurring_runs.status', '=', 'failed'),
    )
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Records a failed attempt at a period (the last error wins); a generated period is left as it is. */
export const upsertFailedRun = (db: DbOrTx, row: RunRow) =>
  db
    .insertInto('recurring_runs')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['profile_id', 'period_start'])
        .doUpdateSet({ error: row.error, created_at: row.created_at })
        .where('recurring_runs.status', '=', 'failed'),
    )
    .execute();
