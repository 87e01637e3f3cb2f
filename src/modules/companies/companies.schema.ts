import { z } from 'zod';
import { AddressIn, AddressOut, optionalNullable } from '../../shared/address.js';
import {
  Bic,
  CountryCode,
  CurrencyCode,
  EnterpriseNumber,
  Iban,
  TimeZone,
  VatNumber,
} from '../../shared/identifiers.js';
import { Email, Id, Instant, Language, Text } from '../../shared/schemas.js';
import { SubjectOut } from '../activity/index.js';
import { PERMISSIONS, ROLES } from './permissions.js';

export const RoleSchema = z.enum(ROLES);
export const PaymentReferenceKind = z.enum(['be-ogm', 'rf']);

const companyFields = {
  name: Text(200).pipe(z.string().min(1, 'Name is required')),
  legalName: optionalNullable(Text(200)),
  country: CountryCode,
  vatNumber: optionalNullable(VatNumber),
  enterpriseNumber: optionalNullable(EnterpriseNumber),
  address: AddressIn.optional(),
  email: optionalNullable(Email),
  phone: optionalNullable(Text(50)),
  iban: optionalNullable(Iban),
  bic: optionalNullable(Bic),
  currency: CurrencyCode.default('EUR'),
  timezone: TimeZone.default('Europe/Brussels'),
  paymentReferenceKind: PaymentReferenceKind.optional(),
};

export const CreateCompanyBody = z.strictObject(companyFields);
export type CreateCompanyInput = z.infer<typeof CreateCompanyBody>;

export const UpdateCompanyBody = z.strictObject({
  ...companyFields,
  name: companyFields.name.optional(),
  country: companyFields.country.optional(),
  currency: CurrencyCode.optional(),
  timezone: TimeZone.optional(),
});
export type UpdateCompanyInput = z.infer<typeof UpdateCompanyBody>;

export const CompanyOut = z
  .object({
    id: Id,
    name: z.string(),
    legalName: z.string().nullable(),
    country: z.string(),
    vatNumber: z.string().nullable(),
    enterpriseNumber: z.string().nullable(),
    address: AddressOut,
    email: z.string().nullable(),
    phone: z.string().nullable(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    currency: z.string(),
    timezone: z.string(),
    paymentReferenceKind: PaymentReferenceKind,
    hasLogo: z.boolean(),
    createdAt: Instant,
  })
  .meta({ id: 'Company' });
export type CompanyOut = z.infer<typeof CompanyOut>;

export const CompanyWithRole = CompanyOut.extend({ role: RoleSchema }).meta({ id: 'CompanyWithRole' });

export const MembershipOut = z
  .object({
    companyId: Id,
    companyName: z.string(),
    role: RoleSchema,
    permissions: z.array(z.enum(PERMISSIONS)),
  })
  .meta({ id: 'Membership' });

export const MemberOut = z
  .object({
    userId: Id,
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    joinedAt: Instant,
  })
  .meta({ id: 'Member' });

export const UpdateMemberBody = z.strictObject({ role: RoleSchema });

export const InviteBody = z.strictObject({
  email: Email,
  role: RoleSchema,
  /** The language of the invitation mail; the inviter's own when omitted. */
  language: Language.optional(),
});

export const InvitationOut = z
  .object({
    id: Id,
    email: z.string(),
    role: RoleSchema,
    createdAt: Instant,
    expiresAt: Instant,
    invitedByName: z.string(),
  })
  .meta({ id: 'Invitation' });

export const InvitationCreatedOut = InvitationOut.extend({
  /**
   * The invitation link, for the inviter alone (this answer is the only place it is shown: the
   * outbox hides it, the list of invitations never has it) to hand over, whether it was mailed or
   * not. Only the invited address, once verified, can accept it.
   */
  link: z.string(),
  /** False when no mail server is configured: the mail stays in the local outbox, the link must be handed over. */
  mailed: z.boolean(),
}).meta({ id: 'InvitationCreated' });

export const InvitationPreview = z
  .object({
    companyName: z.string(),
    email: z.string(),
    role: RoleSchema,
    invitedByName: z.string(),
    expiresAt: Instant,
  })
  .meta({ id: 'InvitationPreview' });

export const AuditEntryOut = z
  .object({
    id: Id,
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    /** What the entry concerns, named as people name it (a document's number, a contact's name). */
    subject: SubjectOut.nullable(),
    userId: z.string().nullable(),
    userName: z.string().nullable(),
    createdAt: Instant,
    data: z.unknown(),
    /** What the ids in `data` name, keyed by the data key ("invoiceId" → the invoice and its number). */
    references: z.record(z.string(), SubjectOut),
  })
  .meta({ id: 'AuditEntry' });

export const CompanyParams = z.strictObject({ companyId: Id });
export const MemberParams = CompanyParams.extend({ userId: Id });
export const InvitationParams = CompanyParams.extend({ invitationId: Id });
export const TokenParams = z.strictObject({ token: z.string().min(10).max(200) });
