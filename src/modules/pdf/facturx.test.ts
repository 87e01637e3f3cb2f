import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../../test/helpers/pdf.js';
import { pdfObjects, refOf, refsOf } from '../../../test/helpers/pdf-objects.js';
import { AppError } from '../../shared/errors.js';
import { renderDocumentPdf, renderDocumentPdfSync } from './index.js';
import { sampleDocument } from './pdf.fixtures.js';
import type { PdfDocumentInput, PdfFacturx } from './pdf.types.js';
import { renderDocumentPdfReport } from './render.js';

// The Factur-X PDF read back as a reader does: pdfjs for attachments, metadata and text, and the
// file's own objects (test/helpers/pdf-objects.ts) for the PDF/A structure pdfjs does not expose.

/** A small CII invoice: what matters here is that it comes out byte for byte (UTF-8, accents, €). */
const CII = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>F-2026-00042</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20260112</udt:DateTimeString></ram:IssueDateTime>
    <ram:IncludedNote><ram:Content>Brasserie Łukasz &amp; Söhne — 33 305,70 €</ram:Content></ram:IncludedNote>
  </rsm:ExchangedDocument>
</rsm:CrossIndustryInvoice>
`;

const EN16931: PdfFacturx = { xml: CII, profile: 'EN 16931' };

/** The sample invoice, its seller's legal name with characters that XML must escape. */
const invoice = (over: Partial<PdfDocumentInput> = {}): PdfDocumentInput => {
  const doc = sampleDocument({ lines: 9 });
  return { ...doc, seller: { ...doc.seller, legalName: 'Dupont & Fils <SRL>' }, ...over };
};

async function read(pdf: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const attachments = (await doc.getAttachments()) as Record<
      string,
      { filename: string; content: Uint8Array; description: string }
    > | null;
    const { info, metadata } = await doc.getMetadata();
    return { attachments, info: info as Record<string, string>, metadata };
  } finally {
    await doc.destroy();
  }
}

/** The XMP packet, as stored (uncompressed, UTF-8), and the catalog's text. */
function structure(pdf: Uint8Array) {
  const objects = pdfObjects(pdf);
  const rootRef = refOf(objects.trailer, 'Root');
  if (!rootRef) throw new Error('no /Root');
  const catalog = objects.object(rootRef).body;
  const metadataRef = refOf(catalog, 'Metadata');
  const xmp = metadataRef ? (objects.object(metadataRef).stream?.toString('utf8') ?? null) : null;
  return { objects, catalog, xmp };
}

describe('Factur-X PDF (PDF/A-3b with the CII XML)', () => {
  it('embeds the CII XML as factur-x.xml, byte for byte, rendered in a worker thread', async () => {
    const pdf = await renderDocumentPdf(invoice(), { facturx: EN16931 });
    const { attachments } = await read(pdf);
    expect(Object.keys(attachments ?? {})).toEqual(['factur-x.xml']);
    const file = attachments?.['factur-x.xml'];
    expect(Buffer.from(file?.content ?? []).equals(Buffer.from(CII, 'utf8'))).toBe(true);
    expect(file?.description).toBe('Factur-X invoice (EN 16931)');
  });

  it('associates the XML with the document as its Alternative representation (catalog /AF), text/xml, dated', () => {
    const pdf = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    const { objects, catalog } = structure(pdf);
    const af = refsOf(catalog, 'AF');
    expect(af).toHaveLength(1);
    const filespec = objects.object(af?.[0] as number).body;
    expect(filespec).toMatch(/\/Type \/Filespec/);
    expect(filespec).toMatch(/\/AFRelationship \/Alternative\b/);
    expect(filespec).toMatch(/\/F \(factur-x\.xml\)/);
    expect(filespec).toMatch(/\/UF \(factur-x\.xml\)/);
    // The same file specification is the one in the EmbeddedFiles name tree (what viewers list).
    const names = objects.object(refOf(catalog, 'Names') as number).body;
    expect(names).toMatch(new RegExp(`/EmbeddedFiles[\\s\\S]*\\(factur-x\\.xml\\) ${af?.[0]} 0 R`));
    const ef = /\/EF\s*<<\s*\/F (\d+) 0 R/.exec(filespec);
    const embedded = objects.object(Number(ef?.[1]));
    expect(embedded.body).toMatch(/\/Type \/EmbeddedFile/);
    expect(embedded.body).toMatch(/\/Subtype \/text#2Fxml/i);
    // PDF/A-3 § 6.8: the embedded file's modification date; the invoice's issue date, like CreationDate.
    expect(embedded.body).toMatch(/\/Params\s*<<[^>]*\/ModDate \(D:20260112000000Z\)/);
    expect(embedded.body).toMatch(`/Size ${Buffer.byteLength(CII)}`);
    expect(embedded.stream?.toString('utf8')).toBe(CII);
    const checksum = /\/CheckSum \((\w+)\)/.exec(embedded.body)?.[1];
    expect(checksum).toBe(createHash('md5').update(CII).digest('hex'));
  });

  it('says MINIMUM data is Data, not an alternative invoice (Factur-X § 6.2.2)', () => {
    const xml = CII.replace(
      '<ram:ID>urn:cen.eu:en16931:2017</ram:ID>',
      '<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>',
    );
    const pdf = renderDocumentPdfSync(invoice(), { facturx: { xml, profile: 'MINIMUM' } });
    const { objects, catalog } = structure(pdf);
    const filespec = objects.object(refsOf(catalog, 'AF')?.[0] as number).body;
    expect(filespec).toMatch(/\/AFRelationship \/Data\b/);
  });

  it('declares PDF/A-3b and the Factur-X EN 16931 properties, with their extension schema, in well-formed XMP', async () => {
    const pdf = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    const { metadata } = await read(pdf);
    expect(metadata?.get('pdfaid:part')).toBe('3');
    expect(metadata?.get('pdfaid:conformance')).toBe('B');
    expect(metadata?.get('fx:documenttype')).toBe('INVOICE');
    expect(metadata?.get('fx:documentfilename')).toBe('factur-x.xml');
    expect(metadata?.get('fx:version')).toBe('1.0');
    expect(metadata?.get('fx:conformancelevel')).toBe('EN 16931');

    const { xmp } = structure(pdf);
    expect(xmp).not.toBeNull();
    const packet = (xmp as string).replace(/^\uFEFF/, '');
    expect(XMLValidator.validate(packet)).toBe(true);
    expect(packet).toContain('xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'rdf:li' }).parse(
      packet,
    );
    const descriptions = parsed['x:xmpmeta']['rdf:RDF']['rdf:Description'] as Record<string, unknown>[];
    const extension = descriptions.find((d) => 'pdfaExtension:schemas' in d) as {
      'pdfaExtension:schemas': { 'rdf:Bag': { 'rdf:li': Record<string, unknown>[] } };
    };
    const schema = extension['pdfaExtension:schemas']['rdf:Bag']['rdf:li'][0] as Record<string, unknown>;
    expect(schema['pdfaSchema:namespaceURI']).toBe('urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#');
    expect(schema['pdfaSchema:prefix']).toBe('fx');
    const properties = (
      schema['pdfaSchema:property'] as { 'rdf:Seq': { 'rdf:li': Record<string, string>[] } }
    )['rdf:Seq']['rdf:li'];
    expect(properties.map((p) => [p['pdfaProperty:name'], p['pdfaProperty:valueType']]).sort()).toEqual([
      ['ConformanceLevel', 'Text'],
      ['DocumentFileName', 'Text'],
      ['DocumentType', 'Text'],
      ['Version', 'Text'],
    ]);
    expect(properties.every((p) => p['pdfaProperty:category'] === 'external')).toBe(true);
  });

  it('says the same in the Info dictionary and the XMP: title, author (escaped), producer, dates', async () => {
    const pdf = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    const { info, metadata } = await read(pdf);
    expect(info.Author).toBe('Dupont & Fils <SRL>');
    expect(metadata?.get('dc:creator')).toEqual([info.Author]);
    expect(metadata?.get('dc:title')).toBe(info.Title);
    expect(metadata?.get('dc:description')).toBe(info.Subject);
    expect(metadata?.get('pdf:producer')).toBe(info.Producer);
    expect(metadata?.get('xmp:creatortool')).toBe(info.Creator);
    expect(info.CreationDate).toBe('D:20260112000000Z');
    expect(info.ModDate).toBe('D:20260112000000Z');
    expect(metadata?.get('xmp:createdate')).toBe('2026-01-12T00:00:00Z');
    expect(metadata?.get('xmp:modifydate')).toBe('2026-01-12T00:00:00Z');
  });

  it('has what PDF/A asks of the file: binary header comment, trailer /ID, sRGB output intent, embedded fonts', () => {
    const pdf = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    expect(pdf.subarray(0, 14).toString('latin1')).toBe('%PDF-1.7\n%\xFF\xFF\xFF\xFF');
    const { objects, catalog } = structure(pdf);
    expect(objects.trailer).toMatch(/\/ID \[<([0-9a-f]{32})> <\1>\]/);
    expect(objects.trailer).not.toMatch(/\/Encrypt/);
    const intents = refsOf(catalog, 'OutputIntents');
    expect(intents).toHaveLength(1);
    const intent = objects.object(intents?.[0] as number).body;
    expect(intent).toMatch(/\/S \/GTS_PDFA1/);
    expect(intent).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
    const profile = objects.object(refOf(intent, 'DestOutputProfile') as number);
    expect(profile.body).toMatch(/\/N 3/);
    // An ICC profile: 'acsp' at byte 36, an RGB device profile.
    expect(profile.stream?.toString('latin1', 36, 40)).toBe('acsp');
    expect(profile.stream?.toString('latin1', 16, 20)).toBe('RGB ');
    // Every font is a Type 0 font over an embedded TrueType subset (no standard 14 font referenced).
    const fonts: string[] = [];
    for (let n = 1; n < objects.count; n++) {
      const body = objects.object(n).body;
      if (/\/Type \/Font\b/.test(body) && /\/Subtype \/(\w+)/.exec(body)?.[1] !== 'CIDFontType2')
        fonts.push(body);
      if (/\/Type \/FontDescriptor/.test(body)) expect(body).toMatch(/\/FontFile2 \d+ 0 R/);
    }
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\/Subtype \/Type0/);
  });

  it('shows the same invoice as the plain PDF', async () => {
    const input = invoice();
    const [plain, facturx] = await Promise.all([
      pdfPages(renderDocumentPdfSync(input)),
      pdfPages(renderDocumentPdfSync(input, { facturx: EN16931 })),
    ]);
    expect(facturx).toEqual(plain);
    expect(facturx.join('\n')).toContain('F-2026-00042');
    expect(facturx.join('\n')).toMatch(/33\s305,70\s€/u);
  });

  it('gives the same bytes for the same invoice and XML', () => {
    const a = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    const b = renderDocumentPdfSync(invoice(), { facturx: EN16931 });
    expect(a.equals(b)).toBe(true);
  });

  it('leaves a CMYK JPEG logo out of a PDF/A file (sRGB output intent), and reports it', async () => {
    const cmyk = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#1F4E79' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const input = invoice({ logo: { data: cmyk, mime: 'image/jpeg' } });
    const fx = renderDocumentPdfReport(input, { facturx: EN16931 });
    expect(fx.warnings).toEqual(['logo left out: a CMYK image cannot go into a PDF/A file']);
    expect(fx.pdf.includes('/DeviceCMYK')).toBe(false);
    const plain = renderDocumentPdfReport(input);
    expect(plain.warnings).toEqual([]);
    expect(plain.pdf.includes('/DeviceCMYK')).toBe(true);
  });

  it('reports characters the fonts lack, which would break PDF/A (.notdef), and none for Latin text', () => {
    const latin = renderDocumentPdfReport(invoice(), { facturx: EN16931 });
    expect(latin.warnings).toEqual([]);
    const buyer = { ...invoice().buyer, name: '株式会社 Łukasz' };
    const cjk = renderDocumentPdfReport(invoice({ buyer }), { facturx: EN16931 });
    expect(cjk.warnings).toEqual([
      'characters the fonts lack, drawn as .notdef (not PDF/A-conformant): U+682A U+5F0F U+4F1A U+793E',
    ]);
    // The plain PDF does not look for them (no conformance at stake, no cost).
    expect(renderDocumentPdfReport(invoice({ buyer })).warnings).toEqual([]);
  });

  it.each([
    ['an empty XML', { xml: '  ', profile: 'EN 16931' }, 'facturx/xml', /empty/],
    [
      'XML that is not well-formed',
      { xml: '<rsm:CrossIndustryInvoice>', profile: 'EN 16931' },
      'facturx/xml',
      /not well-formed/,
    ],
    [
      'XML that is not a CII invoice',
      {
        xml: '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
        profile: 'EN 16931',
      },
      'facturx/xml',
      /not a CII invoice/,
    ],
    ['an unknown profile', { xml: CII, profile: 'COMFORT' }, 'facturx/profile', /Unknown Factur-X profile/],
    [
      'a profile the XML does not declare (BT-24)',
      { xml: CII, profile: 'EXTENDED' },
      'facturx/profile',
      /does not declare the EXTENDED profile \(BT-24 is urn:cen\.eu:en16931:2017/,
    ],
    [
      'a CII without its specification identifier',
      {
        xml: CII.replace(/<rsm:ExchangedDocumentContext>[\s\S]*<\/rsm:ExchangedDocumentContext>/, ''),
        profile: 'EN 16931',
      },
      'facturx/profile',
      /BT-24 is missing/,
    ],
  ])('refuses %s with the field at fault', async (_, facturx, path, message) => {
    const rendering = renderDocumentPdf(invoice(), { facturx: facturx as PdfFacturx });
    await expect(rendering).rejects.toBeInstanceOf(AppError);
    await expect(rendering).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path }] });
    await expect(rendering).rejects.toThrow(message);
  });
});

describe('the plain PDF', () => {
  it('is neither PDF/A nor carries an attachment, and is the same without the option as with it null', async () => {
    const input = invoice();
    const pdf = renderDocumentPdfSync(input);
    expect(renderDocumentPdfSync(input, { facturx: null }).equals(pdf)).toBe(true);
    const { attachments, metadata } = await read(pdf);
    expect(attachments).toBeNull();
    expect(metadata?.get('pdfaid:part') ?? null).toBeNull();
    const { catalog, xmp } = structure(pdf);
    expect(refsOf(catalog, 'AF')).toBeNull();
    expect(refsOf(catalog, 'OutputIntents')).toBeNull();
    expect(xmp).not.toContain('factur-x');
  });
});
