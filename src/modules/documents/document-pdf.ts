import { sha256Hex } from '../../shared/hash.js';
import { dec } from '../../shared/money.js';
import { unitLabel } from '../../shared/units.js';
import type { CompanyRow } from '../companies/index.js';
import {
  legalMentions,
  type PdfDocumentInput,
  type PdfFacturx,
  type PdfParty,
  type PdfTemplate,
  renderDocumentPdf,
} from '../pdf/index.js';
import { vatInAccountingCurrency } from './document-totals.js';
import type { DocumentOut, PartyOut } from './documents.schema.js';

/** A document in a foreign currency shows its VAT in the company's currency too (VAT Directive art. 230). */
function vatInCurrency(d: DocumentOut, company: CompanyRow) {
  const amount = vatInAccountingCurrency(
    { currency: d.currency, exchangeRate: d.exchangeRate, vatTotal: d.totals.vatTotal },
    company.currency,
  );
  return amount && d.exchangeRate
    ? { currency: company.currency, amount, exchangeRate: d.exchangeRate }
    : null;
}

const PAYMENT_TERMS: Record<DocumentOut['language'], (days: number) => string> = {
  fr: (d) => (d === 0 ? 'Payable au comptant.' : `Payable à ${d} jours.`),
  nl: (d) => (d === 0 ? 'Contant te betalen.' : `Betaalbaar binnen ${d} dagen.`),
  en: (d) => (d === 0 ? 'Payable on receipt.' : `Payable within ${d} days.`),
  de: (d) => (d === 0 ? 'Sofort zahlbar.' : `Zahlbar innerhalb von ${d} Tagen.`),
};

function party(p: PartyOut | null, fallbackName: string): PdfParty {
  if (!p) return { name: fallbackName };
  return {
    name: p.name,
    legalName: p.legalName && p.legalName !== p.name ? p.legalName : null,
    addressLines: [
      p.address.line1,
      p.address.line2,
      [p.address.postalCode, p.address.city].filter(Boolean).join(' '),
    ].filter((x): x is string => !!x),
    country: p.address.country,
    vatNumber: p.vatNumber,
    enterpriseNumber: p.enterpriseNumber,
    email: p.email,
    iban: p.iban,
    bic: p.bic,
  };
}

/**
 * The standard legal mentions of the seller's country printed at the end of a document (PDF and
 * customer's page alike). Reverse charge and franchise mentions are already on the VAT breakdown
 * (its exemption texts).
 */
export const documentLegalMentions = (d: DocumentOut, company: Pick<CompanyRow, 'country'>): string[] =>
  legalMentions({
    sellerCountry: company.country,
    kind: d.kind,
    language: d.language,
    buyerIsBusiness: !!d.buyer?.vatNumber,
    buyerCountry: d.buyer?.address.country ?? null,
    vatCharged: d.vat.some((v) => !dec(v.vatAmount).isZero()),
  });

/**
 * A document as the PDF renderer takes it. Every decision is the document's own (frozen on issued
 * documents): totals, VAT breakdown and its exemption mentions, payment reference; this only adds the
 * company's look and the standard legal mentions (late payment) of the seller's country.
 */
export function pdfInputOf(
  d: DocumentOut,
  company: CompanyRow,
  logo: { data: Buffer; mime: string } | null,
): PdfDocumentInput {
  const seller = party(d.seller, company.name);
  const related = d.related
    .filter((r) => r.relation === 'source' && r.number)
    .map((r) => ({ kind: r.kind, number: r.number as string }));
  const due = d.balance;
  const payable = d.kind === 'invoice' && due !== null && !due.startsWith('-') && due !== '0.00';
  return {
    kind: d.kind,
    language: d.language,
    number: d.number,
    issueDate: d.issueDate,
    dueDate: d.kind === 'invoice' ? d.dueDate : null,
    deliveryDate: d.deliveryDate,
    validUntil: d.kind === 'quote' ? d.validUntil : null,
    currency: d.currency,
    seller,
    buyer: party(d.buyer, d.contactName ?? ''),
    logo:
      logo && (logo.mime === 'image/png' || logo.mime === 'image/jpeg')
        ? { data: logo.data, mime: logo.mime }
        : null,
    accentColor: company.accent_color,
    subject: d.subject,
    buyerReference: d.buyerReference,
    related,
    lines: d.lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unit: unitLabel(l.unitCode, l.quantity, d.language),
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent === '0' ? null : l.discountPercent,
      vatRate: l.vatRate,
      net: l.net,
    })),
    vat: d.vat.map((v) => ({
      category: v.category,
      rate: v.rate,
      taxable: v.taxableAmount,
      vat: v.vatAmount,
      exemption: v.exemptionReason,
    })),
    totals: {
      linesNet: d.totals.lineNetTotal,
      allowance: d.totals.allowanceTotal === '0.00' ? null : d.totals.allowanceTotal,
      allowancePercent: d.discountPercent === '0' ? null : d.discountPercent,
      taxExclusive: d.totals.taxExclusive,
      vat: d.totals.vatTotal,
      taxInclusive: d.totals.taxInclusive,
      paid: d.kind === 'invoice' && d.paid !== '0.00' ? d.paid : null,
      credited: d.kind === 'invoice' && d.credited !== '0.00' ? d.credited : null,
      due: d.kind === 'invoice' ? due : null,
      vatInAccountingCurrency: vatInCurrency(d, company),
    },
    notes: d.notes,
    conditions: d.conditions,
    paymentTerms:
      d.kind === 'invoice' && d.paymentTermsDays !== null
        ? PAYMENT_TERMS[d.language](d.paymentTermsDays)
        : null,
    legalMentions: documentLegalMentions(d, company),
    payment:
      payable && company.iban
        ? {
            amount: due,
            dueDate: d.dueDate,
            beneficiary: (company.legal_name ?? company.name).slice(0, 70),
            iban: company.iban,
            bic: company.bic,
            reference: d.paymentReference,
            remittance: d.paymentReference ? null : d.number,
          }
        : null,
  };
}

export const pdfTemplateOf = (company: CompanyRow): PdfTemplate =>
  company.pdf_template === 'modern' ? 'modern' : 'classic';

/** The document's PDF; with `facturx`, the same pages as a Factur-X (PDF/A-3b) file carrying that XML. */
export async function renderPdf(
  d: DocumentOut,
  company: CompanyRow,
  logo: { data: Buffer; mime: string } | null,
  facturx: PdfFacturx | null = null,
) {
  const template = pdfTemplateOf(company);
  const content = await renderDocumentPdf(pdfInputOf(d, company, logo), { template, facturx });
  return { content, sha256: sha256Hex(content), template };
}
