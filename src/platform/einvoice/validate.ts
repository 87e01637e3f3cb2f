import { einvoiceRulesDir } from '../config.js';
import { checkEInvoiceInput, refuseEInvoice } from './input.js';
import {
  type EInvoiceRules,
  type EInvoiceSyntax,
  einvoiceRules,
  type SchematronLayer,
  safeParseOptions,
  sefFor,
} from './rules.js';
import { type Flag, readSvrl } from './svrl.js';

export type { EInvoiceSyntax, SchematronLayer } from './rules.js';
export type { Flag } from './svrl.js';

export interface EInvoiceError {
  layer: 'xsd' | SchematronLayer;
  /** The rule id (BR-CO-15, PEPPOL-EN16931-R001…); null for schema errors. */
  id: string | null;
  flag: Flag;
  text: string;
  /** XPath of the offending element (`/Invoice[1]/cac:TaxTotal[1]`) when the validator names one. */
  location: string | null;
  /** Line in the document, for schema errors. */
  line: number | null;
}

export interface EInvoiceValidation {
  syntax: EInvoiceSyntax;
  /** No fatal error in any layer run (warnings allowed). */
  valid: boolean;
  /** The layers that ran: the Schematron layers are skipped when the XSD fails. */
  checked: Array<'xsd' | SchematronLayer>;
  errors: EInvoiceError[];
}

export interface ValidateOptions {
  /** Schematron layers after the XSD; default EN 16931 only. `peppol` applies to UBL and adds the Peppol BIS 3 rules. */
  layers?: SchematronLayer[];
  /** Folder of the rules; default EINVOICE_RULES_DIR (or the shared folder beside the project). */
  rulesDir?: string | null;
}

const ROOTS: Record<string, EInvoiceSyntax> = {
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 Invoice': 'ubl-invoice',
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2 CreditNote': 'ubl-credit-note',
  'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100 CrossIndustryInvoice': 'cii',
};

/** The folder used when the caller names none: read from the environment once. */
let defaultDir: string | null | undefined;

/**
 * Validates an e-invoice the way the receiving side will: the syntax's XSD first, then, only on a
 * schema-valid document (the Schematron assumes one), the official Schematron layers on one parsed
 * copy. Every rule of the official rules is the judge; nothing is re-implemented here.
 *
 * Refused with an AppError before any validation: over 20 MB, not UTF-8, a DOCTYPE or ENTITY (XXE,
 * billion laughs), XML that is not well-formed, a root element that is no UBL Invoice / CreditNote
 * or CII D16B invoice, and a rules folder that is not configured (never a pass without rules).
 *
 * The rules are compiled once per process (rules.ts, on first use or preloadEInvoiceRules); each call
 * is then synchronous CPU work on this thread (see bench/scenarios/einvoice-validate.ts).
 */
export async function validateEInvoice(
  xml: string | Buffer,
  opts: ValidateOptions = {},
): Promise<EInvoiceValidation> {
  const text = checkEInvoiceInput(xml);
  if (opts.rulesDir === undefined)
    defaultDir ??= einvoiceRulesDir(process.env.EINVOICE_RULES_DIR || undefined);
  const rules = await einvoiceRules(opts.rulesDir === undefined ? (defaultDir ?? null) : opts.rulesDir);
  const layers = [...new Set<SchematronLayer>(opts.layers ?? ['en16931'])];

  const { syntax, errors } = schemaCheck(rules, text);
  for (const layer of layers)
    if (!sefFor(layer, syntax))
      throw refuseEInvoice(
        'validation_failed',
        'The {layer} rules do not apply to a {syntax} document',
        { layer, syntax },
        'layers',
      );
  const checked: EInvoiceValidation['checked'] = ['xsd'];
  if (errors.length === 0) {
    const source = rules.saxon.getPlatform().parseXmlFromString(text);
    for (const layer of layers) {
      const sef = rules.sef(sefFor(layer, syntax) ?? 'en16931-ubl');
      const svrl = rules.saxon.transform(
        { stylesheetInternal: sef, sourceNode: source, destination: 'document' },
        'sync',
      );
      const report = readSvrl(svrl.principalResult);
      checked.push(layer);
      for (const f of report.findings) errors.push({ layer, ...f, line: null });
      // No rule context matched: the rules did not recognise the document, which is not a pass.
      if (report.firedRules === 0)
        errors.push({
          layer,
          id: null,
          flag: 'fatal',
          text: `The ${layer} rules did not recognise this document (no rule applied)`,
          location: null,
          line: null,
        });
    }
  }
  return { syntax, valid: !errors.some((e) => e.flag === 'fatal'), checked, errors };
}

/** Parses with libxml2 (no network, no entities), tells the syntax from the root, validates against its XSD. */
function schemaCheck(
  rules: EInvoiceRules,
  text: string,
): { syntax: EInvoiceSyntax; errors: EInvoiceError[] } {
  const lib = rules.libxml;
  let doc: InstanceType<typeof lib.XmlDocument>;
  try {
    doc = lib.XmlDocument.fromString(text, { option: safeParseOptions(lib) });
  } catch (e) {
    const detail = e instanceof lib.XmlLibError ? e.details[0] : undefined;
    throw refuseEInvoice(
      'validation_failed',
      'The e-invoice is not well-formed XML (line {line}): {reason}',
      {
        line: detail?.line ?? 0,
        reason: (detail?.message ?? String(e)).trim(),
      },
    );
  }
  try {
    const root = doc.root;
    const syntax = ROOTS[`${root.namespaceUri} ${root.name}`];
    if (!syntax) {
      const name = root.namespaceUri ? `{${root.namespaceUri}}${root.name}` : root.name;
      throw refuseEInvoice(
        'unsupported_media_type',
        'Not a supported e-invoice: the root element is {root}; expected a UBL 2.1 Invoice or CreditNote or a CII D16B CrossIndustryInvoice',
        { root: name },
      );
    }
    const errors: EInvoiceError[] = [];
    try {
      rules.xsd(syntax).validate(doc);
    } catch (e) {
      if (!(e instanceof lib.XmlValidateError)) throw e;
      for (const d of e.details)
        errors.push({
          layer: 'xsd',
          id: null,
          flag: d.level === 1 ? 'warning' : 'fatal',
          text: d.message.trim(),
          location: d.xpath ?? null,
          line: d.line || null,
        });
    }
    return { syntax, errors };
  } finally {
    doc.dispose();
  }
}
