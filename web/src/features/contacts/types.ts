export type ContactRole = 'customer' | 'supplier';
export type ContactType = 'company' | 'person';
export type DocumentLanguage = 'fr' | 'nl' | 'en' | 'de';

export const CONTACT_ROLES: readonly ContactRole[] = ['customer', 'supplier'];
export const CONTACT_TYPES: readonly ContactType[] = ['company', 'person'];
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['fr', 'nl', 'en', 'de'];

export interface ContactAddress {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

export interface ContactPerson {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface Contact {
  id: string;
  roles: ContactRole[];
  type: ContactType;
  name: string;
  legalName: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  emails: string[];
  phone: string | null;
  website: string | null;
  language: DocumentLanguage;
  paymentTermsDays: number | null;
  currency: string | null;
  iban: string | null;
  bic: string | null;
  peppolId: string | null;
  address: ContactAddress;
  deliveryAddress: ContactAddress | null;
  tags: string[];
  notes: string | null;
  archived: boolean;
  persons: ContactPerson[];
  createdAt: string;
  updatedAt: string;
}

export const CONTACT_PERMISSIONS = {
  read: 'contacts.read',
  write: 'contacts.write',
} as const;

export const ROLE_COLORS: Record<ContactRole, string> = { customer: 'blue', supplier: 'grape' };
