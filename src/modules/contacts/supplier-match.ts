import { audit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../shared/errors.js';
import { Bic, CountryCode, Iban, VatNumber } from '../../shared/identifiers.js';
import { newId } from '../../shared/ids.js';
import * as repo from './contacts.repository.js';
import { PeppolId } from './contacts.schema.js';
import { newContactRow } from './contacts.service.js';

/** Who a supplier says it is on its invoice (an e-invoice's seller, BG-4). */
export interface SupplierIdentity {
  name: string;
  legalName: string | null;
  vatNumber: string | null;
  /** BT-30 legal registration identifier (enterprise number, SIREN…). */
  legalId: string | null;
  /** BT-34 electronic address as `scheme:id`. */
  endpoint: { scheme: string | null; id: string } | null;
  email: string | null;
  iban: string | null;
  bic: string | null;
  address: {
    line1: string | null;
    line2: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
  } | null;
}

const valid = <T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  v: string | null,
) => {
  if (v === null) return null;
  const r = schema.safeParse(v);
  return r.success ? (r.data as T) : null;
};

const compact = (v: string | null) => (v ? v.replace(/[\s.-]/g, '').toUpperCase() : null);

/**
 * The contact a supplier's invoice comes from: matched by VAT number, then Peppol endpoint, then
 * legal registration id; created as a supplier when none matches (and made a supplier when the match
 * was a customer only). Runs in the caller's transaction, audited there.
 *
 * What the invoice states is stored only where it passes the contact rules (VAT check digits, IBAN,
 * Peppol id shape): a value that fails is kept in the contact's notes so that nothing is lost and no
 * invalid identifier enters the contact list.
 */
export async function findOrCreateSupplier(
  trx: DbOrTx,
  p: { companyId: string; userId: string | null; now: string; supplier: SupplierIdentity },
): Promise<{ id: string; created: boolean }> {
  const s = p.supplier;
  const vat = compact(s.vatNumber);
  const peppolId = s.endpoint?.scheme ? `${s.endpoint.scheme}:${s.endpoint.id.trim()}` : null;
  const legalId = compact(s.legalId)?.replace(/^BE/, '') ?? null;
  const found = await repo.findContactByIdentity(trx, {
    companyId: p.companyId,
    vatNumber: vat,
    peppolId,
    enterpriseNumber: legalId,
  });
  if (found) {
    if (!found.is_supplier) {
      await repo.updateContact(trx, {
        companyId: p.companyId,
        contactId: found.id,
        values: { is_supplier: 1, updated_at: p.now },
      });
      await audit(trx, {
        companyId: p.companyId,
        userId: p.userId,
        action: 'contact.updated',
        entityType: 'contact',
        entityId: found.id,
        data: { fields: ['roles'], reason: 'purchase_invoice' },
        at: p.now,
      });
    }
    return { id: found.id, created: false };
  }

  const validVat = valid<string>(VatNumber, vat);
  const validPeppol = valid<string>(PeppolId, peppolId);
  const unchecked = [
    vat && !validVat ? `VAT number on the supplier's invoice: ${s.vatNumber}` : null,
    peppolId && !validPeppol ? `Electronic address on the supplier's invoice: ${peppolId}` : null,
  ].filter((n): n is string => n !== null);
  const email = s.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email) ? s.email.toLowerCase() : null;
  const input = {
    roles: ['supplier' as const],
    type: 'company' as const,
    name: s.name.slice(0, 200),
    legalName: s.legalName?.slice(0, 200) ?? null,
    vatNumber: validVat,
    enterpriseNumber: legalId,
    emails: email ? [email] : [],
    language: 'fr' as const,
    iban: valid<string>(Iban, s.iban),
    bic: valid<string>(Bic, s.bic),
    peppolId: validPeppol,
    deliveryPreference: 'auto' as const,
    address: s.address ? { ...s.address, country: valid<string>(CountryCode, s.address.country) } : undefined,
    tags: [],
    notes: unchecked.length > 0 ? unchecked.join('\n') : null,
    archived: false,
    persons: [],
  };
  const id = newId();
  let row: repo.ContactRow;
  try {
    row = newContactRow(p.companyId, input, id, p.now);
  } catch (e) {
    // A legal id that is not a valid enterprise number of the supplier's country is left out.
    if (!(e instanceof AppError)) throw e;
    row = newContactRow(p.companyId, { ...input, enterpriseNumber: null }, id, p.now);
  }
  await repo.insertContact(trx, row);
  await audit(trx, {
    companyId: p.companyId,
    userId: p.userId,
    action: 'contact.created',
    entityType: 'contact',
    entityId: id,
    data: { reason: 'purchase_invoice' },
    at: p.now,
  });
  return { id, created: true };
}
