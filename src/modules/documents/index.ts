export { creditNoteFrom, invoiceFrom, orderFromQuote } from './convert.service.js';
export {
  recordMailFailure as recordDocumentMailFailure,
  recordMailOutcome as recordDocumentMailOutcome,
  recordPeppolOutcome as recordDocumentPeppolOutcome,
} from './delivery.service.js';
export { type BalanceParts, hasBalance, openBalanceMinor, openBalanceSql } from './document-balance.js';
export { documentLegalMentions, pdfInputOf, pdfTemplateOf } from './document-pdf.js';
export { type DocumentKind, OPEN_INVOICE_STATUSES } from './document-status.js';
export { computeTotals } from './document-totals.js';
export {
  type DocumentRow,
  findDocument as readDocumentRow,
  findDocuments as readDocumentRows,
  findInvoicesByPaymentReference,
  hasQuoteOrInvoice,
} from './documents.repository.js';
export { registerDocumentRoutes } from './documents.routes.js';
export {
  CreateDocumentBody,
  DocumentOut,
  DocumentParams,
  Quantity as LineQuantity,
  UnitPrice as LineUnitPrice,
  VatCategorySchema,
  VatRate as LineVatRate,
} from './documents.schema.js';
export {
  companyToday,
  createDocument,
  createDraft,
  findOfKind as readDocumentOfKind,
  getDocument,
  type NewDraftOptions,
  precedingInvoices,
} from './documents.service.js';
export {
  applyAction,
  applyActionIn,
  expireQuotes,
  finalizeDocument,
  finalizeDocuments,
  recordEvent as recordDocumentEvent,
} from './lifecycle.service.js';
export { formatStructuredCommunication } from './payment-reference.js';
export {
  documentPdf,
  facturxPdf,
  filenameOf as documentPdfFilename,
  type PreloadedDocument,
  RENDER_PDF_JOB,
  RENDER_PDFS_JOB,
  renderIssuedPdfs,
  storeIssuedPdf,
} from './pdf.service.js';
export { getDocumentSettings, mailAttachmentFormat } from './settings.service.js';
export {
  lockDocumentRows,
  type SettleEvent,
  type Settlement,
  settleInvoices,
  settlementsOf,
} from './settle.service.js';
