/**
 * UBL 2.1 Invoice / CreditNote per Peppol BIS Billing 3.0, from the neutral model. The element order
 * is the UBL schema's; what each element means is in einvoice.model.ts.
 *
 * The Belgian flavour (a Belgian seller) adds what the UBL.BE rules ask on top of Peppol BIS 3 and
 * that Peppol tolerates (EN 16931 only warns, UBL-CR-504/561/…): the Belgian tax category code on each
 * VAT category (ubl-BE-10, ubl-BE-15), a VAT amount on each line (ubl-BE-14), and the "UBL.BE"
 * document reference beside the PDF's (ubl-BE-01..04).
 */
import { dec, moneyString, roundMoney } from '../../shared/money.js';
import { amountDecimals } from '../documents/document-totals.js';
import type { EAllowance, EInvoice, EParty } from './einvoice.model.js';
import { PEPPOL_BIS3_CUSTOMIZATION, PEPPOL_BIS3_PROFILE, UBLBE_CUSTOMIZATION } from './einvoice.model.js';
import { buildXml, text, withAttrs, type XmlObject } from './xml.js';

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export interface UblOptions {
  /** Add the UBL.BE elements (default: when the seller is Belgian). */
  belgian?: boolean;
  /** Written in the UBL.BE reference's description. */
  software?: string;
  /**
   * `peppol` (default): Peppol BIS 3, what access points carry. `ublbe`: the same document under the
   * UBL.BE specification identifier, for Belgian receivers that validate UBL.BE (the two identifiers
   * exclude each other: PEPPOL-EN16931-R004 in both rule sets).
   */
  flavour?: 'peppol' | 'ublbe';
}

export function toUbl(e: EInvoice, opts: UblOptions = {}): string {
  const ublbe = opts.flavour === 'ublbe';
  const belgian = ublbe || (opts.belgian ?? e.seller.address.country === 'BE');
  const credit = e.kind === 'credit_note';
  const cur = e.currency;
  const amount = (v: string, currency = cur) => withAttrs(v, { currencyID: currency });
  // BR-O-02/03/04: a document not subject to VAT carries no VAT identifier at all.
  const notSubject = e.vat.some((g) => g.category === 'O');
  const percent = (category: string, rate: string) => (category === 'O' ? undefined : rate);

  const party = (p: EParty): XmlObject => ({
    'cbc:EndpointID': p.endpoint ? withAttrs(p.endpoint.id, { schemeID: p.endpoint.scheme }) : undefined,
    'cac:PartyIdentification': undefined,
    'cac:PartyName': { 'cbc:Name': text(p.tradingName) ?? text(p.name) ?? p.legalName },
    'cac:PostalAddress': {
      'cbc:StreetName': text(p.address.line1),
      'cbc:AdditionalStreetName': text(p.address.line2),
      'cbc:CityName': text(p.address.city),
      'cbc:PostalZone': text(p.address.postalCode),
      'cac:Country': { 'cbc:IdentificationCode': p.address.country },
    },
    'cac:PartyTaxScheme':
      p.vatNumber && !notSubject
        ? { 'cbc:CompanyID': p.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }
        : undefined,
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': text(p.legalName) ?? p.name,
      'cbc:CompanyID': p.legalId ? withAttrs(p.legalId.id, { schemeID: p.legalId.scheme }) : undefined,
    },
    'cac:Contact': text(p.email) ? { 'cbc:ElectronicMail': text(p.email) } : undefined,
  });

  const allowance = (a: EAllowance, tax?: XmlObject): XmlObject => ({
    'cbc:ChargeIndicator': 'false',
    'cbc:AllowanceChargeReasonCode': a.reasonCode,
    'cbc:AllowanceChargeReason': text(a.reason),
    'cbc:MultiplierFactorNumeric': a.percent ?? undefined,
    'cbc:Amount': amount(a.amount),
    'cbc:BaseAmount': a.base !== null ? amount(a.base) : undefined,
    'cac:TaxCategory': tax,
  });

  const taxCategory = (category: string, rate: string, beCode: string, extra: XmlObject = {}): XmlObject => ({
    'cbc:ID': category,
    'cbc:Name': belgian ? beCode : undefined,
    'cbc:Percent': percent(category, rate),
    ...extra,
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  });

  const lineTag = credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityTag = credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  const lines = e.lines.map(
    (l): XmlObject => ({
      'cbc:ID': l.id,
      [quantityTag]: withAttrs(l.quantity, { unitCode: l.unitCode }),
      'cbc:LineExtensionAmount': amount(l.net),
      'cac:AllowanceCharge': l.allowance ? allowance(l.allowance) : undefined,
      'cac:TaxTotal': belgian ? { 'cbc:TaxAmount': amount(lineVat(l.net, l.vatRate, cur)) } : undefined,
      'cac:Item': {
        'cbc:Description': text(l.description),
        'cbc:Name': text(l.name) ?? '-',
        'cac:ClassifiedTaxCategory': taxCategory(l.vatCategory, l.vatRate, l.beTaxCode),
      },
      'cac:Price': { 'cbc:PriceAmount': amount(l.price) },
    }),
  );

  const body: XmlObject = {
    '@_xmlns': credit ? NS.creditNote : NS.invoice,
    '@_xmlns:cac': NS.cac,
    '@_xmlns:cbc': NS.cbc,
    'cbc:CustomizationID': ublbe ? UBLBE_CUSTOMIZATION : PEPPOL_BIS3_CUSTOMIZATION,
    'cbc:ProfileID': PEPPOL_BIS3_PROFILE,
    'cbc:ID': e.number,
    'cbc:IssueDate': e.issueDate,
    'cbc:DueDate': credit ? undefined : (e.dueDate ?? undefined),
    [credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode']: e.typeCode,
    'cbc:Note': text(e.note),
    'cbc:DocumentCurrencyCode': cur,
    'cbc:TaxCurrencyCode': e.taxCurrency?.code,
    'cbc:BuyerReference': text(e.buyerReference),
    'cac:OrderReference':
      !text(e.buyerReference) && e.orderReference ? { 'cbc:ID': e.orderReference } : undefined,
    'cac:BillingReference': e.preceding.length
      ? e.preceding.map((p) => ({
          'cac:InvoiceDocumentReference': { 'cbc:ID': p.number, 'cbc:IssueDate': p.issueDate ?? undefined },
        }))
      : undefined,
    'cac:AdditionalDocumentReference': [
      ...(belgian ? [{ 'cbc:ID': 'UBL.BE', 'cbc:DocumentDescription': opts.software ?? 'Facturex' }] : []),
      ...e.attachments.map((a) => ({
        'cbc:ID': a.id,
        'cbc:DocumentDescription': a.description,
        'cac:Attachment': {
          'cbc:EmbeddedDocumentBinaryObject': withAttrs(a.content.toString('base64'), {
            mimeCode: a.mime,
            filename: a.filename,
          }),
        },
      })),
    ],
    'cac:AccountingSupplierParty': { 'cac:Party': party(e.seller) },
    'cac:AccountingCustomerParty': { 'cac:Party': party(e.buyer) },
    'cac:Delivery':
      e.deliveryDate || e.deliveryCountry
        ? {
            'cbc:ActualDeliveryDate': e.deliveryDate ?? undefined,
            'cac:DeliveryLocation': e.deliveryCountry
              ? { 'cac:Address': { 'cac:Country': { 'cbc:IdentificationCode': e.deliveryCountry } } }
              : undefined,
          }
        : undefined,
    'cac:PaymentMeans': e.payment
      ? {
          'cbc:PaymentMeansCode': e.payment.meansCode,
          // BT-9 of a credit note lives here (UBL 2.1 CreditNote has no DueDate).
          'cbc:PaymentDueDate': credit ? (e.dueDate ?? undefined) : undefined,
          'cbc:PaymentID': text(e.payment.reference),
          'cac:PayeeFinancialAccount': {
            'cbc:ID': e.payment.iban,
            'cac:FinancialInstitutionBranch': e.payment.bic ? { 'cbc:ID': e.payment.bic } : undefined,
          },
        }
      : undefined,
    'cac:PaymentTerms': text(e.paymentTerms) ? { 'cbc:Note': text(e.paymentTerms) } : undefined,
    'cac:AllowanceCharge': e.allowances.length
      ? e.allowances.map((a) =>
          allowance(a, taxCategory(a.vatCategory, a.vatRate, beCodeOf(e, a.vatCategory, a.vatRate))),
        )
      : undefined,
    'cac:TaxTotal': [
      {
        'cbc:TaxAmount': amount(e.totals.vat),
        'cac:TaxSubtotal': e.vat.map((g) => ({
          'cbc:TaxableAmount': amount(g.taxable),
          'cbc:TaxAmount': amount(g.vat),
          'cac:TaxCategory': taxCategory(
            g.category,
            g.rate,
            g.beTaxCode,
            ublbe && BE_EXEMPTIONS[g.beTaxCode]
              ? { 'cbc:TaxExemptionReason': BE_EXEMPTIONS[g.beTaxCode] }
              : {
                  'cbc:TaxExemptionReasonCode': text(g.exemptionCode),
                  'cbc:TaxExemptionReason': text(g.exemptionReason),
                },
          ),
        })),
      },
      ...(e.taxCurrency ? [{ 'cbc:TaxAmount': amount(e.taxCurrency.vatTotal, e.taxCurrency.code) }] : []),
    ],
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': amount(e.totals.lineNet),
      'cbc:TaxExclusiveAmount': amount(e.totals.taxExclusive),
      'cbc:TaxInclusiveAmount': amount(e.totals.taxInclusive),
      'cbc:AllowanceTotalAmount': e.allowances.length ? amount(e.totals.allowances) : undefined,
      'cbc:PayableAmount': amount(e.totals.payable),
    },
    [lineTag]: lines,
  };
  return buildXml({ [credit ? 'CreditNote' : 'Invoice']: body });
}

/**
 * UBL.BE states an exemption with its own fixed English texts (ubl-BE-12), by the group's Belgian tax
 * category code. Its own codes (BETE-…, ubl-BE-11) are left out: EN 16931 now accepts VATEX codes
 * only (BR-CL-22), and the text alone satisfies both rule sets (BR-E-10, BR-AE-10…).
 */
const BE_EXEMPTIONS: Record<string, string> = {
  '45': 'Reverse charge - Contractor',
  '44': 'Intra-community supply - Services B2B',
  '46/GO': 'Intra-community supply - Goods',
  '47/EX': 'Export non E.U.',
  SC: 'Small company',
  '00/44': 'Exempt',
  NS: 'Not subject to VAT',
};

/** The Belgian code of a VAT group, for a document allowance in that group. */
const beCodeOf = (e: EInvoice, category: string, rate: string): string =>
  e.vat.find((g) => g.category === category && g.rate === rate)?.beTaxCode ?? '03';

/** A line's VAT (UBL.BE asks for one per line; informative only, the totals stay per group). */
function lineVat(net: string, rate: string, currency: string): string {
  const decimals = amountDecimals(currency);
  return moneyString(roundMoney(dec(net).times(dec(rate)).dividedBy(100), decimals), decimals);
}
