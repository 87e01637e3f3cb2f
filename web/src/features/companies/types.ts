import type { Role } from '../auth/types';

export type PaymentReferenceKind = 'be-ogm' | 'rf';

export interface Address {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

export interface Company {
  id: string;
  name: string;
  legalName: string | null;
  country: string;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  address: Address | null;
  email: string | null;
  phone: string | null;
  iban: string | null;
  bic: string | null;
  currency: string;
  timezone: string;
  paymentReferenceKind: PaymentReferenceKind;
  hasLogo: boolean;
  createdAt: string;
}

export interface CompanyListItem extends Company {
  role: Role;
}
