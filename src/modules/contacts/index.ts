export { registerContactRoutes } from './contacts.routes.js';
