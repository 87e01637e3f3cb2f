export { FACTURX_FILENAME, FACTURX_RELATIONSHIP } from './facturx.js';
export { PDF_IMAGE_MAX_SIDE, type PdfImage, pdfImageOf } from './images.js';
export { documentTitle } from './labels.js';
export { type LegalMentionContext, legalMentions } from './legal-mentions.js';
export type {
  PdfAgeing,
  PdfDate,
  PdfDecimal,
  PdfDocumentInput,
  PdfDocumentKind,
  PdfFacturx,
  PdfFacturxProfile,
  PdfLanguage,
  PdfLine,
  PdfLogo,
  PdfOpenInvoice,
  PdfOpenInvoices,
  PdfParty,
  PdfPayment,
  PdfRelatedDocument,
  PdfRenderOptions,
  PdfStatementSection,
  PdfTemplate,
  PdfTotals,
  PdfVatBreakdown,
} from './pdf.types.js';
export { closePdfRenderer, renderDocumentPdf } from './pool.js';
export { renderDocumentPdfSync } from './render.js';
export {
  configurePdfRenderer,
  DEFAULT_PDF_THREADS,
  DEFAULT_PDF_TIMEOUT_MS,
  type PdfLog,
  type PdfRendererSettings,
} from './settings.js';
