export { registerDocumentRoutes } from './documents.routes.js';
export { expireQuotes } from './lifecycle.service.js';
