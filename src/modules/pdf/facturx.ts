import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fieldError } from '../../shared/errors.js';
import type { PdfFacturx, PdfFacturxProfile } from './pdf.types.js';

/*
 * Factur-X 1.0 (= ZUGFeRD 2.x): the invoice PDF as a PDF/A-3b file that carries the CII XML of the
 * same invoice as `factur-x.xml`, associated with the document (catalog /AF), and says so in its XMP
 * metadata (Factur-X extension schema). PDFKit 0.20 does the PDF/A part with `subset: 'PDF/A-3b'`
 * (pdfaid in the XMP, sRGB output intent); what it lacks is added here (see `pdfaInfoXmp`).
 */

/** The name of the embedded XML, fixed by the Factur-X specification (and written in the XMP). */
export const FACTURX_FILENAME = 'factur-x.xml';
/** fx:Version: the version of the Factur-X XMP schema, "1.0" for every Factur-X 1.0.x release. */
export const FACTURX_VERSION = '1.0';
export const FACTURX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

/**
 * The XML's relationship to the PDF (/AFRelationship), Factur-X 1.0 § 6.2.2 (ZUGFeRD 2.x Technical
 * Supplement Part A § 2.2.2): MINIMUM and BASIC WL are not invoices, only data that helps to process
 * the PDF, and must say `Data`; from BASIC up the XML is the whole invoice in another form, an
 * `Alternative` representation of the PDF (the value the German side requires, where the XML is the
 * invoice that counts, and what Mustang writes; akretion's factur-x also accepts `Data`/`Source`).
 */
export const FACTURX_RELATIONSHIP: Record<PdfFacturxProfile, 'Data' | 'Alternative'> = {
  MINIMUM: 'Data',
  'BASIC WL': 'Data',
  BASIC: 'Alternative',
  'EN 16931': 'Alternative',
  EXTENDED: 'Alternative',
};

const PROFILES = Object.keys(FACTURX_RELATIONSHIP) as PdfFacturxProfile[];

/**
 * The specification identifier (BT-24, GuidelineSpecifiedDocumentContextParameter) each profile's
 * XML carries (the Factur-X 1.0 profile identifiers): the XMP's ConformanceLevel names the XML's profile.
 */
export const FACTURX_GUIDELINES: Record<PdfFacturxProfile, string> = {
  MINIMUM: 'urn:factur-x.eu:1p0:minimum',
  'BASIC WL': 'urn:factur-x.eu:1p0:basicwl',
  BASIC: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
  'EN 16931': 'urn:cen.eu:en16931:2017',
  EXTENDED: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
};

const ciiReader = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false });

/**
 * Refuses what would make a Factur-X file that lies: no XML, XML that is not well-formed, or not a
 * CII invoice (`rsm:CrossIndustryInvoice`), a profile the XML does not declare (BT-24). The rest of
 * the XML's content is the CII generator's business: it is embedded byte for byte.
 */
export function checkFacturx(fx: PdfFacturx): void {
  if (!PROFILES.includes(fx.profile)) {
    throw fieldError('facturx/profile', `Unknown Factur-X profile: ${String(fx.profile)}`);
  }
  if ((fx.documentType ?? 'INVOICE') !== 'INVOICE') {
    throw fieldError('facturx/documentType', 'A Factur-X document is an INVOICE');
  }
  if (typeof fx.xml !== 'string' || fx.xml.trim() === '') {
    throw fieldError('facturx/xml', 'The Factur-X XML is empty');
  }
  const valid = XMLValidator.validate(fx.xml);
  if (valid !== true) {
    throw fieldError(
      'facturx/xml',
      `The Factur-X XML is not well-formed (line ${valid.err.line}: ${valid.err.msg})`,
    );
  }
  const invoice = (ciiReader.parse(fx.xml) as Record<string, unknown>).CrossIndustryInvoice as
    | { ExchangedDocumentContext?: { GuidelineSpecifiedDocumentContextParameter?: { ID?: unknown } } }
    | undefined;
  if (invoice === undefined) {
    throw fieldError('facturx/xml', 'The Factur-X XML is not a CII invoice (rsm:CrossIndustryInvoice)');
  }
  const guideline = invoice?.ExchangedDocumentContext?.GuidelineSpecifiedDocumentContextParameter?.ID;
  if (typeof guideline !== 'string' || guideline.trim() !== FACTURX_GUIDELINES[fx.profile]) {
    throw fieldError(
      'facturx/profile',
      `The Factur-X XML does not declare the ${fx.profile} profile (BT-24 is ${String(guideline ?? 'missing')}, not ${FACTURX_GUIDELINES[fx.profile]})`,
    );
  }
}

/** Text for an XMP element or attribute. */
export const xmlText = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** XMP dates are ISO 8601; the same instant as the Info dictionary's `D:` dates. */
const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/**
 * The XMP of the document information, in the place of PDFKit's own (its `_addInfo`), which writes
 * the values without escaping them (a seller "Dupont & Fils" makes the XMP ill-formed XML) and leaves
 * out xmp:ModifyDate while the Info dictionary has a ModDate: PDF/A (ISO 19005-3 § 6.6.2.3, after
 * 19005-1 § 6.7.3) wants every Info entry and its XMP counterpart to say the same.
 */
export function pdfaInfoXmp(info: PDFKit.DocumentInfo): string {
  const created = info.CreationDate ?? new Date(0);
  const modified = info.ModDate ?? created;
  const dc: string[] = ['<dc:format>application/pdf</dc:format>'];
  if (info.Title) {
    dc.push(
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.Title)}</rdf:li></rdf:Alt></dc:title>`,
    );
  }
  if (info.Author)
    dc.push(`<dc:creator><rdf:Seq><rdf:li>${xmlText(info.Author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (info.Subject) {
    dc.push(
      `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.Subject)}</rdf:li></rdf:Alt></dc:description>`,
    );
  }
  const pdf = [`<pdf:Producer>${xmlText(info.Producer ?? '')}</pdf:Producer>`];
  if (info.Keywords) pdf.push(`<pdf:Keywords>${xmlText(info.Keywords)}</pdf:Keywords>`);
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmpDate(created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(modified)}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xmlText(info.Creator ?? '')}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dc,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...pdf,
    '</rdf:Description>',
  ].join('\n');
}

const FX_PROPERTIES: readonly [name: string, description: string][] = [
  ['DocumentFileName', 'The name of the embedded XML invoice file'],
  ['DocumentType', 'The type of the hybrid document: INVOICE'],
  ['Version', 'The version of the Factur-X XMP schema'],
  ['ConformanceLevel', 'The Factur-X profile of the embedded XML'],
];

/**
 * The Factur-X properties, and the PDF/A extension schema that describes them: PDF/A (ISO 19005-3
 * § 6.6.2.3.1) allows XMP properties outside its predefined schemas only when the file describes them.
 */
export function facturxXmp(fx: PdfFacturx): string {
  const properties = FX_PROPERTIES.map(
    ([name, description]) =>
      '<rdf:li rdf:parseType="Resource">' +
      `<pdfaProperty:name>${name}</pdfaProperty:name>` +
      '<pdfaProperty:valueType>Text</pdfaProperty:valueType>' +
      '<pdfaProperty:category>external</pdfaProperty:category>' +
      `<pdfaProperty:description>${description}</pdfaProperty:description>` +
      '</rdf:li>',
  );
  return [
    `<rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}">`,
    `<fx:DocumentType>${fx.documentType ?? 'INVOICE'}</fx:DocumentType>`,
    `<fx:DocumentFileName>${FACTURX_FILENAME}</fx:DocumentFileName>`,
    `<fx:Version>${FACTURX_VERSION}</fx:Version>`,
    `<fx:ConformanceLevel>${xmlText(fx.profile)}</fx:ConformanceLevel>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about=""',
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>',
    `<pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>`,
    '<pdfaSchema:prefix>fx</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq>',
    ...properties,
    '</rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
  ].join('\n');
}

/** What PDFKit's document exposes and its typings leave out. */
interface PdfkitInternals {
  /** Called by `end()` to write the Info entries into the XMP (MetadataMixin). */
  _addInfo(): void;
  info: PDFKit.DocumentInfo;
}

/** The options of `doc.file()` that PDFKit reads and its typings leave out. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & { relationship: string };

/**
 * Turns a document opened with `subset: 'PDF/A-3b'` into a Factur-X file: call it before `end()`.
 * Dates are the document's own (its Info CreationDate), so the same invoice gives the same bytes.
 */
export function makeFacturx(doc: PDFKit.PDFDocument, fx: PdfFacturx): void {
  const internals = doc as unknown as PdfkitInternals;
  const date = internals.info.CreationDate ?? new Date(0);
  const options: AttachmentOptions = {
    name: FACTURX_FILENAME,
    type: 'text/xml',
    description: `Factur-X invoice (${fx.profile})`,
    relationship: FACTURX_RELATIONSHIP[fx.profile],
    // PDF/A-3 § 6.8: the embedded file's modification date (Params /ModDate).
    creationDate: date,
    modifiedDate: date,
  };
  doc.file(Buffer.from(fx.xml, 'utf8'), options);
  doc.appendXML(facturxXmp(fx));
  internals._addInfo = () => doc.appendXML(pdfaInfoXmp(internals.info));
}
