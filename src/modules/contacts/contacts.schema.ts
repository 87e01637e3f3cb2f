import { z } from 'zod';
import { CsvDelimiter, ListFormat } from '../../platform/http/csv.js';
import { AddressIn, AddressOut, optionalNullable } from '../../shared/address.js';
import { Bic, CurrencyCode, Iban, VatNumber } from '../../shared/identifiers.js';
import { Email, Id, Instant, Language, Text } from '../../shared/schemas.js';

export const ContactRole = z.enum(['customer', 'supplier']);
export const ContactType = z.enum(['company', 'person']);

/** Peppol participant identifier `scheme:value`, e.g. `0208:0123456789` (BE enterprise number). */
export const PeppolId = z
  .string()
  .trim()
  .regex(/^\d{4}:[A-Za-z0-9.\-_]{1,50}$/, 'A Peppol ID as scheme:value, such as 0208:0123456789');

/**
 * How the customer's invoices and credit notes are sent by default: `auto` over Peppol when it can
 * receive them there, else by e-mail; `peppol` or `email` as the customer asked.
 */
export const DeliveryPreference = z.enum(['auto', 'peppol', 'email']);
export type DeliveryPreference = z.infer<typeof DeliveryPreference>;

export const PersonIn = z.strictObject({
  name: Text(200).pipe(z.string().min(1, 'Name is required')),
  role: optionalNullable(Text(100)),
  email: optionalNullable(Email),
  phone: optionalNullable(Text(50)),
});

const contactFields = {
  roles: z
    .array(ContactRole)
    .min(1, 'Choose customer, supplier or both')
    .max(2)
    .refine((r) => new Set(r).size === r.length, 'Each role once'),
  type: ContactType.default('company'),
  name: Text(200).pipe(z.string().min(1, 'Name is required')),
  legalName: optionalNullable(Text(200)),
  vatNumber: optionalNullable(VatNumber),
  enterpriseNumber: optionalNullable(Text(30)),
  emails: z.array(Email).max(10).default([]),
  phone: optionalNullable(Text(50)),
  website: optionalNullable(Text(200)),
  language: Language.default('fr'),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().optional(),
  currency: optionalNullable(CurrencyCode),
  iban: optionalNullable(Iban),
  bic: optionalNullable(Bic),
  peppolId: optionalNullable(PeppolId),
  deliveryPreference: DeliveryPreference.default('auto').describe(
    'How its invoices and credit notes are sent by default (the send dialog preselects it)',
  ),
  address: AddressIn.optional(),
  deliveryAddress: AddressIn.nullable().optional(),
  tags: z
    .array(Text(50).pipe(z.string().min(1)))
    .max(30)
    .default([]),
  notes: optionalNullable(Text(5000)),
  archived: z.boolean().default(false),
  persons: z.array(PersonIn).max(50).default([]),
};

export const CreateContactBody = z.strictObject(contactFields);
export type CreateContactInput = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = z.strictObject({
  roles: contactFields.roles.optional(),
  type: ContactType.optional(),
  name: contactFields.name.optional(),
  legalName: contactFields.legalName,
  vatNumber: contactFields.vatNumber,
  enterpriseNumber: contactFields.enterpriseNumber,
  emails: z.array(Email).max(10).optional(),
  phone: contactFields.phone,
  website: contactFields.website,
  language: Language.optional(),
  paymentTermsDays: contactFields.paymentTermsDays,
  currency: contactFields.currency,
  iban: contactFields.iban,
  bic: contactFields.bic,
  peppolId: contactFields.peppolId,
  deliveryPreference: DeliveryPreference.optional(),
  address: AddressIn.optional(),
  deliveryAddress: AddressIn.nullable().optional(),
  tags: z
    .array(Text(50).pipe(z.string().min(1)))
    .max(30)
    .optional(),
  notes: contactFields.notes,
  archived: z.boolean().optional(),
  persons: z.array(PersonIn).max(50).optional(),
});
export type UpdateContactInput = z.infer<typeof UpdateContactBody>;

export const ContactOut = z
  .object({
    id: Id,
    roles: z.array(ContactRole),
    type: ContactType,
    name: z.string(),
    legalName: z.string().nullable(),
    vatNumber: z.string().nullable(),
    enterpriseNumber: z.string().nullable(),
    emails: z.array(z.string()),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    language: Language,
    paymentTermsDays: z.number().int().nullable(),
    currency: z.string().nullable(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    peppolId: z.string().nullable(),
    deliveryPreference: DeliveryPreference,
    address: AddressOut,
    deliveryAddress: AddressOut.nullable(),
    tags: z.array(z.string()),
    notes: z.string().nullable(),
    archived: z.boolean(),
    persons: z.array(
      z.object({
        id: Id,
        name: z.string(),
        role: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Contact' });
export type ContactOut = z.infer<typeof ContactOut>;

export const ContactListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: ContactRole.optional(),
  type: ContactType.optional(),
  tag: z.string().trim().max(50).optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  delimiter: CsvDelimiter,
  format: ListFormat,
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

export const ContactParams = z.strictObject({ companyId: Id, contactId: Id });
