export { documentTitle } from './labels.js';
export { type LegalMentionContext, legalMentions } from './legal-mentions.js';
export type {
  PdfDate,
  PdfDecimal,
  PdfDocumentInput,
  PdfDocumentKind,
  PdfLanguage,
  PdfLine,
  PdfLogo,
  PdfOpenInvoice,
  PdfOpenInvoices,
  PdfParty,
  PdfPayment,
  PdfRelatedDocument,
  PdfRenderOptions,
  PdfTemplate,
  PdfTotals,
  PdfVatBreakdown,
} from './pdf.types.js';
export { renderDocumentPdf, renderDocumentPdfSync } from './render.js';
