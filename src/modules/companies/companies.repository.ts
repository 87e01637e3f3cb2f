import type { DbOrTx } from '../../platform/db/index.js';
import { type JsonFields, jsonArrayQuery, jsonBytes } from '../../platform/db/json-list.js';
import { afterCursor } from '../../platform/db/paging.js';
import { prepareQuery } from '../../platform/db/prepared.js';
import type { CompaniesTable } from '../../platform/db/schema.js';
import type { Cursor } from '../../shared/pagination.js';
import { ROLES, type Role } from './permissions.js';

export type CompanyRow = Omit<CompaniesTable, 'logo'> & { has_logo: number };

const companyColumns = [
  'companies.id',
  'companies.name',
  'companies.legal_name',
  'companies.country',
  'companies.vat_number',
  'companies.enterprise_number',
  'companies.address_line1',
  'companies.address_line2',
  'companies.postal_code',
  'companies.city',
  'companies.address_country',
  'companies.email',
  'companies.phone',
  'companies.iban',
  'companies.bic',
  'companies.currency',
  'companies.timezone',
  'companies.payment_reference_kind',
  'companies.logo_mime',
  'companies.vat_rates',
  'companies.number_formats',
  'companies.payment_terms_days',
  'companies.quote_validity_days',
  'companies.vat_regime',
  'companies.pdf_template',
  'companies.accent_color',
  'companies.mail_attachment_format',
  'companies.created_at',
  'companies.updated_at',
  'companies.demo',
] as const;

export async function insertCompany(
  db: DbOrTx,
  row: Omit<CompaniesTable, 'logo' | 'logo_mime' | 'vat_rates'>,
): Promise<void> {
  await db
    .insertInto('companies')
    .values({ ...row, logo: null, logo_mime: null, vat_rates: null })
    .execute();
}

const companyById = prepareQuery((db, p: { companyId: string }) =>
  db.selectFrom('companies').select(companyColumns).where('companies.id', '=', p.companyId),
);

export async function findCompany(db: DbOrTx, p: { companyId: string }): Promise<CompanyRow | undefined> {
  const row = await companyById.first(db, p);
  return row ? { ...row, has_logo: row.logo_mime ? 1 : 0 } : undefined;
}

export async function listCompaniesOfUser(db: DbOrTx, p: { userId: string }) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('companies', 'companies.id', 'memberships.company_id')
    .select([...companyColumns, 'memberships.role'])
    .where('memberships.user_id', '=', p.userId)
    .orderBy('companies.name')
    .orderBy('companies.id')
    .execute();
  return rows.map((r) => ({ ...r, has_logo: r.logo_mime ? 1 : 0 }));
}

export async function updateCompany(
  db: DbOrTx,
  p: { companyId: string; values: Partial<Omit<CompaniesTable, 'id' | 'created_at'>> },
): Promise<void> {
  await db.updateTable('companies').set(p.values).where('id', '=', p.companyId).execute();
}

export const findLogo = (db: DbOrTx, p: { companyId: string }) =>
  db.selectFrom('companies').select(['logo', 'logo_mime']).where('id', '=', p.companyId).executeTakeFirst();

// Read by the company guard on every company request: built once (see prepared.ts).
const membership = prepareQuery((db, p: { companyId: string; userId: string }) =>
  db
    .selectFrom('memberships')
    .select(['role', 'created_at'])
    .where('company_id', '=', p.companyId)
    .where('user_id', '=', p.userId),
);

export const findMembership = (db: DbOrTx, p: { companyId: string; userId: string }) =>
  membership.first(db, p);

export async function insertMembership(
  db: DbOrTx,
  p: { companyId: string; userId: string; role: string; now: string },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ company_id: p.companyId, user_id: p.userId, role: p.role, created_at: p.now })
    .execute();
}

const membersOf = (db: DbOrTx, companyId: string) =>
  db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .where('memberships.company_id', '=', companyId)
    .orderBy('users.name')
    .orderBy('users.id');

export const listMembers = (db: DbOrTx, p: { companyId: string }) =>
  membersOf(db, p.companyId)
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.language',
      'memberships.role',
      'memberships.created_at',
    ])
    .execute();

const FALLBACK_ROLE: Role = 'readonly';

/** A member as the API shows it; a role this version does not know reads as the least privileged. */
const memberJson: JsonFields<'memberships' | 'users'> = (eb) => ({
  userId: eb.ref('users.id'),
  name: eb.ref('users.name'),
  email: eb.ref('users.email'),
  role: eb
    .case()
    .when('memberships.role', 'in', ROLES)
    .then(eb.ref('memberships.role'))
    .else(FALLBACK_ROLE)
    .end(),
  joinedAt: eb.ref('memberships.created_at'),
});

const membersJson = prepareQuery((db, p: { companyId: string }) =>
  jsonArrayQuery(db, membersOf(db, p.companyId), memberJson, { inObject: 'items' }),
);

/** `{"items":[…]}` of every member ordered by name, as JSON bytes written by the database. */
export const listMembersJson = async (db: DbOrTx, p: { companyId: string }): Promise<Buffer> =>
  jsonBytes(await membersJson.first(db, p));

export async function updateMembershipRole(
  db: DbOrTx,
  p: { companyId: string; userId: string; role: string },
) {
  const r = await db
    .updateTable('memberships')
    .set({ role: p.role })
    .where('company_id', '=', p.companyId)
    .where('user_id', '=', p.userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteMembership(db: DbOrTx, p: { companyId: string; userId: string }) {
  const r = await db
    .deleteFrom('memberships')
    .where('company_id', '=', p.companyId)
    .where('user_id', '=', p.userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Takes the company's membership lock for the rest of the transaction: a write to the company row,
 * first thing. On PostgreSQL the row lock queues every other change of the company's members until
 * commit; on SQLite the first write takes the database's write lock. Two owners removing each other
 * at once are then checked one after the other, and the second sees that only one owner is left.
 */
export async function lockMemberships(db: DbOrTx, p: { companyId: string }): Promise<boolean> {
  const r = await db
    .updateTable('companies')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', p.companyId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countOwners(db: DbOrTx, p: { companyId: string }): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', p.companyId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertInvitation(
  db: DbOrTx,
  row: {
    id: string;
    companyId: string;
    email: string;
    role: string;
    tokenHash: string;
    invitedBy: string;
    now: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: row.id,
      company_id: row.companyId,
      email: row.email,
      role: row.role,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      created_at: row.now,
      expires_at: row.expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .execute();
}

const pendingInvitations = (db: DbOrTx, now: string) =>
  db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by')
    .innerJoin('companies', 'companies.id', 'invitations.company_id')
    .select([
      'invitations.id',
      'invitations.company_id',
      'invitations.email',
      'invitations.role',
      'invitations.created_at',
      'invitations.expires_at',
      'users.name as invited_by_name',
      'companies.name as company_name',
    ])
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now);

export const listPendingInvitations = (db: DbOrTx, p: { companyId: string; now: string }) =>
  pendingInvitations(db, p.now)
    .where('invitations.company_id', '=', p.companyId)
    .orderBy('invitations.created_at', 'desc')
    .execute();

export const findPendingInvitationByEmail = (
  db: DbOrTx,
  p: { companyId: string; email: string; now: string },
) =>
  pendingInvitations(db, p.now)
    .where('invitations.company_id', '=', p.companyId)
    .where('invitations.email', '=', p.email)
    .executeTakeFirst();

export const findPendingInvitationByToken = (db: DbOrTx, p: { tokenHash: string; now: string }) =>
  pendingInvitations(db, p.now).where('invitations.token_hash', '=', p.tokenHash).executeTakeFirst();

export async function markInvitationAccepted(db: DbOrTx, p: { id: string; userId: string; now: string }) {
  const r = await db
    .updateTable('invitations')
    .set({ accepted_at: p.now, accepted_by: p.userId })
    .where('id', '=', p.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeInvitation(db: DbOrTx, p: { companyId: string; id: string; now: string }) {
  const r = await db
    .updateTable('invitations')
    .set({ revoked_at: p.now })
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export function listAudit(db: DbOrTx, p: { companyId: string; limit: number; cursor?: Cursor | undefined }) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.user_id',
      'users.name as user_name',
      'audit_log.data',
      'audit_log.created_at',
    ])
    .where('audit_log.company_id', '=', p.companyId);
  if (p.cursor) q = q.where(afterCursor('audit_log', p.cursor));
  return q
    .orderBy('audit_log.created_at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(p.limit + 1)
    .execute();
}

/** What other modules read of a company's commercial settings (the catalogue: country, currency, VAT rates). */
export const findCommercialSettings = (db: DbOrTx, p: { companyId: string }) =>
  db
    .selectFrom('companies')
    .select(['country', 'currency', 'vat_rates'])
    .where('id', '=', p.companyId)
    .executeTakeFirst();

/** Stores the company's offered VAT rates (JSON), or null for its country's whole table. */
export async function updateVatRates(
  db: DbOrTx,
  p: { companyId: string; vatRates: string | null; now: string },
): Promise<void> {
  await db
    .updateTable('companies')
    .set({ vat_rates: p.vatRates, updated_at: p.now })
    .where('id', '=', p.companyId)
    .execute();
}
