/**
 * UN/CEFACT Cross Industry Invoice D16B per EN 16931 (the XML inside a Factur-X PDF, profile
 * EN 16931), from the neutral model. The element order is the D16B schema's; what each element means
 * is in einvoice.model.ts. The PDF is the Factur-X container itself, so it is not embedded here.
 */
import type { EAllowance, EInvoice, EParty } from './einvoice.model.js';
import { buildXml, text, withAttrs, type XmlObject } from './xml.js';

const NS = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** Specification identifier (BT-24) of the Factur-X EN 16931 profile (= the EN itself). */
export const CII_EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

/** `2026-12-03` → `<udt:DateTimeString format="102">20261203</…>`. */
const date = (iso: string, prefix: 'udt' | 'qdt' = 'udt'): XmlObject => ({
  [`${prefix}:DateTimeString`]: withAttrs(iso.replaceAll('-', ''), { format: '102' }),
});

export function toCii(e: EInvoice): string {
  const notSubject = e.vat.some((g) => g.category === 'O');
  const percent = (category: string, rate: string) => (category === 'O' ? undefined : rate);

  const party = (p: EParty): XmlObject => ({
    'ram:Name': text(p.legalName) ?? p.name,
    'ram:SpecifiedLegalOrganization': {
      'ram:ID': p.legalId ? withAttrs(p.legalId.id, { schemeID: p.legalId.scheme }) : undefined,
      'ram:TradingBusinessName': text(p.tradingName),
    },
    'ram:DefinedTradeContact': text(p.email)
      ? { 'ram:EmailURIUniversalCommunication': { 'ram:URIID': text(p.email) } }
      : undefined,
    'ram:PostalTradeAddress': {
      'ram:PostcodeCode': text(p.address.postalCode),
      'ram:LineOne': text(p.address.line1),
      'ram:LineTwo': text(p.address.line2),
      'ram:CityName': text(p.address.city),
      'ram:CountryID': p.address.country,
    },
    'ram:URIUniversalCommunication': p.endpoint
      ? { 'ram:URIID': withAttrs(p.endpoint.id, { schemeID: p.endpoint.scheme }) }
      : undefined,
    'ram:SpecifiedTaxRegistration':
      p.vatNumber && !notSubject ? { 'ram:ID': withAttrs(p.vatNumber, { schemeID: 'VA' }) } : undefined,
  });

  const allowance = (a: EAllowance, tax?: XmlObject): XmlObject => ({
    'ram:ChargeIndicator': { 'udt:Indicator': 'false' },
    'ram:CalculationPercent': a.percent ?? undefined,
    'ram:BasisAmount': a.base ?? undefined,
    'ram:ActualAmount': a.amount,
    'ram:ReasonCode': a.reasonCode,
    'ram:Reason': text(a.reason),
    'ram:CategoryTradeTax': tax,
  });

  const lines = e.lines.map(
    (l): XmlObject => ({
      'ram:AssociatedDocumentLineDocument': { 'ram:LineID': l.id },
      'ram:SpecifiedTradeProduct': {
        'ram:Name': text(l.name) ?? '-',
        'ram:Description': text(l.description),
      },
      'ram:SpecifiedLineTradeAgreement': { 'ram:NetPriceProductTradePrice': { 'ram:ChargeAmount': l.price } },
      'ram:SpecifiedLineTradeDelivery': {
        'ram:BilledQuantity': withAttrs(l.quantity, { unitCode: l.unitCode }),
      },
      'ram:SpecifiedLineTradeSettlement': {
        'ram:ApplicableTradeTax': {
          'ram:TypeCode': 'VAT',
          'ram:CategoryCode': l.vatCategory,
          'ram:RateApplicablePercent': percent(l.vatCategory, l.vatRate),
        },
        'ram:SpecifiedTradeAllowanceCharge': l.allowance ? allowance(l.allowance) : undefined,
        'ram:SpecifiedTradeSettlementLineMonetarySummation': { 'ram:LineTotalAmount': l.net },
      },
    }),
  );

  const settlement: XmlObject = {
    'ram:PaymentReference': text(e.payment?.reference),
    'ram:TaxCurrencyCode': e.taxCurrency?.code,
    'ram:InvoiceCurrencyCode': e.currency,
    'ram:SpecifiedTradeSettlementPaymentMeans': e.payment
      ? {
          'ram:TypeCode': e.payment.meansCode,
          'ram:PayeePartyCreditorFinancialAccount': { 'ram:IBANID': e.payment.iban },
          'ram:PayeeSpecifiedCreditorFinancialInstitution': e.payment.bic
            ? { 'ram:BICID': e.payment.bic }
            : undefined,
        }
      : undefined,
    'ram:ApplicableTradeTax': e.vat.map((g) => ({
      'ram:CalculatedAmount': g.vat,
      'ram:TypeCode': 'VAT',
      'ram:ExemptionReason': text(g.exemptionReason),
      'ram:BasisAmount': g.taxable,
      'ram:CategoryCode': g.category,
      'ram:ExemptionReasonCode': text(g.exemptionCode),
      'ram:RateApplicablePercent': percent(g.category, g.rate),
    })),
    'ram:SpecifiedTradeAllowanceCharge': e.allowances.length
      ? e.allowances.map((a) =>
          allowance(a, {
            'ram:TypeCode': 'VAT',
            'ram:CategoryCode': a.vatCategory,
            'ram:RateApplicablePercent': percent(a.vatCategory, a.vatRate),
          }),
        )
      : undefined,
    'ram:SpecifiedTradePaymentTerms':
      text(e.paymentTerms) || e.dueDate
        ? {
            'ram:Description': text(e.paymentTerms),
            'ram:DueDateDateTime': e.dueDate ? date(e.dueDate) : undefined,
          }
        : undefined,
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation': {
      'ram:LineTotalAmount': e.totals.lineNet,
      'ram:AllowanceTotalAmount': e.allowances.length ? e.totals.allowances : undefined,
      'ram:TaxBasisTotalAmount': e.totals.taxExclusive,
      'ram:TaxTotalAmount': [
        withAttrs(e.totals.vat, { currencyID: e.currency }),
        ...(e.taxCurrency ? [withAttrs(e.taxCurrency.vatTotal, { currencyID: e.taxCurrency.code })] : []),
      ],
      'ram:GrandTotalAmount': e.totals.taxInclusive,
      'ram:DuePayableAmount': e.totals.payable,
    },
    'ram:InvoiceReferencedDocument': e.preceding.length
      ? e.preceding.map((p) => ({
          'ram:IssuerAssignedID': p.number,
          'ram:FormattedIssueDateTime': p.issueDate ? date(p.issueDate, 'qdt') : undefined,
        }))
      : undefined,
  };

  const body: XmlObject = {
    '@_xmlns:rsm': NS.rsm,
    '@_xmlns:ram': NS.ram,
    '@_xmlns:qdt': NS.qdt,
    '@_xmlns:udt': NS.udt,
    'rsm:ExchangedDocumentContext': {
      'ram:BusinessProcessSpecifiedDocumentContextParameter': undefined,
      'ram:GuidelineSpecifiedDocumentContextParameter': { 'ram:ID': CII_EN16931_GUIDELINE },
    },
    'rsm:ExchangedDocument': {
      'ram:ID': e.number,
      'ram:TypeCode': e.typeCode,
      'ram:IssueDateTime': date(e.issueDate),
      'ram:IncludedNote': text(e.note) ? { 'ram:Content': text(e.note) } : undefined,
    },
    'rsm:SupplyChainTradeTransaction': {
      'ram:IncludedSupplyChainTradeLineItem': lines,
      'ram:ApplicableHeaderTradeAgreement': {
        'ram:BuyerReference': text(e.buyerReference),
        'ram:SellerTradeParty': party(e.seller),
        'ram:BuyerTradeParty': party(e.buyer),
        'ram:BuyerOrderReferencedDocument':
          !text(e.buyerReference) && e.orderReference
            ? { 'ram:IssuerAssignedID': e.orderReference }
            : undefined,
      },
      'ram:ApplicableHeaderTradeDelivery': {
        'ram:ShipToTradeParty': e.deliveryCountry
          ? { 'ram:PostalTradeAddress': { 'ram:CountryID': e.deliveryCountry } }
          : undefined,
        'ram:ActualDeliverySupplyChainEvent': e.deliveryDate
          ? { 'ram:OccurrenceDateTime': date(e.deliveryDate) }
          : undefined,
      },
      'ram:ApplicableHeaderTradeSettlement': settlement,
    },
  };
  return buildXml({ 'rsm:CrossIndustryInvoice': body });
}
