import type { ErrorCode } from '../../../shared/errors.js';
import { CurrencyCode } from '../../../shared/identifiers.js';
import { type Decimal, dec, roundMoney } from '../../../shared/money.js';
import { refuseEInvoice } from '../input.js';
import type { ParsedInvoice } from './model.js';

/** UNCL5305 as EN 16931 restricts it (BR-CL-17, BR-CL-18). */
export const EN16931_VAT_CATEGORIES = new Set(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B']);

/*
 * Categories whose breakdown is per rate; the official rules (BR-S-08, BR-Z-08, BR-IG-08, BR-IP-08)
 * accept their taxable amount within one currency unit of the computed one. The others have a single
 * group per category and must match exactly (BR-E-08, BR-AE-08, BR-IC-08, BR-G-08, BR-O-08).
 */
const PER_RATE = new Set(['S', 'Z', 'L', 'M', 'B']);

type Syntax = 'ubl' | 'cii';

/** The element each checked value comes from, per syntax: what a refusal names. */
const NAMES = {
  currency: { ubl: 'cbc:DocumentCurrencyCode', cii: 'ram:InvoiceCurrencyCode' },
  lineCategory: {
    ubl: 'cac:{line}[{n}]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID',
    cii: 'ram:IncludedSupplyChainTradeLineItem[{n}]/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode',
  },
  allowanceCategory: {
    ubl: 'cac:AllowanceCharge[{n}]/cac:TaxCategory/cbc:ID',
    cii: 'ram:SpecifiedTradeAllowanceCharge[{n}]/ram:CategoryTradeTax/ram:CategoryCode',
  },
  groupCategory: {
    ubl: 'cac:TaxTotal/cac:TaxSubtotal[{n}]/cac:TaxCategory/cbc:ID',
    cii: 'ram:ApplicableTradeTax[{n}]/ram:CategoryCode',
  },
  groupTaxable: {
    ubl: 'cac:TaxTotal/cac:TaxSubtotal[{n}]/cbc:TaxableAmount',
    cii: 'ram:ApplicableTradeTax[{n}]/ram:BasisAmount',
  },
  groupTax: {
    ubl: 'cac:TaxTotal/cac:TaxSubtotal[{n}]/cbc:TaxAmount',
    cii: 'ram:ApplicableTradeTax[{n}]/ram:CalculatedAmount',
  },
  breakdown: { ubl: 'cac:TaxTotal/cac:TaxSubtotal', cii: 'ram:ApplicableTradeTax' },
  lineTotal: { ubl: 'cac:LegalMonetaryTotal/cbc:LineExtensionAmount', cii: 'ram:LineTotalAmount' },
  allowanceTotal: { ubl: 'cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount', cii: 'ram:AllowanceTotalAmount' },
  chargeTotal: { ubl: 'cac:LegalMonetaryTotal/cbc:ChargeTotalAmount', cii: 'ram:ChargeTotalAmount' },
  taxExclusive: { ubl: 'cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount', cii: 'ram:TaxBasisTotalAmount' },
  vatTotal: { ubl: 'cac:TaxTotal/cbc:TaxAmount', cii: 'ram:TaxTotalAmount' },
  taxInclusive: { ubl: 'cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount', cii: 'ram:GrandTotalAmount' },
  payable: { ubl: 'cac:LegalMonetaryTotal/cbc:PayableAmount', cii: 'ram:DuePayableAmount' },
} as const;

const ZERO = dec('0');
const amount = (v: string | null): Decimal => (v === null ? ZERO : dec(v));
const sum = (values: Array<string | null>): Decimal => values.reduce((acc, v) => acc.plus(amount(v)), ZERO);
const rateKey = (category: string, rate: string | null) =>
  `${category}|${PER_RATE.has(category) ? amount(rate).toString() : ''}`;

/**
 * The checks that make a parsed invoice safe to book: known codes, and every total equal to what the
 * document's own amounts give, by the EN 16931 rules named in each refusal. The sums are rounded to
 * two decimals as the official Schematron rounds them (`round(sum(...) * 100) div 100`).
 */
export function checkParsedInvoice(inv: Omit<ParsedInvoice, 'pdfAttachment'>): void {
  const syntax: Syntax = inv.syntax === 'cii' ? 'cii' : 'ubl';
  const root =
    syntax === 'cii' ? 'rsm:CrossIndustryInvoice' : inv.syntax === 'ubl-invoice' ? 'Invoice' : 'CreditNote';
  const name = (key: keyof typeof NAMES, n = 0) =>
    `${root}/${NAMES[key][syntax]
      .replace('{line}', inv.syntax === 'ubl-credit-note' ? 'CreditNoteLine' : 'InvoiceLine')
      .replace('{n}', String(n + 1))}`;
  const refuse = (code: ErrorCode, template: string, params: Record<string, string>) =>
    refuseEInvoice(code, template, params, params.element);

  if (!CurrencyCode.safeParse(inv.currency).success || inv.currency !== inv.currency.toUpperCase())
    throw refuse('rule_violation', 'Unknown currency code {value} in {element} (ISO 4217)', {
      value: inv.currency,
      element: name('currency'),
    });
  const category = (value: string | null, element: string) => {
    if (value !== null && !EN16931_VAT_CATEGORIES.has(value))
      throw refuse('rule_violation', 'Unknown VAT category {value} in {element} (UNCL5305)', {
        value,
        element,
      });
  };
  for (const [i, l] of inv.lines.entries()) category(l.vatCategory, name('lineCategory', i));
  for (const [i, a] of inv.allowanceCharges.entries()) category(a.vatCategory, name('allowanceCategory', i));
  for (const [i, g] of inv.vatBreakdown.entries()) category(g.category, name('groupCategory', i));

  const t = inv.totals;
  const equal = (rule: string, key: keyof typeof NAMES, stated: string | null, computed: Decimal) => {
    const rounded = roundMoney(computed);
    if (!amount(stated).eq(rounded))
      throw refuse(
        'rule_violation',
        'The e-invoice totals do not add up ({rule}): {element} is {stated}, its other amounts give {computed}',
        { rule, element: name(key), stated: stated ?? '0', computed: rounded.toFixed(2) },
      );
  };
  const allowances = inv.allowanceCharges.filter((a) => a.kind === 'allowance');
  const charges = inv.allowanceCharges.filter((a) => a.kind === 'charge');
  equal('BR-CO-10', 'lineTotal', t.lineTotal, sum(inv.lines.map((l) => l.netAmount)));
  if (t.allowanceTotal !== null || allowances.length)
    equal('BR-CO-11', 'allowanceTotal', t.allowanceTotal, sum(allowances.map((a) => a.amount)));
  if (t.chargeTotal !== null || charges.length)
    equal('BR-CO-12', 'chargeTotal', t.chargeTotal, sum(charges.map((a) => a.amount)));
  equal(
    'BR-CO-13',
    'taxExclusive',
    t.taxExclusive,
    amount(t.lineTotal).minus(amount(t.allowanceTotal)).plus(amount(t.chargeTotal)),
  );
  equal('BR-CO-14', 'vatTotal', t.vatTotal, sum(inv.vatBreakdown.map((g) => g.taxAmount)));
  equal('BR-CO-15', 'taxInclusive', t.taxInclusive, amount(t.taxExclusive).plus(amount(t.vatTotal)));
  equal(
    'BR-CO-16',
    'payable',
    t.payable,
    amount(t.taxInclusive).minus(amount(t.prepaid)).plus(amount(t.rounding)),
  );
  checkVatGroups(inv, name, refuse);
}

function checkVatGroups(
  inv: Omit<ParsedInvoice, 'pdfAttachment'>,
  name: (key: keyof typeof NAMES, n?: number) => string,
  refuse: (code: ErrorCode, template: string, params: Record<string, string>) => Error,
): void {
  // The taxable amount each (category, rate) gets from the lines and the document allowances and charges.
  const taxable = new Map<string, Decimal>();
  const add = (category: string, rate: string | null, value: Decimal) => {
    const key = rateKey(category, rate);
    taxable.set(key, (taxable.get(key) ?? ZERO).plus(value));
  };
  for (const l of inv.lines) add(l.vatCategory, l.vatRate, dec(l.netAmount));
  for (const a of inv.allowanceCharges)
    if (a.vatCategory !== null)
      add(a.vatCategory, a.vatRate, a.kind === 'charge' ? dec(a.amount) : dec(a.amount).neg());

  const stated = new Set<string>();
  inv.vatBreakdown.forEach((g, i) => {
    const key = rateKey(g.category, g.rate);
    stated.add(key);
    const computed = roundMoney(taxable.get(key) ?? ZERO);
    const diff = dec(g.taxableAmount).minus(computed).abs();
    if (PER_RATE.has(g.category) ? diff.gte(1) : !diff.isZero())
      throw refuse(
        'rule_violation',
        'The e-invoice totals do not add up ({rule}): {element} is {stated}, its other amounts give {computed}',
        {
          rule: `BR-${g.category}-08`,
          element: name('groupTaxable', i),
          stated: g.taxableAmount,
          computed: computed.toFixed(2),
        },
      );
    // BR-CO-17: the VAT of a group is its taxable amount × rate, within one currency unit.
    const expected = roundMoney(dec(g.taxableAmount).abs().times(amount(g.rate)).div(100));
    const tax = dec(g.taxAmount).abs();
    const ok = amount(g.rate).isZero() ? tax.lt(0.5) : tax.minus(expected).abs().lt(1);
    if (!ok)
      throw refuse(
        'rule_violation',
        'The e-invoice totals do not add up ({rule}): {element} is {stated}, its other amounts give {computed}',
        {
          rule: 'BR-CO-17',
          element: name('groupTax', i),
          stated: g.taxAmount,
          computed: (dec(g.taxAmount).isNeg() ? expected.neg() : expected).toFixed(2),
        },
      );
  });
  for (const key of taxable.keys())
    if (!stated.has(key)) {
      const [category = '', rate = ''] = key.split('|');
      throw refuse(
        'rule_violation',
        'The VAT breakdown ({element}) has no group for category {category} at {rate} %, which the invoice uses',
        { element: name('breakdown'), category, rate: rate || '0' },
      );
    }
}
