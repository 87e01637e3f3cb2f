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

export const runsOf = (db: DbOrTx, p: { companyId: string; profileId: string }) =>
  db
    .selectFrom('recurring_runs')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('profile_id', '=', p.profileId)
    .orderBy('period_start', 'desc')
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
