import type { AppContext } from '../../platform/context.js';
import { type SchematronLayer, validateEInvoice } from '../../platform/einvoice/validate.js';
import { AppError } from '../../shared/errors.js';
import { dec, moneyString, roundMoney } from '../../shared/money.js';
import { findCompany } from '../companies/index.js';
import { amountDecimals } from '../documents/document-totals.js';
import {
  type DocumentKind,
  documentPdf,
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

/** The model of an issued invoice or credit note: the document, its PDF and the invoices it refers to. */
export async function einvoiceOf(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  opts: { requireEndpoints?: boolean; withPdf?: boolean } = {},
): Promise<EInvoice> {
  const company = await findCompany(ctx.db, { companyId });
  const document = await getDocument(ctx, companyId, kind, documentId, company ?? undefined);
  if (document.status === 'draft')
    throw new AppError('invalid_transition', 'A draft has no e-invoice: issue it first', {
      meta: { documentStatus: document.status },
    });
  const [pdf, preceding] = await Promise.all([
    opts.withPdf === false ? null : documentPdf(ctx, companyId, kind, documentId),
    precedingInvoices(ctx, companyId, documentId),
  ]);
  const accountingCurrency = company?.currency ?? document.currency;
  return buildEInvoice({
    document,
    accountingCurrency,
    accountingVatTotal:
      document.exchangeRate && document.currency !== accountingCurrency
        ? moneyString(
            roundMoney(dec(document.totals.vatTotal).times(dec(document.exchangeRate)), 2),
            amountDecimals(accountingCurrency),
          )
        : null,
    preceding,
    pdf: pdf ? { filename: pdf.filename, content: pdf.content } : null,
    requireEndpoints: opts.requireEndpoints ?? true,
  });
}

/**
 * Refuses an e-invoice that fails the official rules: no document leaves that its receiver's access
 * point would reject. The errors name each failed rule (BR-CO-15…) and where it failed.
 */
export async function assertValidEInvoice(xml: string, layers: SchematronLayer[]): Promise<void> {
  const result = await validateEInvoice(xml, { layers });
  if (result.valid) return;
  const fatal = result.errors.filter((e) => e.flag === 'fatal');
  throw new AppError('einvoice_invalid', 'The e-invoice fails {count} rule(s) of the official validation', {
    params: { count: fatal.length },
    errors: fatal.map((e) => ({ path: e.id ?? e.layer, message: e.text })),
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
  return { filename: `${e.number.replace(/[^A-Za-z0-9._-]+/g, '_')}.xml`, content: Buffer.from(xml, 'utf8') };
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
): Promise<{ einvoice: EInvoice; xml: string }> {
  const einvoice = await einvoiceOf(ctx, companyId, kind, documentId, {
    requireEndpoints: false,
    withPdf: false,
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
): Promise<EInvoiceFile> {
  const { xml } = await documentCii(ctx, companyId, kind, documentId);
  const pdf = await facturxPdf(ctx, companyId, kind, documentId, xml);
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
  if (kind === 'invoice' || kind === 'credit_note') {
    const company = await findCompany(ctx.db, { companyId });
    if (company && mailAttachmentFormat(company) === 'facturx')
      return { ...(await documentFacturx(ctx, companyId, kind, documentId)), contentType: 'application/pdf' };
  }
  const pdf = await documentPdf(ctx, companyId, kind, documentId);
  return { filename: pdf.filename, content: pdf.content, contentType: 'application/pdf' };
}
