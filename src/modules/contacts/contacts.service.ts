import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { type DbOrTx, inUseGuard } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { enterpriseNumberRule } from '../../shared/enterprise-number.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Language } from '../../shared/schemas.js';
import { normalizeSearch } from '../../shared/search.js';
import * as repo from './contacts.repository.js';
import {
  type ContactListQuery,
  type ContactOut,
  type CreateContactInput,
  DeliveryPreference,
  type UpdateContactInput,
} from './contacts.schema.js';

export interface Actor {
  userId: string;
}

type Address = {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
};

const parseList = (json: string): string[] => JSON.parse(json) as string[];

function toContactOut(r: repo.ContactRow, persons: repo.PersonRow[]): ContactOut {
  const roles: ContactOut['roles'] = [];
  if (r.is_customer) roles.push('customer');
  if (r.is_supplier) roles.push('supplier');
  const hasDelivery = [
    r.delivery_line1,
    r.delivery_line2,
    r.delivery_postal_code,
    r.delivery_city,
    r.delivery_country,
  ].some((v) => v !== null);
  return {
    id: r.id,
    roles,
    type: r.type === 'person' ? 'person' : 'company',
    name: r.name,
    legalName: r.legal_name,
    vatNumber: r.vat_number,
    enterpriseNumber: r.enterprise_number,
    emails: parseList(r.emails),
    phone: r.phone,
    website: r.website,
    language: r.language as Language,
    paymentTermsDays: r.payment_terms_days,
    currency: r.currency,
    iban: r.iban,
    bic: r.bic,
    peppolId: r.peppol_id,
    deliveryPreference: DeliveryPreference.catch('auto').parse(r.delivery_preference),
    address: {
      line1: r.address_line1,
      line2: r.address_line2,
      postalCode: r.postal_code,
      city: r.city,
      country: r.country,
    },
    deliveryAddress: hasDelivery
      ? {
          line1: r.delivery_line1,
          line2: r.delivery_line2,
          postalCode: r.delivery_postal_code,
          city: r.delivery_city,
          country: r.delivery_country,
        }
      : null,
    tags: parseList(r.tags),
    notes: r.notes,
    archived: r.archived === 1,
    persons: persons.map((p) => ({ id: p.id, name: p.name, role: p.role, email: p.email, phone: p.phone })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const searchTextOf = (r: repo.ContactRow): string =>
  normalizeSearch(
    r.name,
    r.legal_name,
    r.vat_number,
    r.enterprise_number,
    parseList(r.emails).join(' '),
    parseList(r.tags).join(' '),
    r.city,
    r.peppol_id,
  );

/** Applies the input over a row (all of it on create, the fields present on update). */
function applyInput(row: repo.ContactRow, input: UpdateContactInput): repo.ContactRow {
  const next = { ...row };
  if (input.roles) {
    next.is_customer = input.roles.includes('customer') ? 1 : 0;
    next.is_supplier = input.roles.includes('supplier') ? 1 : 0;
  }
  if (input.type !== undefined) next.type = input.type;
  if (input.name !== undefined) next.name = input.name;
  if (input.legalName !== undefined) next.legal_name = input.legalName || null;
  if (input.vatNumber !== undefined) next.vat_number = input.vatNumber || null;
  if (input.enterpriseNumber !== undefined) next.enterprise_number = input.enterpriseNumber || null;
  if (input.emails !== undefined) next.emails = JSON.stringify(input.emails);
  if (input.phone !== undefined) next.phone = input.phone || null;
  if (input.website !== undefined) next.website = input.website || null;
  if (input.language !== undefined) next.language = input.language;
  if (input.paymentTermsDays !== undefined) next.payment_terms_days = input.paymentTermsDays;
  if (input.currency !== undefined) next.currency = input.currency || null;
  if (input.iban !== undefined) next.iban = input.iban || null;
  if (input.bic !== undefined) next.bic = input.bic || null;
  if (input.peppolId !== undefined) next.peppol_id = input.peppolId || null;
  if (input.deliveryPreference !== undefined) next.delivery_preference = input.deliveryPreference;
  if (input.tags !== undefined) next.tags = JSON.stringify([...new Set(input.tags)]);
  if (input.notes !== undefined) next.notes = input.notes || null;
  if (input.archived !== undefined) next.archived = input.archived ? 1 : 0;
  const a = input.address;
  if (a) {
    if (a.line1 !== undefined) next.address_line1 = a.line1 || null;
    if (a.line2 !== undefined) next.address_line2 = a.line2 || null;
    if (a.postalCode !== undefined) next.postal_code = a.postalCode || null;
    if (a.city !== undefined) next.city = a.city || null;
    if (a.country !== undefined) next.country = a.country || null;
  }
  if (input.deliveryAddress !== undefined) {
    const d: Partial<Address> = input.deliveryAddress ?? {};
    next.delivery_line1 = d.line1 || null;
    next.delivery_line2 = d.line2 || null;
    next.delivery_postal_code = d.postalCode || null;
    next.delivery_city = d.city || null;
    next.delivery_country = d.country || null;
  }
  return next;
}

/**
 * Cross-field rules: the enterprise number follows the country of the address (or of the VAT
 * number), as for a company — a Belgian customer's is derived from its VAT number when left empty.
 */
function checkRules(row: repo.ContactRow, entered: boolean): repo.ContactRow {
  const country = row.country ?? row.vat_number?.slice(0, 2) ?? null;
  const enterprise = enterpriseNumberRule(
    { country, vat_number: row.vat_number, enterprise_number: row.enterprise_number },
    entered,
  );
  return enterprise === row.enterprise_number ? row : { ...row, enterprise_number: enterprise };
}

async function assertVatFree(db: DbOrTx, companyId: string, vatNumber: string | null, selfId: string) {
  if (!vatNumber) return;
  const existing = await repo.findContactByVat(db, { companyId, vatNumber });
  if (existing && existing.id !== selfId) {
    throw new AppError('duplicate_vat', 'A contact with this VAT number already exists', {
      errors: [{ path: 'vatNumber', message: 'A contact with this VAT number already exists' }],
      meta: { existingId: existing.id },
    });
  }
}

function personRows(
  companyId: string,
  contactId: string,
  persons: NonNullable<UpdateContactInput['persons']>,
) {
  return persons.map((p, i) => ({
    id: newId(),
    company_id: companyId,
    contact_id: contactId,
    name: p.name,
    role: p.role || null,
    email: p.email || null,
    phone: p.phone || null,
    position: i,
  }));
}

/**
 * A contact without its persons, read on the given connection or transaction (another module's
 * transaction, e.g. the buyer copied into a document being issued). Undefined when missing.
 */
export async function readContact(
  db: DbOrTx,
  p: { companyId: string; contactId: string },
): Promise<ContactOut | undefined> {
  const row = await repo.findContact(db, p);
  return row ? toContactOut(row, []) : undefined;
}

export async function getContact(ctx: AppContext, companyId: string, contactId: string): Promise<ContactOut> {
  const row = await repo.findContact(ctx.db, { companyId, contactId });
  if (!row) throw notFound('Contact');
  const persons = await repo.listPersons(ctx.db, { companyId, contactIds: [contactId] });
  return toContactOut(row, persons);
}

/**
 * The stored row of a new contact (without persons): the create endpoint's and the CSV import's one
 * way from input to row. Throws the AppError of a cross-field rule (enterprise number).
 */
export function newContactRow(
  companyId: string,
  input: CreateContactInput,
  id: string,
  now: string,
): repo.ContactRow {
  const blank: repo.ContactRow = {
    id,
    company_id: companyId,
    is_customer: 0,
    is_supplier: 0,
    type: 'company',
    name: '',
    legal_name: null,
    vat_number: null,
    enterprise_number: null,
    emails: '[]',
    phone: null,
    website: null,
    language: 'fr',
    payment_terms_days: null,
    currency: null,
    iban: null,
    bic: null,
    peppol_id: null,
    delivery_preference: 'auto',
    address_line1: null,
    address_line2: null,
    postal_code: null,
    city: null,
    country: null,
    delivery_line1: null,
    delivery_line2: null,
    delivery_postal_code: null,
    delivery_city: null,
    delivery_country: null,
    tags: '[]',
    notes: null,
    archived: 0,
    search_text: '',
    created_at: now,
    updated_at: now,
  };
  const filled = checkRules(applyInput(blank, input), true);
  return { ...filled, search_text: searchTextOf(filled) };
}

export async function createContact(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: CreateContactInput,
): Promise<ContactOut> {
  const now = nowIso(ctx.clock);
  const id = newId();
  const row = newContactRow(companyId, input, id, now);
  await ctx.db.transaction().execute(async (trx) => {
    await assertVatFree(trx, companyId, row.vat_number, id);
    await repo.insertContact(trx, row);
    await repo.replacePersons(trx, {
      companyId,
      contactId: id,
      persons: personRows(companyId, id, input.persons),
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'contact.created',
      entityType: 'contact',
      entityId: id,
      at: now,
    });
  });
  return getContact(ctx, companyId, id);
}

export async function updateContact(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  contactId: string,
  input: UpdateContactInput,
): Promise<ContactOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findContact(trx, { companyId, contactId });
    if (!current) throw notFound('Contact');
    const filled = checkRules(applyInput(current, input), input.enterpriseNumber !== undefined);
    const row = { ...filled, search_text: searchTextOf(filled), updated_at: now };
    await assertVatFree(trx, companyId, row.vat_number, contactId);
    const { id: _id, company_id: _c, created_at: _ca, ...values } = row;
    await repo.updateContact(trx, { companyId, contactId, values });
    if (input.persons) {
      await repo.replacePersons(trx, {
        companyId,
        contactId,
        persons: personRows(companyId, contactId, input.persons),
      });
    }
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: input.archived === true ? 'contact.archived' : 'contact.updated',
      entityType: 'contact',
      entityId: contactId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getContact(ctx, companyId, contactId);
}

export async function deleteContact(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  contactId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await inUseGuard('A contact on documents cannot be deleted: archive it instead', () =>
    ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.deleteContact(trx, { companyId, contactId }))) throw notFound('Contact');
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: 'contact.deleted',
        entityType: 'contact',
        entityId: contactId,
        at: now,
      });
    }),
  );
}

interface ContactSort {
  column: string;
  direction: 'asc' | 'desc';
  key: (r: repo.ContactRow) => string;
}

const SORTS: Record<ContactListQuery['sort'], ContactSort> = {
  name: { column: 'contacts.name', direction: 'asc', key: (r) => r.name },
  '-name': { column: 'contacts.name', direction: 'desc', key: (r) => r.name },
  createdAt: { column: 'contacts.created_at', direction: 'asc', key: (r) => r.created_at },
  '-createdAt': { column: 'contacts.created_at', direction: 'desc', key: (r) => r.created_at },
};

export async function listContacts(ctx: AppContext, companyId: string, q: ContactListQuery) {
  const sort = SORTS[q.sort];
  const search = q.q ? normalizeSearch(q.q) : '';
  const rows = await repo.listContacts(ctx.db, {
    companyId,
    search: search || undefined,
    role: q.role,
    type: q.type,
    tag: q.tag,
    archived: q.archived,
    sort,
    cursor: q.cursor ? decodeKeyset(q.cursor, q.sort) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const persons = await repo.listPersons(ctx.db, { companyId, contactIds: page.map((r) => r.id) });
  const byContact = new Map<string, repo.PersonRow[]>();
  for (const p of persons) byContact.set(p.contact_id, [...(byContact.get(p.contact_id) ?? []), p]);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toContactOut(r, byContact.get(r.id) ?? [])),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: q.sort, value: sort.key(last), id: last.id })
        : null,
  };
}
