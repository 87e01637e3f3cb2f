import type { AppContext } from '../../platform/context.js';
import { localeFormatters } from '../../shared/locale-format.js';
import type { Language } from '../../shared/schemas.js';
import { type CompanyRow, findCompanyLogo } from '../companies/index.js';
import type { ContactOut } from '../contacts/index.js';
import { pdfTemplateOf } from '../documents/index.js';
import { legalMentions, type PdfDocumentInput, type PdfParty, renderDocumentPdf } from '../pdf/index.js';
import { type StatementFacts, statementFacts } from './statement.service.js';
import { AS_OF, FILE_NAME, ONE_REFERENCE_EACH, STATEMENT_INTRO } from './statement-texts.js';

const lines = (...parts: (string | null | undefined)[]) => parts.filter((x): x is string => !!x?.trim());

function sellerOf(company: CompanyRow): PdfParty {
  return {
    name: company.name,
    legalName: company.legal_name && company.legal_name !== company.name ? company.legal_name : null,
    addressLines: lines(
      company.address_line1,
      company.address_line2,
      [company.postal_code, company.city].filter(Boolean).join(' '),
    ),
    country: company.address_country ?? company.country,
    vatNumber: company.vat_number,
    enterpriseNumber: company.enterprise_number,
    email: company.email,
    phone: company.phone,
    iban: company.iban,
    bic: company.bic,
  };
}

function buyerOf(contact: ContactOut): PdfParty {
  const a = contact.address;
  return {
    name: contact.name,
    legalName: contact.legalName && contact.legalName !== contact.name ? contact.legalName : null,
    addressLines: lines(a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' ')),
    country: a.country,
    vatNumber: contact.vatNumber,
    enterpriseNumber: contact.enterpriseNumber,
  };
}

const positive = (v: string) => /[1-9]/.test(v) && !v.startsWith('-');

/**
 * The statement as the PDF renderer takes it: the company's head and the customer's address, per
 * currency the open items (with each one's structured communication), the credit and what remains
 * to pay, and the ageing summary; the payment block (IBAN, and the communication when one invoice is
 * open) for what remains in the first currency, the company's own.
 */
export function statementPdfInput(
  facts: StatementFacts,
  language: Language,
  logo: { data: Buffer; mime: string } | null,
): PdfDocumentInput {
  const { company, contact, statement } = facts;
  const first = statement.currencies[0];
  const currency = first?.currency ?? company.currency;
  const f = localeFormatters(language, currency);
  const asOf = f.date(statement.asOf) ?? statement.asOf;
  const due = first && positive(first.totals.balance) ? first.totals.balance : '0.00';
  const referenced = first?.openItems.filter((i) => i.paymentReference) ?? [];
  const intro = [STATEMENT_INTRO[language](asOf)];
  if (referenced.length > 1) intro.push(ONE_REFERENCE_EACH[language]);
  const only = first?.openItems.length === 1 ? first.openItems[0] : undefined;
  return {
    kind: 'statement',
    language,
    number: AS_OF[language](asOf),
    issueDate: statement.asOf,
    dueDate: null,
    currency,
    seller: sellerOf(company),
    buyer: buyerOf(contact),
    logo:
      logo && (logo.mime === 'image/png' || logo.mime === 'image/jpeg')
        ? { data: logo.data, mime: logo.mime }
        : null,
    accentColor: company.accent_color,
    intro: intro.join('\n\n'),
    statement: statement.currencies.map((s) => ({
      currency: s.currency,
      open: {
        invoices: s.openItems.map((i) => ({
          number: i.number ?? '',
          issueDate: i.issueDate,
          dueDate: i.dueDate,
          daysLate: i.daysOverdue,
          total: i.amount,
          due: i.openBalance,
          reference: i.paymentReference,
        })),
        credit: s.totals.unallocatedCredit,
        total: s.totals.balance,
      },
      ageing: s.ageing,
    })),
    lines: [],
    vat: [],
    totals: { linesNet: due, taxExclusive: due, vat: '0.00', taxInclusive: due, due },
    legalMentions: legalMentions({
      sellerCountry: company.country,
      kind: 'statement',
      language,
      buyerIsBusiness: !!contact.vatNumber,
      buyerCountry: contact.address.country,
    }),
    payment:
      company.iban && positive(due)
        ? {
            amount: due,
            beneficiary: (company.legal_name ?? company.name).slice(0, 70),
            iban: company.iban,
            bic: company.bic,
            reference: only?.paymentReference ?? null,
            remittance: only?.paymentReference
              ? null
              : (first?.openItems
                  .map((i) => i.number)
                  .join(', ')
                  .slice(0, 140) ?? null),
          }
        : null,
  };
}

/** `releve-de-compte-2027-01-17.pdf`: the statement's file name in `language` as of a day. */
export const statementFilename = (language: Language, asOf: string) => `${FILE_NAME[language]}-${asOf}.pdf`;

export interface StatementPdf {
  content: Buffer;
  filename: string;
  /** The statement the PDF shows. */
  statement: StatementFacts['statement'];
}

/**
 * The customer's statement of account as a PDF in `language` (default: the customer's), rendered in
 * the PDF pool. For the reminders module to attach to a reminder mail; `GET …/statement/pdf` too.
 */
export async function renderStatementPdf(
  ctx: AppContext,
  companyId: string,
  contactId: string,
  asOf?: string,
  language?: Language,
  from?: string,
): Promise<StatementPdf> {
  const facts = await statementFacts(ctx, companyId, contactId, { asOf, from });
  const lang = language ?? facts.contact.language;
  const logo = facts.company.logo_mime ? await findCompanyLogo(ctx.db, { companyId }) : undefined;
  const content = await renderDocumentPdf(
    statementPdfInput(
      facts,
      lang,
      logo?.logo && logo.logo_mime ? { data: Buffer.from(logo.logo), mime: logo.logo_mime } : null,
    ),
    { template: pdfTemplateOf(facts.company) },
  );
  return {
    content,
    filename: statementFilename(lang, facts.statement.asOf),
    statement: facts.statement,
  };
}
