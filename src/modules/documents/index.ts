export { creditNoteFrom, invoiceFrom, orderFromQuote } from './convert.service.js';
export { registerDocumentRoutes } from './documents.routes.js';
export { CreateDocumentBody } from './documents.schema.js';
export { createDocument } from './documents.service.js';
export { applyAction, expireQuotes, finalizeDocument } from './lifecycle.service.js';
