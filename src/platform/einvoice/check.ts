import { refuseEInvoice } from './input.js';
import {
  type EInvoiceRules,
  type EInvoiceSyntax,
  type LayerRules,
  layerRules,
  type SchematronLayer,
  safeParseOptions,
  type XsdName,
} from './rules.js';
import { type Flag, readSvrl } from './svrl.js';

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
  /**
   * The layers whose Schematron ran: none after a schema error (the Schematron assumes a schema-valid
   * document), be it the syntax's XSD (`xsd`) or a layer's own (the Factur-X XSD, reported as `facturx`).
   */
  checked: Array<'xsd' | SchematronLayer>;
  errors: EInvoiceError[];
}

const ROOTS: Record<string, EInvoiceSyntax> = {
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 Invoice': 'ubl-invoice',
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2 CreditNote': 'ubl-credit-note',
  'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100 CrossIndustryInvoice': 'cii',
};

/**
 * One validation on the calling thread (a worker of pool.ts): the syntax's XSD and the layers' own
 * XSDs on one libxml2 parse, then, on a schema-valid document, each layer's Schematron on one SaxonJS
 * parse (the stylesheets read it as it is: no serialisation between layers). `text` has passed
 * checkEInvoiceInput.
 */
export function checkEInvoice(
  rules: EInvoiceRules,
  text: string,
  layers: readonly SchematronLayer[],
): EInvoiceValidation {
  const { syntax, plan, errors } = schemaCheck(rules, text, layers);
  const checked: EInvoiceValidation['checked'] = ['xsd'];
  if (errors.length === 0) {
    const source = rules.saxon.getPlatform().parseXmlFromString(text);
    for (const [layer, { schematron }] of plan) {
      const { sef, baseUri } = rules.stylesheet(schematron);
      const svrl = rules.saxon.transform(
        { stylesheetInternal: sef, stylesheetBaseURI: baseUri, sourceNode: source, destination: 'document' },
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

/** Parses with libxml2 (no network, no entities), tells the syntax from the root, validates against the XSDs. */
function schemaCheck(
  rules: EInvoiceRules,
  text: string,
  layers: readonly SchematronLayer[],
): { syntax: EInvoiceSyntax; plan: Array<[SchematronLayer, LayerRules]>; errors: EInvoiceError[] } {
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
    const plan: Array<[SchematronLayer, LayerRules]> = [];
    for (const layer of layers) {
      const applies = layerRules(layer, syntax);
      if (!applies)
        throw refuseEInvoice(
          'validation_failed',
          'The {layer} rules do not apply to a {syntax} document',
          { layer, syntax },
          'layers',
        );
      plan.push([layer, applies]);
    }
    const errors: EInvoiceError[] = [];
    const schemas: Array<['xsd' | SchematronLayer, XsdName]> = [['xsd', syntax]];
    for (const [layer, { xsd }] of plan) if (xsd) schemas.push([layer, xsd]);
    for (const [layer, xsd] of schemas) {
      try {
        rules.xsd(xsd).validate(doc);
      } catch (e) {
        if (!(e instanceof lib.XmlValidateError)) throw e;
        for (const d of e.details)
          errors.push({
            layer,
            id: null,
            flag: d.level === 1 ? 'warning' : 'fatal',
            text: d.message.trim(),
            location: d.xpath ?? null,
            line: d.line || null,
          });
      }
      // The syntax's own schema first: a document it refuses is not checked against a profile's.
      if (errors.length > 0) break;
    }
    return { syntax, plan, errors };
  } finally {
    doc.dispose();
  }
}
