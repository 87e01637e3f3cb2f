import type { Schemas } from '../../lib/api/types';

export type Contact = Schemas['Contact'];
export type ContactRole = Contact['roles'][number];
export type ContactType = Contact['type'];
export type DocumentLanguage = Contact['language'];
export type ContactAddress = Contact['address'];
export type ContactPerson = Contact['persons'][number];

export const CONTACT_ROLES: readonly ContactRole[] = ['customer', 'supplier'];
export const CONTACT_TYPES: readonly ContactType[] = ['company', 'person'];
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['fr', 'nl', 'en', 'de'];

export const CONTACT_PERMISSIONS = {
  read: 'contacts.read',
  write: 'contacts.write',
} as const;

export const ROLE_COLORS: Record<ContactRole, string> = { customer: 'blue', supplier: 'grape' };
