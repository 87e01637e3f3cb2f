export { registerContactRoutes } from './contacts.routes.js';
export type { ContactOut } from './contacts.schema.js';
export { getContact } from './contacts.service.js';
