import { refuseEInvoice } from '../input.js';
import { date, decimal, identifier, missing, need, needDecimal, needText, texts } from './fields.js';
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

/**
 * UBL 2.1 Invoice or CreditNote (EN 16931-3-2 binding) into the neutral model. The root has been
 * recognised already; the credit note differs in its line element, quantity and type code names and
 * carries its due date on the payment means.
 */
export function readUbl(root: XmlElement): Omit<ParsedInvoice, 'pdfAttachment'> {
  const credit = root.local === 'CreditNote';
  const version = textOf(child(root, 'UBLVersionID'));
  // EN 16931-3-2 binds UBL 2.1; later 2.x minor versions only add optional elements.
  if (version !== null && !/^2\.[1-9]$/.test(version))
    throw refuseEInvoice(
      'validation_failed',
      'Unsupported UBL version {version} ({element}); UBL 2.1 is expected',
      { version, element: `${pathOf(root)}/cbc:UBLVersionID` },
      `${pathOf(root)}/cbc:UBLVersionID`,
    );
  const specification = needText(root, 'CustomizationID');
  const lineName = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const taxTotal = pickTaxTotal(root);
  const total = need(root, 'LegalMonetaryTotal');
  const payment = readPayment(root);
  return {
    syntax: credit ? 'ubl-credit-note' : 'ubl-invoice',
    specification,
    businessProcess: textOf(child(root, 'ProfileID')),
    documentType: credit ? 'credit_note' : 'invoice',
    typeCode: needText(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'),
    number: needText(root, 'ID'),
    issueDate: date(need(root, 'IssueDate')) as string,
    dueDate:
      date(child(root, 'DueDate')) ??
      date(
        children(root, 'PaymentMeans')
          .map((m) => child(m, 'PaymentDueDate'))
          .find(Boolean),
      ),
    deliveryDate: date(at(root, 'Delivery', 'ActualDeliveryDate')),
    currency: needText(root, 'DocumentCurrencyCode'),
    buyerReference: textOf(child(root, 'BuyerReference')),
    orderReference: textOf(at(root, 'OrderReference', 'ID')),
    notes: texts(children(root, 'Note')),
    precedingInvoices: children(root, 'BillingReference').flatMap((b) => {
      const ref = child(b, 'InvoiceDocumentReference');
      return ref ? [{ number: needText(ref, 'ID'), issueDate: date(child(ref, 'IssueDate')) }] : [];
    }),
    seller: readParty(need(root, 'AccountingSupplierParty', 'Party')),
    buyer: readParty(need(root, 'AccountingCustomerParty', 'Party')),
    payment,
    lines: children(root, lineName).map((l) => readLine(l, credit)),
    allowanceCharges: children(root, 'AllowanceCharge').map((a) =>
      readAllowanceCharge(a, true, ALLOWANCE_CHARGE),
    ),
    vatBreakdown: children(taxTotal, 'TaxSubtotal').map(readVatSubtotal),
    totals: {
      lineTotal: needDecimal(total, 'LineExtensionAmount'),
      allowanceTotal: decimal(child(total, 'AllowanceTotalAmount')),
      chargeTotal: decimal(child(total, 'ChargeTotalAmount')),
      taxExclusive: needDecimal(total, 'TaxExclusiveAmount'),
      vatTotal: decimal(child(taxTotal, 'TaxAmount')),
      taxInclusive: needDecimal(total, 'TaxInclusiveAmount'),
      prepaid: decimal(child(total, 'PrepaidAmount')),
      rounding: decimal(child(total, 'PayableRoundingAmount')),
      payable: needDecimal(total, 'PayableAmount'),
    },
    attachments: children(root, 'AdditionalDocumentReference').flatMap(readAttachment),
  };
}

/**
 * BT-110 is the TaxTotal in the document currency; a second one without subtotals may give the VAT in
 * the tax currency (BT-111).
 */
function pickTaxTotal(root: XmlElement): XmlElement | undefined {
  const all = children(root, 'TaxTotal');
  const currency = textOf(child(root, 'DocumentCurrencyCode'));
  return (
    all.find((t) => child(t, 'TaxSubtotal')) ??
    all.find((t) => child(t, 'TaxAmount')?.attrs.currencyID === currency) ??
    all[0]
  );
}

function readParty(party: XmlElement): ParsedParty {
  const legal = child(party, 'PartyLegalEntity');
  const legalName = textOf(child(legal, 'RegistrationName'));
  const schemes = children(party, 'PartyTaxScheme');
  const vat = schemes.find((s) => textOf(at(s, 'TaxScheme', 'ID')) === 'VAT');
  const other = schemes.find((s) => s !== vat);
  const name = textOf(at(party, 'PartyName', 'Name')) ?? legalName;
  if (name === null) throw missing(party, ['PartyLegalEntity', 'RegistrationName']);
  const address = child(party, 'PostalAddress');
  const contact = child(party, 'Contact');
  return {
    name,
    legalName,
    vatNumber: textOf(child(vat, 'CompanyID')),
    taxRegistrationId: textOf(child(other, 'CompanyID')),
    legalRegistration: identifier(child(legal, 'CompanyID')),
    identifiers: children(party, 'PartyIdentification')
      .map((p) => identifier(child(p, 'ID')))
      .filter((i) => i !== null),
    endpoint: identifier(child(party, 'EndpointID')),
    address: address
      ? {
          lines: texts([
            ...children(address, 'StreetName'),
            ...children(address, 'AdditionalStreetName'),
            ...children(address, 'AddressLine').flatMap((l) => children(l, 'Line')),
          ]),
          city: textOf(child(address, 'CityName')),
          postalCode: textOf(child(address, 'PostalZone')),
          subdivision: textOf(child(address, 'CountrySubentity')),
          country: textOf(at(address, 'Country', 'IdentificationCode')),
        }
      : null,
    contact: contact
      ? {
          name: textOf(child(contact, 'Name')),
          phone: textOf(child(contact, 'Telephone')),
          email: textOf(child(contact, 'ElectronicMail')),
        }
      : null,
  };
}

function readPayment(root: XmlElement): ParsedPayment {
  const means = children(root, 'PaymentMeans');
  return {
    meansCode: textOf(child(means[0], 'PaymentMeansCode')),
    accounts: means.flatMap((m) =>
      children(m, 'PayeeFinancialAccount').flatMap((a) => {
        const account = textOf(child(a, 'ID'));
        return account === null
          ? []
          : [
              {
                account,
                name: textOf(child(a, 'Name')),
                bic: textOf(at(a, 'FinancialInstitutionBranch', 'ID')),
              },
            ];
      }),
    ),
    reference: means.map((m) => textOf(child(m, 'PaymentID'))).find((r) => r !== null) ?? null,
    terms: texts(children(root, 'PaymentTerms').flatMap((t) => children(t, 'Note'))).join('\n') || null,
  };
}

function readLine(line: XmlElement, credit: boolean): ParsedLine {
  const item = need(line, 'Item');
  const tax = need(item, 'ClassifiedTaxCategory');
  const quantity = need(line, credit ? 'CreditedQuantity' : 'InvoicedQuantity');
  return {
    id: needText(line, 'ID'),
    name: needText(item, 'Name'),
    description: textOf(child(item, 'Description')),
    quantity: decimal(quantity) as string,
    unitCode: quantity.attrs.unitCode ?? null,
    netPrice: decimal(at(line, 'Price', 'PriceAmount')),
    priceBaseQuantity: decimal(at(line, 'Price', 'BaseQuantity')),
    netAmount: needDecimal(line, 'LineExtensionAmount'),
    vatCategory: needText(tax, 'ID'),
    vatRate: decimal(child(tax, 'Percent')),
    allowanceCharges: children(line, 'AllowanceCharge').map((a) =>
      readAllowanceCharge(a, false, ALLOWANCE_CHARGE),
    ),
  };
}

const ALLOWANCE_CHARGE: AllowanceChargeNames = {
  prefix: 'cbc',
  indicator: ['ChargeIndicator'],
  amount: 'Amount',
  baseAmount: 'BaseAmount',
  percent: 'MultiplierFactorNumeric',
  reason: 'AllowanceChargeReason',
  reasonCode: 'AllowanceChargeReasonCode',
  tax: 'TaxCategory',
  category: 'ID',
  rate: 'Percent',
};

const VAT_GROUP: VatGroupNames = {
  category: 'ID',
  rate: 'Percent',
  taxableAmount: 'TaxableAmount',
  taxAmount: 'TaxAmount',
  exemptionReason: 'TaxExemptionReason',
  exemptionReasonCode: 'TaxExemptionReasonCode',
};

const readVatSubtotal = (sub: XmlElement): ParsedVatGroup =>
  readVatGroup(sub, need(sub, 'TaxCategory'), VAT_GROUP);

function readAttachment(ref: XmlElement): ParsedAttachment[] {
  const attachment = child(ref, 'Attachment');
  if (!attachment) return [];
  return [
    attachmentOf({
      id: needText(ref, 'ID'),
      description: textOf(child(ref, 'DocumentDescription')),
      binary: child(attachment, 'EmbeddedDocumentBinaryObject'),
      uri: textOf(at(attachment, 'ExternalReference', 'URI')),
    }),
  ];
}
