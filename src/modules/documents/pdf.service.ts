import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { type CompanyRow, findCompany, findCompanyLogo } from '../companies/index.js';
import type { PdfFacturxProfile } from '../pdf/index.js';
import { renderPdf } from './document-pdf.js';
import type { DocumentKind } from './document-status.js';
import * as repo from './documents.repository.js';
import type { DocumentOut } from './documents.schema.js';
import { getDocument } from './documents.service.js';

/** One document's PDF (queued by issuing before the company-wide job below existed). */
export const RENDER_PDF_JOB = 'documents.render-pdf';
/** Every issued document of a company whose PDF is not rendered yet (coalescing: one queued per company). */
export const RENDER_PDFS_JOB = 'documents.render-pdfs';

export interface DocumentPdf {
  filename: string;
  content: Buffer;
  sha256: string | null;
}

/**
 * What a caller has loaded already (the e-invoice paths load the company and the document once for
 * the XML and the PDF): used as is, not loaded again. Both must be `companyId`'s and `documentId`'s.
 */
export interface PreloadedDocument {
  company?: CompanyRow;
  document?: DocumentOut;
}

async function companyOrPreloaded(ctx: AppContext, companyId: string, preloaded?: CompanyRow) {
  const company = preloaded ?? (await findCompany(ctx.db, { companyId }));
  if (!company) throw notFound('Company');
  return company;
}

async function logoOf(ctx: AppContext, company: CompanyRow) {
  const logo = company.logo_mime ? await findCompanyLogo(ctx.db, { companyId: company.id }) : undefined;
  return logo?.logo && logo.logo_mime ? { data: Buffer.from(logo.logo), mime: logo.logo_mime } : null;
}

async function companyAndLogo(ctx: AppContext, companyId: string) {
  const company = await companyOrPreloaded(ctx, companyId);
  return { company, logo: await logoOf(ctx, company) };
}

/** The file name of a document's PDF (`F-2026-00042.pdf`), wherever it is downloaded or attached. */
export const filenameOf = (kind: DocumentKind, number: string | null) =>
  `${number ? number.replace(/[^A-Za-z0-9._-]+/g, '_') : `draft-${kind}`}.pdf`;

/**
 * The PDF of a document. A draft is rendered each time (with its DRAFT watermark) and never kept.
 * An issued document's PDF is rendered once and stored with its SHA-256: every later download, e-mail
 * and public page gives those same bytes, whatever templates or fonts a later version brings.
 */
export async function documentPdf(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  preloaded: PreloadedDocument = {},
): Promise<DocumentPdf> {
  const company = await companyOrPreloaded(ctx, companyId, preloaded.company);
  const document = preloaded.document ?? (await getDocument(ctx, companyId, kind, documentId, company));
  const filename = filenameOf(kind, document.number);
  if (document.status === 'draft') {
    const r = await renderPdf(document, company, await logoOf(ctx, company));
    return { filename, content: r.content, sha256: null };
  }
  const stored = await storedPdf(ctx, companyId, documentId);
  if (stored) return { filename, ...stored };
  return {
    filename,
    ...(await renderAndStore(ctx, company, await logoOf(ctx, company), kind, documentId, document)),
  };
}

/** The kinds a Factur-X file is made of: a credit note is a CII invoice too (TypeCode 381). */
const FACTURX_KINDS: readonly DocumentKind[] = ['invoice', 'credit_note'];

/**
 * An issued invoice's or credit note's PDF as a Factur-X file: the same pages, rendered anew as
 * PDF/A-3b with `xml` (its CII, from the e-invoice module) embedded as `factur-x.xml`. Never stored:
 * the PDF kept at issue (`documentPdf`) stays the one that was sent; this one is made on each call
 * from the document's frozen content and the company's current look (template, logo).
 */
export async function facturxPdf(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  xml: string,
  profile: PdfFacturxProfile = 'EN 16931',
  preloaded: PreloadedDocument = {},
): Promise<DocumentPdf> {
  if (!FACTURX_KINDS.includes(kind)) {
    throw new AppError('rule_violation', 'Only invoices and credit notes have a Factur-X PDF');
  }
  const company = await companyOrPreloaded(ctx, companyId, preloaded.company);
  const document = preloaded.document ?? (await getDocument(ctx, companyId, kind, documentId, company));
  if (document.status === 'draft') {
    throw new AppError('rule_violation', 'A draft has no Factur-X PDF: issue it first');
  }
  const r = await renderPdf(document, company, await logoOf(ctx, company), { xml, profile });
  return { filename: filenameOf(kind, document.number), content: r.content, sha256: null };
}

async function storedPdf(ctx: AppContext, companyId: string, documentId: string) {
  const row = await repo.findStoredPdf(ctx.db, { companyId, documentId });
  return row ? { content: Buffer.from(row.content), sha256: row.sha256 } : null;
}

/** Renders and keeps the first copy; a concurrent render that lost the race returns the kept one. */
async function renderAndStore(
  ctx: AppContext,
  company: CompanyRow,
  logo: { data: Buffer; mime: string } | null,
  kind: DocumentKind,
  documentId: string,
  loaded?: DocumentOut,
) {
  const document = loaded ?? (await getDocument(ctx, company.id, kind, documentId, company));
  const r = await renderPdf(document, company, logo);
  await repo.insertStoredPdf(ctx.db, {
    document_id: documentId,
    company_id: company.id,
    content: r.content,
    sha256: r.sha256,
    template: r.template,
    created_at: nowIso(ctx.clock),
  });
  const kept = await storedPdf(ctx, company.id, documentId);
  if (!kept) throw new Error('document PDF missing after insert');
  return kept;
}

/** The job queued when a document is issued: renders and stores its PDF right away. */
export async function storeIssuedPdf(ctx: AppContext, p: { companyId: string; documentId: string }) {
  if (await storedPdf(ctx, p.companyId, p.documentId)) return;
  const doc = await repo.findDocument(ctx.db, { companyId: p.companyId, documentId: p.documentId });
  if (!doc || doc.status === 'draft') return;
  const { company, logo } = await companyAndLogo(ctx, p.companyId);
  await renderAndStore(ctx, company, logo, doc.kind as DocumentKind, p.documentId);
}

const SWEEP_BATCH = 25;

/**
 * The company's PDF job: renders and keeps the PDF of every document issued after the watermark, in
 * chain order, moving the watermark after each batch. A document issued while it runs queues the next
 * run (the queue frees the coalescing key when it claims the job), so none is left behind; a document
 * whose PDF was already kept (downloaded first, or rendered by an overlapping run) is skipped.
 */
export async function renderIssuedPdfs(ctx: AppContext, p: { companyId: string }): Promise<number> {
  let rendered = 0;
  for (;;) {
    const mark = await repo.pdfWatermark(ctx.db, p);
    if (!mark) return rendered;
    const docs = await repo.chainedAfter(ctx.db, {
      companyId: p.companyId,
      afterIndex: mark.pdf_index,
      limit: SWEEP_BATCH,
    });
    if (docs.length === 0) return rendered;
    const { company, logo } = await companyAndLogo(ctx, p.companyId);
    for (const d of docs) {
      if (await storedPdf(ctx, p.companyId, d.id)) continue;
      await renderAndStore(ctx, company, logo, d.kind as DocumentKind, d.id);
      rendered++;
    }
    const last = docs[docs.length - 1]?.chain_index;
    if (last != null) await repo.advancePdfWatermark(ctx.db, { companyId: p.companyId, index: last });
  }
}
