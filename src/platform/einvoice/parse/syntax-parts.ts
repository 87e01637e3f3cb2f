import { refuseEInvoice } from '../input.js';
import { decimal, need, needDecimal, needText } from './fields.js';
import type { ParsedAllowanceCharge, ParsedAttachment, ParsedVatGroup } from './model.js';
import { child, pathOf, textOf, type XmlElement } from './xml.js';

/*
 * The parts that UBL (EN 16931-3-2) and CII (EN 16931-3-3) carry with the same structure under other
 * element names: read once here, each syntax naming its elements (ubl.ts, cii.ts).
 */

const BOOLEAN = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

/** The element names of an allowance or charge (BG-20/21, BG-27/28) and its VAT category in one syntax. */
export interface AllowanceChargeNames {
  /** The namespace prefix used in error paths (`cbc`, `ram`). */
  prefix: string;
  indicator: string[];
  amount: string;
  baseAmount: string;
  percent: string;
  reason: string;
  reasonCode: string;
  /** The VAT category element of a document-level one, and its code and rate below it. */
  tax: string;
  category: string;
  rate: string;
}

export function readAllowanceCharge(
  el: XmlElement,
  documentLevel: boolean,
  n: AllowanceChargeNames,
): ParsedAllowanceCharge {
  const indicator = needText(el, ...n.indicator);
  // xs:boolean: true, false, 1 or 0.
  if (!BOOLEAN.has(indicator)) {
    const element = `${pathOf(el)}/${n.prefix}:${n.indicator[0]}`;
    throw refuseEInvoice(
      'validation_failed',
      '{element} is not a boolean: {value}',
      { element, value: indicator.slice(0, 40) },
      element,
    );
  }
  const tax = documentLevel ? need(el, n.tax) : undefined;
  return {
    kind: BOOLEAN.get(indicator) ? 'charge' : 'allowance',
    amount: needDecimal(el, n.amount),
    baseAmount: decimal(child(el, n.baseAmount)),
    percent: decimal(child(el, n.percent)),
    reason: textOf(child(el, n.reason)),
    reasonCode: textOf(child(el, n.reasonCode)),
    vatCategory: tax ? needText(tax, n.category) : null,
    vatRate: decimal(child(tax, n.rate)),
  };
}

/** The element names of a VAT breakdown group (BG-23) in one syntax. */
export interface VatGroupNames {
  category: string;
  rate: string;
  taxableAmount: string;
  taxAmount: string;
  exemptionReason: string;
  exemptionReasonCode: string;
}

/** A VAT group whose amounts stand in `amounts` and whose category in `category` (one element in CII). */
export function readVatGroup(amounts: XmlElement, category: XmlElement, n: VatGroupNames): ParsedVatGroup {
  return {
    category: needText(category, n.category),
    rate: decimal(child(category, n.rate)),
    taxableAmount: needDecimal(amounts, n.taxableAmount),
    taxAmount: needDecimal(amounts, n.taxAmount),
    exemptionReason: textOf(child(category, n.exemptionReason)),
    exemptionReasonCode: textOf(child(category, n.exemptionReasonCode)),
  };
}

/** An additional supporting document (BG-24): embedded (base64) or referred to by URI. */
export function attachmentOf(p: {
  id: string;
  description: string | null;
  binary: XmlElement | undefined;
  uri: string | null;
}): ParsedAttachment {
  return {
    id: p.id,
    description: p.description,
    filename: p.binary?.attrs.filename ?? null,
    mimeCode: p.binary?.attrs.mimeCode ?? null,
    content: p.binary?.text ? Buffer.from(p.binary.text, 'base64') : null,
    uri: p.uri,
  };
}
