import { refuseEInvoice } from '../input.js';
import { date, decimal, identifier, need, needDecimal, needText, texts } from './fields.js';
import type {
  ParsedAttachment,
  ParsedInvoice,
  ParsedLine,
  ParsedParty,
  ParsedPayment,
  ParsedVatGroup,
} from './model.js';
import {
  type AllowanceChargeNames,
  attachmentOf,
  readAllowanceCharge,
  readVatGroup,
  type VatGroupNames,
} from './syntax-parts.js';
import { at, child, children, pathOf, textOf, type XmlElement } from './xml.js';

/** UNTDID 1001 codes that EN 16931 reads as credit notes (BT-3; the UBL binding uses a CreditNote root). */
const CREDIT_NOTE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

/*
 * Factur-X / ZUGFeRD 2 profiles below BASIC carry no invoice lines (MINIMUM) or no lines and no line
 * amounts to check (BASIC WL): they are accounting aids, not enough to book a purchase invoice from.
 */
const LINELESS_PROFILES = ['urn:factur-x.eu:1p0:minimum', 'urn:factur-x.eu:1p0:basicwl'];

/** CII D16B CrossIndustryInvoice (EN 16931-3-3 binding, Factur-X / ZUGFeRD 2) into the neutral model. */
export function readCii(root: XmlElement): Omit<ParsedInvoice, 'pdfAttachment'> {
  const context = need(root, 'ExchangedDocumentContext');
  const specification = needText(context, 'GuidelineSpecifiedDocumentContextParameter', 'ID');
  const lineless = LINELESS_PROFILES.find((p) => specification.toLowerCase().startsWith(p));
  if (lineless)
    throw refuseEInvoice(
      'validation_failed',
      'The Factur-X profile {profile} carries no invoice lines; an EN 16931, BASIC or EXTENDED invoice is needed',
      { profile: lineless.slice(lineless.lastIndexOf(':') + 1).toUpperCase() },
      `${pathOf(context)}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`,
    );
  const doc = need(root, 'ExchangedDocument');
  const transaction = need(root, 'SupplyChainTradeTransaction');
  const agreement = need(transaction, 'ApplicableHeaderTradeAgreement');
  const settlement = need(transaction, 'ApplicableHeaderTradeSettlement');
  const currency = needText(settlement, 'InvoiceCurrencyCode');
  const sum = need(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const typeCode = needText(doc, 'TypeCode');
  const terms = children(settlement, 'SpecifiedTradePaymentTerms');
  // BT-110 is the TaxTotalAmount in the document currency; another may give it in the tax currency (BT-111).
  const vatTotal = children(sum, 'TaxTotalAmount');
  return {
    syntax: 'cii',
    specification,
    businessProcess: textOf(at(context, 'BusinessProcessSpecifiedDocumentContextParameter', 'ID')),
    documentType: CREDIT_NOTE_CODES.has(typeCode) ? 'credit_note' : 'invoice',
    typeCode,
    number: needText(doc, 'ID'),
    issueDate: date(need(doc, 'IssueDateTime')) as string,
    dueDate: terms.map((t) => date(child(t, 'DueDateDateTime'))).find(Boolean) ?? null,
    deliveryDate: date(
      at(
        transaction,
        'ApplicableHeaderTradeDelivery',
        'ActualDeliverySupplyChainEvent',
        'OccurrenceDateTime',
      ),
    ),
    currency,
    buyerReference: textOf(child(agreement, 'BuyerReference')),
    orderReference: textOf(at(agreement, 'BuyerOrderReferencedDocument', 'IssuerAssignedID')),
    notes: texts(children(doc, 'IncludedNote').flatMap((n) => children(n, 'Content'))),
    precedingInvoices: children(settlement, 'InvoiceReferencedDocument').map((r) => ({
      number: needText(r, 'IssuerAssignedID'),
      issueDate: date(child(r, 'FormattedIssueDateTime')),
    })),
    seller: readParty(need(agreement, 'SellerTradeParty')),
    buyer: readParty(need(agreement, 'BuyerTradeParty')),
    payment: readPayment(settlement, terms),
    lines: children(transaction, 'IncludedSupplyChainTradeLineItem').map(readLine),
    allowanceCharges: children(settlement, 'SpecifiedTradeAllowanceCharge').map((a) =>
      readAllowanceCharge(a, true, ALLOWANCE_CHARGE),
    ),
    vatBreakdown: children(settlement, 'ApplicableTradeTax').map(readTradeTax),
    totals: {
      lineTotal: needDecimal(sum, 'LineTotalAmount'),
      allowanceTotal: decimal(child(sum, 'AllowanceTotalAmount')),
      chargeTotal: decimal(child(sum, 'ChargeTotalAmount')),
      taxExclusive: needDecimal(sum, 'TaxBasisTotalAmount'),
      vatTotal: decimal(vatTotal.find((t) => (t.attrs.currencyID ?? currency) === currency) ?? vatTotal[0]),
      taxInclusive: needDecimal(sum, 'GrandTotalAmount'),
      prepaid: decimal(child(sum, 'TotalPrepaidAmount')),
      rounding: decimal(child(sum, 'RoundingAmount')),
      payable: needDecimal(sum, 'DuePayableAmount'),
    },
    attachments: children(agreement, 'AdditionalReferencedDocument').flatMap(readAttachment),
  };
}

function readParty(party: XmlElement): ParsedParty {
  const legal = child(party, 'SpecifiedLegalOrganization');
  const legalName = needText(party, 'Name');
  const registrations = children(party, 'SpecifiedTaxRegistration');
  const registration = (scheme: string) =>
    textOf(
      child(
        registrations.find((r) => child(r, 'ID')?.attrs.schemeID === scheme),
        'ID',
      ),
    );
  const address = child(party, 'PostalTradeAddress');
  const contact = child(party, 'DefinedTradeContact');
  return {
    name: textOf(child(legal, 'TradingBusinessName')) ?? legalName,
    legalName,
    vatNumber: registration('VA'),
    taxRegistrationId: registration('FC'),
    legalRegistration: identifier(child(legal, 'ID')),
    identifiers: [...children(party, 'ID'), ...children(party, 'GlobalID')]
      .map(identifier)
      .filter((i) => i !== null),
    endpoint: identifier(at(party, 'URIUniversalCommunication', 'URIID')),
    address: address
      ? {
          lines: texts([
            ...children(address, 'LineOne'),
            ...children(address, 'LineTwo'),
            ...children(address, 'LineThree'),
          ]),
          city: textOf(child(address, 'CityName')),
          postalCode: textOf(child(address, 'PostcodeCode')),
          subdivision: textOf(child(address, 'CountrySubDivisionName')),
          country: textOf(child(address, 'CountryID')),
        }
      : null,
    contact: contact
      ? {
          name: textOf(child(contact, 'PersonName')),
          phone: textOf(at(contact, 'TelephoneUniversalCommunication', 'CompleteNumber')),
          email: textOf(at(contact, 'EmailURIUniversalCommunication', 'URIID')),
        }
      : null,
  };
}

function readPayment(settlement: XmlElement, terms: XmlElement[]): ParsedPayment {
  const means = children(settlement, 'SpecifiedTradeSettlementPaymentMeans');
  return {
    meansCode: textOf(child(means[0], 'TypeCode')),
    accounts: means.flatMap((m) =>
      children(m, 'PayeePartyCreditorFinancialAccount').flatMap((a) => {
        const account = textOf(child(a, 'IBANID')) ?? textOf(child(a, 'ProprietaryID'));
        return account === null
          ? []
          : [
              {
                account,
                name: textOf(child(a, 'AccountName')),
                bic: textOf(at(m, 'PayeeSpecifiedCreditorFinancialInstitution', 'BICID')),
              },
            ];
      }),
    ),
    reference: textOf(child(settlement, 'PaymentReference')),
    terms: texts(terms.flatMap((t) => children(t, 'Description'))).join('\n') || null,
  };
}

function readLine(item: XmlElement): ParsedLine {
  const product = need(item, 'SpecifiedTradeProduct');
  const lineSettlement = need(item, 'SpecifiedLineTradeSettlement');
  const tax = need(lineSettlement, 'ApplicableTradeTax');
  const quantity = need(item, 'SpecifiedLineTradeDelivery', 'BilledQuantity');
  const price = at(item, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice');
  return {
    id: needText(item, 'AssociatedDocumentLineDocument', 'LineID'),
    name: needText(product, 'Name'),
    description: textOf(child(product, 'Description')),
    quantity: decimal(quantity) as string,
    unitCode: quantity.attrs.unitCode ?? null,
    netPrice: decimal(child(price, 'ChargeAmount')),
    priceBaseQuantity: decimal(child(price, 'BasisQuantity')),
    netAmount: needDecimal(
      lineSettlement,
      'SpecifiedTradeSettlementLineMonetarySummation',
      'LineTotalAmount',
    ),
    vatCategory: needText(tax, 'CategoryCode'),
    vatRate: decimal(child(tax, 'RateApplicablePercent')),
    allowanceCharges: children(lineSettlement, 'SpecifiedTradeAllowanceCharge').map((a) =>
      readAllowanceCharge(a, false, ALLOWANCE_CHARGE),
    ),
  };
}

const ALLOWANCE_CHARGE: AllowanceChargeNames = {
  prefix: 'ram',
  indicator: ['ChargeIndicator', 'Indicator'],
  amount: 'ActualAmount',
  baseAmount: 'BasisAmount',
  percent: 'CalculationPercent',
  reason: 'Reason',
  reasonCode: 'ReasonCode',
  tax: 'CategoryTradeTax',
  category: 'CategoryCode',
  rate: 'RateApplicablePercent',
};

const VAT_GROUP: VatGroupNames = {
  category: 'CategoryCode',
  rate: 'RateApplicablePercent',
  taxableAmount: 'BasisAmount',
  taxAmount: 'CalculatedAmount',
  exemptionReason: 'ExemptionReason',
  exemptionReasonCode: 'ExemptionReasonCode',
};

/** CII keeps a group's amounts and its category in one element. */
const readTradeTax = (tax: XmlElement): ParsedVatGroup => readVatGroup(tax, tax, VAT_GROUP);

function readAttachment(ref: XmlElement): ParsedAttachment[] {
  const binary = child(ref, 'AttachmentBinaryObject');
  const uri = textOf(child(ref, 'URIID'));
  if (!binary && uri === null) return [];
  return [
    attachmentOf({
      id: needText(ref, 'IssuerAssignedID'),
      description: textOf(child(ref, 'Name')),
      binary,
      uri,
    }),
  ];
}
