import { audit } from '../../platform/audit.js';
import { addMs, DAY, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { CompaniesTable } from '../../platform/db/schema.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { mailRouteFor } from '../../platform/mail/transports.js';
import { secretKey } from '../../platform/secrets.js';
import { todayIn } from '../../shared/dates.js';
import { enterpriseNumberRule, type Identity } from '../../shared/enterprise-number.js';
import { AppError, fieldError, notFound } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId, newSecretToken } from '../../shared/ids.js';
import { pickLanguage } from '../../shared/messages.js';
import { decodeCursor, type Page, toPage } from '../../shared/pagination.js';
import type { Language } from '../../shared/schemas.js';
import { systemMail } from '../../shared/system-mails.js';
import { describeDataRefs, describeSubjects, subjectOf } from '../activity/index.js';
import * as repo from './companies.repository.js';
import type { CompanyOut, CreateCompanyInput, UpdateCompanyInput } from './companies.schema.js';
import { LOGO_LIMITS, LogoImageError, normaliseLogo } from './logo-image.js';
import { can, isRole, type Permission, permissionsOf, type Role } from './permissions.js';

export interface Actor {
  userId: string;
  role: Role;
}

const toCompanyOut = (r: repo.CompanyRow): CompanyOut => ({
  id: r.id,
  name: r.name,
  legalName: r.legal_name,
  country: r.country,
  vatNumber: r.vat_number,
  enterpriseNumber: r.enterprise_number,
  address: {
    line1: r.address_line1,
    line2: r.address_line2,
    postalCode: r.postal_code,
    city: r.city,
    country: r.address_country,
  },
  email: r.email,
  phone: r.phone,
  iban: r.iban,
  bic: r.bic,
  currency: r.currency,
  timezone: r.timezone,
  paymentReferenceKind: r.payment_reference_kind === 'rf' ? 'rf' : 'be-ogm',
  hasLogo: r.has_logo === 1,
  createdAt: r.created_at,
});

type CompanyColumns = Partial<Omit<CompaniesTable, 'id' | 'created_at' | 'logo' | 'logo_mime'>>;

/** Maps API fields onto columns; only the fields present in the input are set. */
function toColumns(input: UpdateCompanyInput): CompanyColumns {
  const v: CompanyColumns = {};
  if (input.name !== undefined) v.name = input.name;
  if (input.legalName !== undefined) v.legal_name = input.legalName || null;
  if (input.country !== undefined) v.country = input.country;
  if (input.vatNumber !== undefined) v.vat_number = input.vatNumber || null;
  if (input.enterpriseNumber !== undefined) v.enterprise_number = input.enterpriseNumber || null;
  if (input.email !== undefined) v.email = input.email || null;
  if (input.phone !== undefined) v.phone = input.phone || null;
  if (input.iban !== undefined) v.iban = input.iban || null;
  if (input.bic !== undefined) v.bic = input.bic || null;
  if (input.currency !== undefined) v.currency = input.currency;
  if (input.timezone !== undefined) v.timezone = input.timezone;
  if (input.paymentReferenceKind !== undefined) v.payment_reference_kind = input.paymentReferenceKind;
  const a = input.address;
  if (a) {
    if (a.line1 !== undefined) v.address_line1 = a.line1 || null;
    if (a.line2 !== undefined) v.address_line2 = a.line2 || null;
    if (a.postalCode !== undefined) v.postal_code = a.postalCode || null;
    if (a.city !== undefined) v.city = a.city || null;
    if (a.country !== undefined) v.address_country = a.country || null;
  }
  return v;
}

export async function createCompany(
  ctx: AppContext,
  userId: string,
  input: CreateCompanyInput,
  /** A company of the demo seed: its mail never leaves the local outbox. */
  opts: { demo?: boolean } = {},
): Promise<CompanyOut> {
  const now = nowIso(ctx.clock);
  const id = newId();
  const cols = toColumns(input);
  const enterpriseNumber = enterpriseNumberRule(
    {
      country: input.country,
      vat_number: cols.vat_number ?? null,
      enterprise_number: cols.enterprise_number ?? null,
    },
    true,
  );
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertCompany(trx, {
      id,
      name: input.name,
      legal_name: cols.legal_name ?? null,
      country: input.country,
      vat_number: cols.vat_number ?? null,
      enterprise_number: enterpriseNumber,
      address_line1: cols.address_line1 ?? null,
      address_line2: cols.address_line2 ?? null,
      postal_code: cols.postal_code ?? null,
      city: cols.city ?? null,
      address_country: cols.address_country ?? input.country,
      email: cols.email ?? null,
      phone: cols.phone ?? null,
      iban: cols.iban ?? null,
      bic: cols.bic ?? null,
      currency: input.currency,
      timezone: input.timezone,
      // Structured communication is what Belgian banks and payers expect; RF elsewhere.
      payment_reference_kind: input.paymentReferenceKind ?? (input.country === 'BE' ? 'be-ogm' : 'rf'),
      number_formats: null,
      payment_terms_days: 30,
      quote_validity_days: 30,
      vat_regime: 'standard',
      pdf_template: 'classic',
      accent_color: null,
      mail_attachment_format: null,
      created_at: now,
      updated_at: now,
      demo: opts.demo ? 1 : 0,
    });
    await repo.insertMembership(trx, { companyId: id, userId, role: 'owner', now });
    await audit(trx, {
      companyId: id,
      userId,
      action: 'company.created',
      entityType: 'company',
      entityId: id,
      at: now,
    });
  });
  return getCompany(ctx, id);
}

export async function getCompany(ctx: AppContext, companyId: string): Promise<CompanyOut> {
  const row = await repo.findCompany(ctx.db, { companyId });
  if (!row) throw notFound('Company');
  return toCompanyOut(row);
}

export async function listMyCompanies(ctx: AppContext, userId: string) {
  const rows = await repo.listCompaniesOfUser(ctx.db, { userId });
  return rows.map((r) => ({ ...toCompanyOut(r), role: isRole(r.role) ? r.role : 'readonly' }));
}

export async function listMemberships(ctx: AppContext, userId: string) {
  const rows = await repo.listCompaniesOfUser(ctx.db, { userId });
  return rows.map((r) => {
    const role: Role = isRole(r.role) ? r.role : 'readonly';
    return { companyId: r.id, companyName: r.name, role, permissions: permissionsOf(role) };
  });
}

/** The caller's role in a company, or null when they are not a member (the guard answers 404). */
export async function roleOf(ctx: AppContext, companyId: string, userId: string): Promise<Role | null> {
  const m = await repo.findMembership(ctx.db, { companyId, userId });
  return m && isRole(m.role) ? m.role : null;
}

export async function updateCompany(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: UpdateCompanyInput,
): Promise<CompanyOut> {
  const now = nowIso(ctx.clock);
  const values = toColumns(input);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      values.country !== undefined ||
      values.vat_number !== undefined ||
      values.enterprise_number !== undefined
    ) {
      const current = await repo.findCompany(trx, { companyId });
      if (!current) throw notFound('Company');
      const next: Identity = {
        country: values.country ?? current.country,
        vat_number: values.vat_number !== undefined ? values.vat_number : current.vat_number,
        enterprise_number:
          values.enterprise_number !== undefined ? values.enterprise_number : current.enterprise_number,
      };
      const derived = enterpriseNumberRule(next, values.enterprise_number !== undefined);
      if (derived !== current.enterprise_number || values.enterprise_number !== undefined)
        values.enterprise_number = derived;
    }
    await repo.updateCompany(trx, { companyId, values: { ...values, updated_at: now } });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'company.updated',
      entityType: 'company',
      entityId: companyId,
      data: { fields: Object.keys(values) },
      at: now,
    });
  });
  return getCompany(ctx, companyId);
}

export const LOGO_MAX_BYTES = LOGO_LIMITS.maxBytes;

/** Identifies the image by its magic bytes, not by what the client claims. */
export function sniffImage(bytes: Buffer): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  if (
    bytes.length > 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.length > 12 &&
    bytes.toString('ascii', 0, 4) === 'RIFF' &&
    bytes.toString('ascii', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

function logoRefused(e: unknown): unknown {
  if (!(e instanceof LogoImageError)) return e;
  if (e.problem === 'too_many_pixels')
    return fieldError(
      'logo',
      'The logo has too many pixels: at most 16 megapixels and 8,000 pixels a side',
      'rule_violation',
    );
  if (e.problem === 'not_an_image')
    return fieldError('logo', 'The logo must be a PNG, JPEG or WebP image', 'unsupported_media_type');
  return fieldError('logo', 'The logo cannot be read: the file is damaged or not a PNG, JPEG or WebP image');
}

export async function setLogo(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  bytes: Buffer,
): Promise<void> {
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('payload_too_large', 'The logo must be at most 2 MB');
  if (!sniffImage(bytes))
    throw fieldError('logo', 'The logo must be a PNG, JPEG or WebP image', 'unsupported_media_type');
  // Decoded and checked now, stored normalised: documents never decode it again (logo-image.ts).
  const logo = await normaliseLogo(bytes).catch((e: unknown) => {
    throw logoRefused(e);
  });
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateCompany(trx, {
      companyId,
      values: { logo: logo.data, logo_mime: logo.mime, updated_at: now },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'company.logo_changed',
      entityType: 'company',
      entityId: companyId,
      at: now,
    });
  });
}

export async function getLogo(ctx: AppContext, companyId: string): Promise<{ bytes: Buffer; mime: string }> {
  const row = await repo.findLogo(ctx.db, { companyId });
  if (!row?.logo || !row.logo_mime) throw notFound('Logo');
  return { bytes: Buffer.from(row.logo), mime: row.logo_mime };
}

export async function deleteLogo(ctx: AppContext, actor: Actor, companyId: string): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateCompany(trx, { companyId, values: { logo: null, logo_mime: null, updated_at: now } });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'company.logo_removed',
      entityType: 'company',
      entityId: companyId,
      at: now,
    });
  });
}

export async function listMembers(ctx: AppContext, companyId: string) {
  const rows = await repo.listMembers(ctx.db, { companyId });
  return rows.map((r) => ({
    userId: r.id,
    name: r.name,
    email: r.email,
    role: isRole(r.role) ? r.role : ('readonly' as const),
    joinedAt: r.created_at,
  }));
}

/**
 * The members list response body, `{"items":[…]}` as JSON bytes written by the database: for a
 * thousand members that is several times cheaper than reading rows into objects and serializing them.
 */
export const listMembersJson = (ctx: AppContext, companyId: string): Promise<Buffer> =>
  repo.listMembersJson(ctx.db, { companyId });

/**
 * Only an owner may make or unmake owners, and nobody may give a role that can do something their
 * own role cannot (an admin cannot invite an owner; a role's permissions must be a subset of the
 * actor's). Nobody may leave a company without an owner (checked under the membership lock).
 */
function assertMayAssign(actor: Actor, from: Role | null, to: Role | null): void {
  if ((from === 'owner' || to === 'owner') && actor.role !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can grant or remove the owner role');
  }
  if (to && !permissionsOf(to).every((p) => can(actor.role, p))) {
    throw new AppError('forbidden', 'You cannot give a role that may do more than your own');
  }
}

export async function updateMemberRole(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  userId: string,
  role: Role,
) {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.lockMemberships(trx, { companyId }))) throw notFound('Company');
    const current = await repo.findMembership(trx, { companyId, userId });
    if (!current || !isRole(current.role)) throw notFound('Member');
    assertMayAssign(actor, current.role, role);
    if (current.role === 'owner' && role !== 'owner' && (await repo.countOwners(trx, { companyId })) <= 1) {
      throw new AppError('last_owner', 'A company must keep at least one owner');
    }
    await repo.updateMembershipRole(trx, { companyId, userId, role });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'member.role_changed',
      entityType: 'user',
      entityId: userId,
      data: { from: current.role, to: role },
      at: now,
    });
  });
  const member = (await listMembers(ctx, companyId)).find((m) => m.userId === userId);
  if (!member) throw notFound('Member');
  return member;
}

/** Removal takes effect on the member's next request: access is checked against memberships every time. */
export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  userId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.lockMemberships(trx, { companyId }))) throw notFound('Company');
    const current = await repo.findMembership(trx, { companyId, userId });
    if (!current || !isRole(current.role)) throw notFound('Member');
    if (userId !== actor.userId) assertMayAssign(actor, current.role, null);
    if (current.role === 'owner' && (await repo.countOwners(trx, { companyId })) <= 1) {
      throw new AppError('last_owner', 'A company must keep at least one owner');
    }
    await repo.deleteMembership(trx, { companyId, userId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'member.removed',
      entityType: 'user',
      entityId: userId,
      at: now,
    });
  });
}

const INVITATION_TTL_MS = 14 * DAY;

export async function invite(
  ctx: AppContext,
  actor: Actor & { name: string; language: string },
  companyId: string,
  input: { email: string; role: Role; language?: Language | undefined },
) {
  assertMayAssign(actor, null, input.role);
  const now = nowIso(ctx.clock);
  const company = await getCompany(ctx, companyId);
  const existingUser = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (existingUser && (await repo.findMembership(ctx.db, { companyId, userId: existingUser.id }))) {
    throw fieldError('email', 'This person is already a member of the company', 'already_member');
  }
  const token = newSecretToken();
  const id = newId();
  const language = input.language ?? pickLanguage(undefined, actor.language);
  const expiresAt = addMs(now, INVITATION_TTL_MS);
  const link = `${ctx.config.publicUrl}/invitations/${token}`;
  await ctx.db.transaction().execute(async (trx) => {
    // A new invitation replaces a pending one for the same address: only the latest link works.
    const pending = await repo.findPendingInvitationByEmail(trx, { companyId, email: input.email, now });
    if (pending) await repo.revokeInvitation(trx, { companyId, id: pending.id, now });
    await repo.insertInvitation(trx, {
      id,
      companyId,
      email: input.email,
      role: input.role,
      tokenHash: sha256Hex(token),
      invitedBy: actor.userId,
      now,
      expiresAt,
    });
    await queueMail(trx, now, {
      uniqueKey: `invitation:${id}`,
      companyId,
      to: [input.email],
      // The link is the invitation: sealed in the outbox, only the invited address receives it.
      secrets: { key: secretKey(ctx.config), values: [token] },
      // In the language the inviter chose for them, else the inviter's own: the best guess there is.
      ...systemMail('invitation', language, {
        inviter: actor.name,
        company: company.name,
        role: input.role,
        email: input.email,
        link,
        expiresOn: todayIn(company.timezone, new Date(expiresAt)),
      }),
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'member.invited',
      entityType: 'invitation',
      entityId: id,
      data: { email: input.email, role: input.role, language },
      at: now,
    });
  });
  const created = (await listInvitations(ctx, companyId)).find((i) => i.id === id);
  if (!created) throw notFound('Invitation');
  // The inviter, who chose the address, gets the link to hand over, mailed or not (without an SMTP
  // server the mail stays in the local outbox, where the link is hidden): only this answer carries it,
  // and it still needs the invited address, verified, to be accepted.
  const route = await mailRouteFor(ctx, companyId);
  return { ...created, link, mailed: route.source !== 'local' };
}

export async function listInvitations(ctx: AppContext, companyId: string) {
  const rows = await repo.listPendingInvitations(ctx.db, { companyId, now: nowIso(ctx.clock) });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: isRole(r.role) ? r.role : ('readonly' as const),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    invitedByName: r.invited_by_name,
  }));
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, companyId: string, id: string) {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.revokeInvitation(trx, { companyId, id, now }))) throw notFound('Invitation');
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: id,
      at: now,
    });
  });
}

async function pendingByToken(ctx: AppContext, token: string) {
  const row = await repo.findPendingInvitationByToken(ctx.db, {
    tokenHash: sha256Hex(token),
    now: nowIso(ctx.clock),
  });
  if (!row || !isRole(row.role)) throw notFound('Invitation');
  return { ...row, role: row.role };
}

export async function previewInvitation(ctx: AppContext, token: string) {
  const inv = await pendingByToken(ctx, token);
  return {
    companyName: inv.company_name,
    email: inv.email,
    role: inv.role,
    invitedByName: inv.invited_by_name,
    expiresAt: inv.expires_at,
  };
}

export async function acceptInvitation(
  ctx: AppContext,
  user: { id: string; email: string; emailVerified: boolean },
  token: string,
) {
  const inv = await pendingByToken(ctx, token);
  // The link was mailed to one address: accepting it from another account would let a forwarded
  // mail (or a link read where it should not have been) grant access to whoever holds it. And the
  // account must have proved that it reads that address: anyone can sign up with any address.
  if (inv.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new AppError(
      'invitation_invalid',
      'This invitation was sent to {email}; sign in with that address',
      {
        params: { email: inv.email },
        meta: { invitedEmail: inv.email },
      },
    );
  }
  if (!user.emailVerified) {
    throw new AppError(
      'email_unverified',
      'Confirm your e-mail address first: open the link we mailed to {email}, then accept the invitation',
      { params: { email: user.email } },
    );
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.lockMemberships(trx, { companyId: inv.company_id }))) throw notFound('Invitation');
    if (!(await repo.markInvitationAccepted(trx, { id: inv.id, userId: user.id, now })))
      throw notFound('Invitation');
    if (!(await repo.findMembership(trx, { companyId: inv.company_id, userId: user.id }))) {
      await repo.insertMembership(trx, { companyId: inv.company_id, userId: user.id, role: inv.role, now });
    }
    await audit(trx, {
      companyId: inv.company_id,
      userId: user.id,
      action: 'member.joined',
      entityType: 'user',
      entityId: user.id,
      data: { role: inv.role, invitationId: inv.id },
      at: now,
    });
  });
  return { companyId: inv.company_id, role: inv.role };
}

export async function listAuditLog(
  ctx: AppContext,
  companyId: string,
  q: { limit: number; cursor?: string | undefined },
) {
  const rows = await repo.listAudit(ctx.db, {
    companyId,
    limit: q.limit,
    cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  const refs = rows.flatMap((r) => (r.entity_id ? [{ type: r.entity_type, id: r.entity_id }] : []));
  const subjects = await describeSubjects(ctx.db, companyId, refs);
  const datas = rows.map((r) => (r.data ? (JSON.parse(r.data) as unknown) : null));
  const dataRefs = await describeDataRefs(ctx.db, companyId, datas);
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  return toPage(rows, q.limit, (r) => ({
    id: r.id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    subject: subjectOf(subjects, r.entity_id ? { type: r.entity_type, id: r.entity_id } : null),
    userId: r.user_id,
    userName: r.user_name,
    createdAt: r.created_at,
    data: datas[indexOf.get(r.id) ?? -1] ?? null,
    references: dataRefs[indexOf.get(r.id) ?? -1] ?? {},
  })) satisfies Page<unknown>;
}

export type { Permission, Role };
