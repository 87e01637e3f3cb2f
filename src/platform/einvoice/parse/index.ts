import { checkEInvoiceInput, checkEInvoiceSize, refuseEInvoice } from '../input.js';
import { checkParsedInvoice } from './checks.js';
import { readCii } from './cii.js';
import type { ParsedInvoice } from './model.js';
import { extractEmbeddedXml, isPdf } from './pdf.js';
import { readUbl } from './ubl.js';
import { parseXml } from './xml.js';

export { EN16931_VAT_CATEGORIES } from './checks.js';
export type * from './model.js';
export { EMBEDDED_XML_NAMES } from './pdf.js';

const UBL_INVOICE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const UBL_CREDIT_NOTE = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CII = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
const ZUGFERD_1 = 'urn:ferd:CrossIndustryDocument:invoice:1p0';

/** EN 16931 specification identifiers (BT-24) start with the standard's URN, whatever CIUS follows. */
const EN16931 = 'urn:cen.eu:en16931:2017';

/**
 * Reads an incoming e-invoice for booking as a purchase invoice: a UBL 2.1 Invoice or CreditNote, a
 * CII D16B CrossIndustryInvoice, or a Factur-X / ZUGFeRD 2 / XRechnung PDF whose embedded XML is read.
 *
 * Refused with an AppError naming the element: over 20 MB, not UTF-8, a DOCTYPE or ENTITY (XXE,
 * billion laughs), malformed XML, another root or a ZUGFeRD 1.0 document, a UBL version or
 * specification that is not EN 16931, a Factur-X profile without lines, a missing mandatory element,
 * an unknown currency or VAT category, totals that do not add up, a PDF without embedded XML.
 *
 * This is a reading, not a validation: the official Schematron (validateEInvoice) remains the judge of
 * full EN 16931 conformance; what is checked here is what booking the invoice relies on.
 */
export async function parseEInvoice(input: Buffer): Promise<ParsedInvoice> {
  if (!isPdf(input)) return parseEInvoiceXml(input);
  checkEInvoiceSize(input.length);
  const { name, xml } = await extractEmbeddedXml(input);
  return { ...readXml(xml), pdfAttachment: name };
}

/** The XML part of parseEInvoice, synchronous: for an input known to be XML. */
export function parseEInvoiceXml(input: Buffer | string): ParsedInvoice {
  return { ...readXml(input), pdfAttachment: null };
}

function readXml(input: Buffer | string): Omit<ParsedInvoice, 'pdfAttachment'> {
  const root = parseXml(checkEInvoiceInput(input));
  let parsed: Omit<ParsedInvoice, 'pdfAttachment'>;
  if (
    (root.ns === UBL_INVOICE && root.local === 'Invoice') ||
    (root.ns === UBL_CREDIT_NOTE && root.local === 'CreditNote')
  )
    parsed = readUbl(root);
  else if (root.ns === CII && root.local === 'CrossIndustryInvoice') parsed = readCii(root);
  else if (root.ns === ZUGFERD_1)
    throw refuseEInvoice(
      'unsupported_media_type',
      'ZUGFeRD 1.0 e-invoices ({namespace}) are not supported: ask the supplier for Factur-X or ZUGFeRD 2 (EN 16931)',
      { namespace: ZUGFERD_1 },
      root.qname,
    );
  else
    throw refuseEInvoice(
      'unsupported_media_type',
      'Not a supported e-invoice: the root element is {root}; expected a UBL 2.1 Invoice or CreditNote or a CII D16B CrossIndustryInvoice',
      { root: root.ns ? `{${root.ns}}${root.local}` : root.local },
      root.qname,
    );
  // UBL names EN 16931 in its CustomizationID; CII documents also carry Factur-X / ZUGFeRD 2 guideline
  // ids of their own (`urn:factur-x.eu:1p0:basic`, `urn:ferd:…:comfort`), whose syntax is still D16B.
  if (parsed.syntax !== 'cii' && !parsed.specification.startsWith(EN16931))
    throw refuseEInvoice(
      'validation_failed',
      'Not an EN 16931 e-invoice: {element} is {value}',
      { element: `${root.qname}/cbc:CustomizationID`, value: parsed.specification.slice(0, 120) },
      `${root.qname}/cbc:CustomizationID`,
    );
  checkParsedInvoice(parsed);
  return parsed;
}
