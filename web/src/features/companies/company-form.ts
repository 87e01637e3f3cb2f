import { belgianEnterpriseNumberOfVat } from './enterprise-number';
import type { Company, PaymentReferenceKind } from './types';

export interface CompanyFormValues {
  name: string;
  legalName: string;
  country: string;
  vatNumber: string;
  enterpriseNumber: string;
  address: { line1: string; line2: string; postalCode: string; city: string };
  email: string;
  phone: string;
  iban: string;
  bic: string;
  currency: string;
  timezone: string;
  paymentReferenceKind: PaymentReferenceKind;
}

/** `BE68539007547034` → `BE68 5390 0754 7034`, the way it is printed and read (spaces are stripped on save). */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function companyToForm(company: Company): CompanyFormValues {
  return {
    name: company.name,
    legalName: company.legalName ?? '',
    country: company.country,
    vatNumber: company.vatNumber ?? '',
    enterpriseNumber: company.enterpriseNumber ?? '',
    address: {
      line1: company.address?.line1 ?? '',
      line2: company.address?.line2 ?? '',
      postalCode: company.address?.postalCode ?? '',
      city: company.address?.city ?? '',
    },
    email: company.email ?? '',
    phone: company.phone ?? '',
    iban: groupIban(company.iban ?? ''),
    bic: company.bic ?? '',
    currency: company.currency,
    timezone: company.timezone,
    paymentReferenceKind: company.paymentReferenceKind,
  };
}

const orNull = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** A Belgian company's enterprise number is the one in its VAT number; elsewhere the one typed. */
export const enterpriseNumberOf = (country: string, vatNumber: string, typed: string): string | null =>
  (country === 'BE' ? belgianEnterpriseNumberOfVat(vatNumber) : null) ?? orNull(typed);

/** Empty inputs become null (cleared on the server); the address country follows the company's. */
export function formToCompanyPatch(values: CompanyFormValues) {
  const { line1, line2, postalCode, city } = values.address;
  return {
    name: values.name.trim(),
    legalName: orNull(values.legalName),
    country: values.country,
    vatNumber: orNull(values.vatNumber),
    enterpriseNumber: enterpriseNumberOf(values.country, values.vatNumber, values.enterpriseNumber),
    address: {
      line1: orNull(line1),
      line2: orNull(line2),
      postalCode: orNull(postalCode),
      city: orNull(city),
      country: values.country,
    },
    email: orNull(values.email),
    phone: orNull(values.phone),
    iban: orNull(values.iban.replace(/\s+/g, '')),
    bic: orNull(values.bic.replace(/\s+/g, '')),
    currency: values.currency,
    timezone: values.timezone,
    paymentReferenceKind: values.paymentReferenceKind,
  };
}

/** Server field paths that the form shows elsewhere. */
export const COMPANY_FIELD_ALIASES: Record<string, string> = { 'address.country': 'country' };
