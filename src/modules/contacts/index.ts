export { CONTACT_IMPORT_FIELDS, CONTACT_IMPORT_REQUIREMENTS, contactImport } from './contacts.import.js';
export { contactAddresses, hasCustomer } from './contacts.repository.js';
export { registerContactRoutes } from './contacts.routes.js';
export type { ContactOut } from './contacts.schema.js';
export { CreateContactBody } from './contacts.schema.js';
export { createContact, getContact, readContact } from './contacts.service.js';
export { findOrCreateSupplier, type SupplierIdentity } from './supplier-match.js';
