import type { AppContext } from '../../platform/context.js';
import { ruleTexts } from '../../platform/einvoice/rule-texts.js';
import { type SchematronLayer, validateEInvoice } from '../../platform/einvoice/validate.js';
import { AppError, notFound } from '../../shared/errors.js';
import { type CompanyRow, findCompany } from '../companies/index.js';
import { vatInAccountingCurrency } from '../documents/document-totals.js';
import {
  type DocumentKind,
  type DocumentOut,
  documentPdf,
  documentPdfFilename,
  facturxPdf,
  getDocument,
  mailAttachmentFormat,
  precedingInvoices,
} from '../documents/index.js';
import { toCii } from './cii.js';
import { buildEInvoice } from './einvoice.build.js';
import type { EInvoice } from './einvoice.model.js';
import { toUbl } from './ubl.js';

export interface EInvoiceFile {
  filename: string;
  content: Buffer;
}

/** The company and the issued document an e-invoice is made of, loaded once for its XML and its PDF. */
export interface IssuedDocument {
  company: CompanyRow;
  document: DocumentOut;
}

async function loadIssued(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  loadedCompany?: CompanyRow,
): Promise<IssuedDocument> {
  const company = loadedCompany ?? (await findCompany(ctx.db, { companyId }));
  if (!company) throw notFound('Company');
  const document = await getDocument(ctx, companyId, kind, documentId, company);
  return { company, document };
}

/** The model of an issued invoice or credit note: the document, its PDF and the invoices it refers to. */
export async function einvoiceOf(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  opts: { requireEndpoints?: boolean; withPdf?: boolean; loaded?: IssuedDocument } = {},
): Promise<EInvoice> {
  const { company, document } = opts.loaded ?? (await loadIssued(ctx, companyId, kind, documentId));
  if (document.status === 'draft')
    throw new AppError('invalid_transition', 'A draft has no e-invoice: issue it first', {
      meta: { documentStatus: document.status },
    });
  const [pdf, preceding] = await Promise.all([
    opts.withPdf === false ? null : documentPdf(ctx, companyId, kind, documentId, { company, document }),
    precedingInvoices(ctx, companyId, documentId),
  ]);
  const accountingCurrency = company.currency ?? document.currency;
  return buildEInvoice({
    document,
    accountingCurrency,
    accountingVatTotal: vatInAccountingCurrency(
      {
        currency: document.currency,
        exchangeRate: document.exchangeRate,
        vatTotal: document.totals.vatTotal,
      },
      accountingCurrency,
    ),
    preceding,
    pdf: pdf ? { filename: pdf.filename, content: pdf.content } : null,
    requireEndpoints: opts.requireEndpoints ?? true,
  });
}

/**
 * Refuses an e-invoice that fails the official rules: no document leaves that its receiver's access
 * point would reject. The errors name each failed rule (BR-CO-15…) and where it failed, with the
 * rule's own text and, by its id, our wording of it in French, Dutch and German.
 */
export async function assertValidEInvoice(xml: string, layers: SchematronLayer[]): Promise<void> {
  const result = await validateEInvoice(xml, { layers });
  if (result.valid) return;
  const fatal = result.errors.filter((e) => e.flag === 'fatal');
  throw new AppError('einvoice_invalid', 'The e-invoice fails {count} rule(s) of the official validation', {
    params: { count: fatal.length },
    errors: fatal.map((e) => {
      const translations = e.id ? ruleTexts(e.id) : undefined;
      return { path: e.id ?? e.layer, message: e.text, ...(translations ? { translations } : {}) };
    }),
  });
}

/**
 * The UBL of an issued invoice or credit note, checked before it is returned: Peppol BIS Billing 3.0
 * (EN 16931 + Peppol rules), or the Belgian UBL.BE flavour (EN 16931 + UBL.BE rules).
 */
export async function documentUbl(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  flavour: 'peppol' | 'ublbe' = 'peppol',
): Promise<EInvoiceFile> {
  const e = await einvoiceOf(ctx, companyId, kind, documentId);
  const xml = toUbl(e, { flavour });
  await assertValidEInvoice(xml, flavour === 'ublbe' ? ['en16931', 'ublbe'] : ['en16931', 'peppol']);
  return {
    filename: documentPdfFilename(kind, e.number).replace(/\.pdf$/, '.xml'),
    content: Buffer.from(xml, 'utf8'),
  };
}

/**
 * The CII (EN 16931) of an issued invoice or credit note, checked by the EN 16931 rules and the
 * Factur-X EN16931 profile (its XSD and Schematron): the XML a Factur-X PDF carries.
 */
export async function documentCii(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  loaded?: IssuedDocument,
): Promise<{ einvoice: EInvoice; xml: string }> {
  const einvoice = await einvoiceOf(ctx, companyId, kind, documentId, {
    requireEndpoints: false,
    withPdf: false,
    ...(loaded ? { loaded } : {}),
  });
  const xml = toCii(einvoice);
  await assertValidEInvoice(xml, ['en16931', 'facturx']);
  return { einvoice, xml };
}

/** The Factur-X of an issued invoice or credit note: its pages as PDF/A-3 with its checked CII inside. */
export async function documentFacturx(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  company?: CompanyRow,
): Promise<EInvoiceFile> {
  const loaded = await loadIssued(ctx, companyId, kind, documentId, company);
  const { xml } = await documentCii(ctx, companyId, kind, documentId, loaded);
  const pdf = await facturxPdf(ctx, companyId, kind, documentId, xml, undefined, loaded);
  return { filename: pdf.filename, content: pdf.content };
}

/**
 * What a document's e-mail attaches: the PDF as issued, or for an invoice or credit note of a company
 * that sends Factur-X (document settings `mailAttachment`), its Factur-X — which must pass the rules,
 * else the e-mail is refused with them rather than sent with an e-invoice the buyer cannot use.
 */
export async function documentMailAttachment(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
): Promise<EInvoiceFile & { contentType: 'application/pdf' }> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) throw notFound('Company');
  if ((kind === 'invoice' || kind === 'credit_note') && mailAttachmentFormat(company) === 'facturx')
    return {
      ...(await documentFacturx(ctx, companyId, kind, documentId, company)),
      contentType: 'application/pdf',
    };
  const pdf = await documentPdf(ctx, companyId, kind, documentId, { company });
  return { filename: pdf.filename, content: pdf.content, contentType: 'application/pdf' };
}
