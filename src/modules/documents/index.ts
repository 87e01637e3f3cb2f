export { creditNoteFrom, invoiceFrom, orderFromQuote } from './convert.service.js';
export type { DocumentKind } from './document-status.js';
export { findDocument as readDocumentRow, type DocumentRow } from './documents.repository.js';
export { CreateDocumentBody, type DocumentOut } from './documents.schema.js';
export { registerDocumentRoutes } from './documents.routes.js';
export { companyToday, createDocument, getDocument } from './documents.service.js';
export { applyAction, applyActionIn, expireQuotes, finalizeDocument } from './lifecycle.service.js';
