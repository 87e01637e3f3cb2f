import { randomId } from '@mantine/hooks';
import { groupIban } from '../companies/company-form';
import type { Contact, ContactAddress, ContactRole, ContactType, DocumentLanguage } from './types';

export interface AddressFormValues {
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface PersonFormValues {
  /** Local React key only, never sent. */
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** How the customer's invoices and credit notes are sent by default (the send dialog preselects it). */
export type DeliveryPreference = Contact['deliveryPreference'];
export const DELIVERY_PREFERENCES: DeliveryPreference[] = ['auto', 'peppol', 'email'];

export interface ContactFormValues {
  roles: ContactRole[];
  type: ContactType;
  name: string;
  legalName: string;
  vatNumber: string;
  enterpriseNumber: string;
  emails: string[];
  phone: string;
  website: string;
  language: DocumentLanguage;
  paymentTermsDays: number | string;
  currency: string | null;
  iban: string;
  bic: string;
  peppolId: string;
  deliveryPreference: DeliveryPreference;
  address: AddressFormValues;
  sameDeliveryAddress: boolean;
  deliveryAddress: AddressFormValues;
  tags: string[];
  notes: string;
  persons: PersonFormValues[];
}

export interface ContactDefaults {
  country: string;
  language: DocumentLanguage;
  roles: ContactRole[];
}

function addressToForm(address: ContactAddress | null | undefined, country: string): AddressFormValues {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    country: address?.country ?? country,
  };
}

export function emptyPerson(): PersonFormValues {
  return { key: randomId(), name: '', role: '', email: '', phone: '' };
}

export function newContactForm(defaults: ContactDefaults): ContactFormValues {
  return {
    roles: defaults.roles,
    type: 'company',
    name: '',
    legalName: '',
    vatNumber: '',
    enterpriseNumber: '',
    emails: [],
    phone: '',
    website: '',
    language: defaults.language,
    paymentTermsDays: '',
    currency: null,
    iban: '',
    bic: '',
    peppolId: '',
    deliveryPreference: 'auto',
    address: addressToForm(null, defaults.country),
    sameDeliveryAddress: true,
    deliveryAddress: addressToForm(null, defaults.country),
    tags: [],
    notes: '',
    persons: [],
  };
}

export function contactToForm(contact: Contact): ContactFormValues {
  const country = contact.address?.country ?? 'BE';
  return {
    roles: contact.roles,
    type: contact.type,
    name: contact.name,
    legalName: contact.legalName ?? '',
    vatNumber: contact.vatNumber ?? '',
    enterpriseNumber: contact.enterpriseNumber ?? '',
    emails: contact.emails,
    phone: contact.phone ?? '',
    website: contact.website ?? '',
    language: contact.language,
    paymentTermsDays: contact.paymentTermsDays ?? '',
    currency: contact.currency,
    iban: groupIban(contact.iban ?? ''),
    bic: contact.bic ?? '',
    peppolId: contact.peppolId ?? '',
    deliveryPreference: contact.deliveryPreference,
    address: addressToForm(contact.address, country),
    sameDeliveryAddress: contact.deliveryAddress === null,
    deliveryAddress: addressToForm(contact.deliveryAddress, country),
    tags: contact.tags,
    notes: contact.notes ?? '',
    persons: contact.persons.map((p) => ({
      key: p.id,
      name: p.name,
      role: p.role ?? '',
      email: p.email ?? '',
      phone: p.phone ?? '',
    })),
  };
}

const orNull = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

function addressPayload(address: AddressFormValues): ContactAddress {
  return {
    line1: orNull(address.line1),
    line2: orNull(address.line2),
    postalCode: orNull(address.postalCode),
    city: orNull(address.city),
    country: orNull(address.country),
  };
}

/** The POST / PATCH body: empty inputs become null, `persons` replaces the list. */
export function formToContactPayload(values: ContactFormValues) {
  const terms = typeof values.paymentTermsDays === 'number' ? values.paymentTermsDays : null;
  return {
    roles: values.roles,
    type: values.type,
    name: values.name.trim(),
    legalName: orNull(values.legalName),
    vatNumber: orNull(values.vatNumber.replace(/\s+/g, '')),
    enterpriseNumber: orNull(values.enterpriseNumber),
    emails: values.emails.map((e) => e.trim()).filter(Boolean),
    phone: orNull(values.phone),
    website: orNull(values.website),
    language: values.language,
    paymentTermsDays: terms,
    currency: values.currency || null,
    iban: orNull(values.iban.replace(/\s+/g, '')),
    bic: orNull(values.bic.replace(/\s+/g, '')),
    peppolId: orNull(values.peppolId.replace(/\s+/g, '')),
    deliveryPreference: values.deliveryPreference,
    address: addressPayload(values.address),
    deliveryAddress: values.sameDeliveryAddress ? null : addressPayload(values.deliveryAddress),
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    notes: orNull(values.notes),
    // Every row is sent (a row without a name fails validation first) so that `persons/N/…` error paths
    // point at the row the user sees.
    persons: values.persons.map((p) => ({
      name: p.name.trim(),
      role: orNull(p.role),
      email: orNull(p.email),
      phone: orNull(p.phone),
    })),
  };
}

export type ContactPayload = ReturnType<typeof formToContactPayload>;

/** A loose e-mail check for the client side; the server has the last word. */
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Peppol participant identifier: `scheme:value`, the scheme being 4 digits (0208, 9925…). */
export const PEPPOL_RE = /^\d{4}:\S+$/;
