import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as libxml from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { MAX_EINVOICE_BYTES } from '../../src/platform/einvoice/input.js';
import { type ParsedInvoice, parseEInvoice } from '../../src/platform/einvoice/parse/index.js';
import { extractEmbeddedXml } from '../../src/platform/einvoice/parse/pdf.js';
import { safeParseOptions } from '../../src/platform/einvoice/rules.js';
import { AppError } from '../../src/shared/errors.js';
import { MESSAGES } from '../../src/shared/messages.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';

/*
 * The reader against the examples in ../shared/conformance/einvoice/examples (read in place, never
 * copied). Each valid example's totals and line count are read a second time with another parser
 * (libxml2 XPath) and must equal what parseEInvoice returns.
 */
const noRules = withoutRules(import.meta.url);
const examples = rulesDir ? join(rulesDir, 'examples') : '';
const example = (path: string) => readFileSync(join(examples, path));

interface Row {
  file: string;
  root: string;
  en16931: string;
  note: string;
}

function rows(): Row[] {
  if (!rulesDir) return [];
  return readFileSync(join(examples, 'EXPECTED.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file = '', root = '', , , en16931 = '', , , note = ''] = line.split('\t');
      return { file: file.replace(/^einvoice\/examples\//, ''), root, en16931, note };
    });
}

/** A valid EN 16931 invoice per EXPECTED.tsv: the official EN 16931 Schematron passed it. */
const isValid = (r: Row) => r.en16931.startsWith('pass');

const NS = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
};

interface OwnFigures {
  lines: number;
  payable: string;
  taxInclusive: string;
  vatTotal: string | null;
  groups: Array<{ category: string; taxable: string; tax: string }>;
}

/** The document's own figures, read with libxml2 XPath (independent of the reader under test). */
function ownFigures(xml: Buffer): OwnFigures {
  const doc = libxml.XmlDocument.fromBuffer(new Uint8Array(xml), { option: safeParseOptions(libxml) });
  try {
    const one = (xpath: string) => doc.get(xpath, NS)?.content.trim() ?? null;
    const all = (xpath: string) => doc.find(xpath, NS);
    if (doc.root.name === 'CrossIndustryInvoice') {
      const s =
        '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement';
      const sum = `${s}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
      return {
        lines: all(
          '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem',
        ).length,
        payable: one(`${sum}/ram:DuePayableAmount`) ?? '',
        taxInclusive: one(`${sum}/ram:GrandTotalAmount`) ?? '',
        vatTotal: one(
          `${sum}/ram:TaxTotalAmount[not(@currencyID) or @currencyID = ${s}/ram:InvoiceCurrencyCode]`,
        ),
        groups: all(`${s}/ram:ApplicableTradeTax`).map((g) => ({
          category: g.get('ram:CategoryCode', NS)?.content.trim() ?? '',
          taxable: g.get('ram:BasisAmount', NS)?.content.trim() ?? '',
          tax: g.get('ram:CalculatedAmount', NS)?.content.trim() ?? '',
        })),
      };
    }
    return {
      lines: all('/*/cac:InvoiceLine | /*/cac:CreditNoteLine').length,
      payable: one('/*/cac:LegalMonetaryTotal/cbc:PayableAmount') ?? '',
      taxInclusive: one('/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount') ?? '',
      vatTotal: one('/*/cac:TaxTotal[cac:TaxSubtotal]/cbc:TaxAmount'),
      groups: all('/*/cac:TaxTotal/cac:TaxSubtotal').map((g) => ({
        category: g.get('cac:TaxCategory/cbc:ID', NS)?.content.trim() ?? '',
        taxable: g.get('cbc:TaxableAmount', NS)?.content.trim() ?? '',
        tax: g.get('cbc:TaxAmount', NS)?.content.trim() ?? '',
      })),
    };
  } finally {
    doc.dispose();
  }
}

function expectOwnFigures(parsed: ParsedInvoice, own: OwnFigures) {
  expect(parsed.lines).toHaveLength(own.lines);
  expect(own.lines).toBeGreaterThan(0);
  expect(parsed.totals.payable).toBe(own.payable);
  expect(parsed.totals.taxInclusive).toBe(own.taxInclusive);
  expect(parsed.totals.vatTotal).toBe(own.vatTotal);
  expect(
    parsed.vatBreakdown.map((g) => ({ category: g.category, taxable: g.taxableAmount, tax: g.taxAmount })),
  ).toEqual(own.groups);
}

/** The refusal of `input`, checked to be a catalogued message (answered in the user's language). */
async function refusal(input: Buffer | string): Promise<AppError> {
  try {
    await parseEInvoice(typeof input === 'string' ? Buffer.from(input) : input);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(MESSAGES[e.template], e.template).toBeDefined();
    return e;
  }
  throw new Error('the e-invoice was not refused');
}

const text = (path: string) => example(path).toString('utf8');
const BASE = 'ubl/peppol-bis3/base-example.xml';
/** base-example.xml with each `[from, to]` replaced once (each `from` must occur). */
function baseWith(...edits: Array<[string | RegExp, string]>): string {
  let xml = text(BASE);
  for (const [from, to] of edits) {
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`no ${from} in ${BASE}`);
    xml = next;
  }
  return xml;
}

describe.skipIf(noRules)('parseEInvoice', () => {
  const all = rows();
  const validXml = all.filter((r) => isValid(r) && /\.xml$/i.test(r.file));
  const pdfs = all.filter((r) => r.file.startsWith('pdf/'));

  it('covers the examples of EXPECTED.tsv', () => {
    expect(validXml.length).toBeGreaterThanOrEqual(50);
    expect(pdfs.length).toBe(10);
  });

  describe('every valid XML example parses, with the totals and lines the document states', () => {
    it.each(validXml.map((r) => [r.file, r] as const))('%s', async (_file, r) => {
      const xml = example(r.file);
      const parsed = await parseEInvoice(xml);
      expect(parsed.syntax).toBe(
        r.root === 'CrossIndustryInvoice'
          ? 'cii'
          : r.root === 'CreditNote'
            ? 'ubl-credit-note'
            : 'ubl-invoice',
      );
      expect(parsed.pdfAttachment).toBeNull();
      expectOwnFigures(parsed, ownFigures(xml));
    });
  });

  describe('every Factur-X PDF with an embedded EN 16931 invoice yields it', () => {
    const withXml = pdfs.filter(isValid);
    it('has seven such PDFs', () => expect(withXml).toHaveLength(7));
    it.each(withXml.map((r) => [r.file, r] as const))('%s', async (_file, r) => {
      const pdf = example(r.file);
      const parsed = await parseEInvoice(pdf);
      expect(parsed.syntax).toBe('cii');
      // Where a PDF carries both, factur-x.xml wins over the older ZUGFeRD-invoice.xml.
      expect(parsed.pdfAttachment).toBe('factur-x.xml');
      const { xml } = await extractEmbeddedXml(pdf);
      expect(xml.toString('utf8')).toContain('CrossIndustryInvoice');
      expectOwnFigures(parsed, ownFigures(xml));
    });
  });

  it('reads the same invoice from a Factur-X PDF as from its XML (invoice_EN16931.pdf)', async () => {
    const fromPdf = await parseEInvoice(example('pdf/facturx/invoice_EN16931.pdf'));
    const fromXml = await parseEInvoice(example('cii/facturx/factur-x-en16931.xml'));
    expect(fromPdf.number).toBe(fromXml.number);
    expect(fromPdf.totals).toEqual(fromXml.totals);
  });

  describe('fields of named examples', () => {
    it('Peppol BIS 3 base example: seller, IBAN, payment reference, due date, charge, credit line', async () => {
      const p = await parseEInvoice(example(BASE));
      expect(p).toMatchObject({
        documentType: 'invoice',
        typeCode: '380',
        number: 'Snippet1',
        issueDate: '2017-11-13',
        dueDate: '2017-12-01',
        currency: 'EUR',
        buyerReference: '0150abc',
        seller: {
          name: 'SupplierTradingName Ltd.',
          legalName: 'SupplierOfficialName Ltd',
          vatNumber: 'GB1232434',
          endpoint: { id: '9482348239847239874', scheme: '0088' },
          address: { city: 'London', country: 'GB' },
        },
        buyer: { vatNumber: 'SE4598375937', legalRegistration: { id: '39937423947', scheme: '0183' } },
        payment: {
          meansCode: '30',
          accounts: [{ account: 'IBAN32423940', name: 'AccountName', bic: 'BIC324098' }],
          reference: 'Snippet1',
        },
        allowanceCharges: [{ kind: 'charge', amount: '25', vatCategory: 'S', vatRate: '25.0' }],
        totals: { lineTotal: '1300', chargeTotal: '25', taxExclusive: '1325', payable: '1656.25' },
      });
      expect(p.lines.map((l) => [l.id, l.quantity, l.unitCode, l.netPrice, l.netAmount])).toEqual([
        ['1', '7', 'DAY', '400', '2800'],
        ['2', '-3', 'DAY', '500', '-1500'],
      ]);
    });

    it('UBL.BE invoice: the supplier PDF embedded in it, structured payment data', async () => {
      const p = await parseEInvoice(example('ubl/ublbe/UBLBE_BE0000000196_V01-15000001.xml'));
      expect(p).toMatchObject({
        number: 'V01/15000001',
        dueDate: '2018-05-09',
        seller: { vatNumber: 'BE0000000196', legalRegistration: { id: '0000000196', scheme: '0208' } },
        payment: {
          accounts: [{ account: 'BE54000000000097', bic: 'BPOTBEB1' }],
          reference: 'Invoice 15000001',
          terms: '30 days after invoice date',
        },
      });
      const pdf = p.attachments.find((a) => a.mimeCode === 'application/pdf');
      expect(pdf?.filename).toBe('15000001.pdf');
      expect(pdf?.content?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf?.content?.length).toBeGreaterThan(100_000);
    });

    it('Factur-X EN 16931 (CII): seller, buyer, IBAN, payment reference, due date, preceding invoice', async () => {
      const p = await parseEInvoice(example('cii/facturx/factur-x-en16931.xml'));
      expect(p).toMatchObject({
        number: 'F20260023',
        issueDate: '2026-01-31',
        dueDate: '2026-03-02',
        deliveryDate: '2026-01-28',
        buyerReference: 'SERVEXEC',
        orderReference: 'PO201925478',
        precedingInvoices: [{ number: 'F20260003', issueDate: '2026-01-01' }],
        seller: {
          name: 'SELLER TRADE NAME',
          legalName: 'LE FOURNISSEUR',
          vatNumber: 'FR11123456782',
          legalRegistration: { id: '123456782', scheme: '0002' },
          contact: { email: 'seller@seller.com' },
        },
        buyer: { name: 'LE CLIENT', vatNumber: 'FR 05 987 654 321' },
        payment: {
          meansCode: '30',
          accounts: [{ account: 'FR20 1254 2547 2569 8542 5874 698', bic: 'BIC_MONCOMPTE' }],
          reference: 'F20260023BUYER',
          terms: 'PAIEMENT 30 JOURS NET',
        },
      });
      expect(p.lines[0]).toMatchObject({ id: '1', vatCategory: 'E', vatRate: '0.00', netAmount: '60.00' });
      expect(p.lines[0]?.allowanceCharges.filter((a) => a.kind === 'charge')).toHaveLength(4);
    });

    it('UBL credit note: read as a credit_note', async () => {
      const p = await parseEInvoice(example('ubl/en16931/ubl-tc434-creditnote1.xml'));
      expect(p.documentType).toBe('credit_note');
      expect(p.syntax).toBe('ubl-credit-note');
      expect(p.lines).toHaveLength(1);
    });

    it('decodes character references and predefined entities, and never expands others', async () => {
      const p = await parseEInvoice(
        Buffer.from(
          baseWith([
            '<cbc:DocumentCurrencyCode>',
            '<cbc:Note>Caf&#233; &amp; Co &lt;3&gt; <![CDATA[a&amp;b]]></cbc:Note><cbc:DocumentCurrencyCode>',
          ]),
        ),
      );
      expect(p.notes).toEqual(['Café & Co <3> a&amp;b']);
    });
  });

  describe('refusals, each naming what is wrong', () => {
    it('refuses a PDF without embedded XML, and the corrupt one, saying so', async () => {
      for (const file of ['MustangGnuaccountingBeispielRE-20201121_508blanko.pdf', 'corruptedV2PDF.pdf']) {
        const e = await refusal(example(`pdf/facturx/${file}`));
        expect(e.template).toMatch(/^The PDF carries no embedded e-invoice/);
        expect(e.message).toContain('attachments found: none');
      }
    });

    it('refuses a file that starts like a PDF but is none', async () => {
      const e = await refusal(Buffer.from('%PDF-1.7\nnot really a pdf at all'));
      expect(e.template).toBe('The file is not a readable PDF: {reason}');
    });

    it('refuses ZUGFeRD 1.0, as XML and inside its PDF', async () => {
      for (const input of [
        example('cii/facturx/zugferd-basic.xml'),
        example('pdf/facturx/zugferd_invoice.pdf'),
      ]) {
        const e = await refusal(input);
        expect(e.code).toBe('unsupported_media_type');
        expect(e.message).toContain('ZUGFeRD 1.0');
        expect(e.message).toContain('urn:ferd:CrossIndustryDocument:invoice:1p0');
      }
    });

    it('refuses a Factur-X MINIMUM document: no lines to book', async () => {
      const e = await refusal(example('cii/facturx/factur-x-minimum.xml'));
      expect(e.message).toContain('The Factur-X profile MINIMUM carries no invoice lines');
      expect(e.errors[0]?.path).toMatch(/GuidelineSpecifiedDocumentContextParameter\/ram:ID$/);
    });

    it.each([
      [
        'another root',
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>',
        '{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order',
      ],
      [
        'an Invoice in another namespace',
        '<Invoice xmlns="urn:example:invoice"><ID>1</ID></Invoice>',
        '{urn:example:invoice}Invoice',
      ],
    ])('refuses %s', async (_what, xml, root) => {
      const e = await refusal(xml);
      expect(e.code).toBe('unsupported_media_type');
      expect(e.params.root).toBe(root);
    });

    it('refuses a UBL version other than 2.x from 2.1', async () => {
      const e = await refusal(
        baseWith(['<cbc:CustomizationID>', '<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:CustomizationID>']),
      );
      expect(e.message).toBe('Unsupported UBL version 2.0 (Invoice/cbc:UBLVersionID); UBL 2.1 is expected');
    });

    it('refuses a UBL invoice of another specification than EN 16931 (Peppol BIS 2)', async () => {
      const e = await refusal(
        baseWith([
          /<cbc:CustomizationID>[^<]*</,
          '<cbc:CustomizationID>urn:www.cenbii.eu:transaction:biitrns010:ver2.0:extended:urn:www.peppol.eu:bis:peppol4a:ver2.0<',
        ]),
      );
      expect(e.message).toMatch(
        /^Not an EN 16931 e-invoice: Invoice\/cbc:CustomizationID is urn:www\.cenbii\.eu/,
      );
    });

    it('refuses an unknown currency', async () => {
      const e = await refusal(baseWith(['<cbc:DocumentCurrencyCode>EUR<', '<cbc:DocumentCurrencyCode>XEU<']));
      expect(e.code).toBe('rule_violation');
      expect(e.message).toBe('Unknown currency code XEU in Invoice/cbc:DocumentCurrencyCode (ISO 4217)');
    });

    it('refuses an unknown VAT category, naming the line', async () => {
      const xml = text(BASE);
      // The second line's category: the last ClassifiedTaxCategory of the document.
      const at = xml.lastIndexOf('<cbc:ID>S</cbc:ID>');
      const e = await refusal(`${xml.slice(0, at)}<cbc:ID>X</cbc:ID>${xml.slice(at + 18)}`);
      expect(e.message).toBe(
        'Unknown VAT category X in Invoice/cac:InvoiceLine[2]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID (UNCL5305)',
      );
      expect(e.errors[0]?.path).toBe('Invoice/cac:InvoiceLine[2]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID');
    });

    it.each<[string, string, Array<[string | RegExp, string]>, string]>([
      [
        'BR-CO-10',
        'line total ≠ Σ line nets',
        [
          [
            '<cbc:LineExtensionAmount currencyID="EUR">1300<',
            '<cbc:LineExtensionAmount currencyID="EUR">1310<',
          ],
        ],
        'Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount is 1310, its other amounts give 1300.00',
      ],
      [
        'BR-CO-13',
        'tax exclusive ≠ lines − allowances + charges',
        [
          [
            '<cbc:TaxExclusiveAmount currencyID="EUR">1325<',
            '<cbc:TaxExclusiveAmount currencyID="EUR">1300<',
          ],
        ],
        'Invoice/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount is 1300, its other amounts give 1325.00',
      ],
      [
        'BR-CO-15',
        'tax inclusive ≠ exclusive + VAT',
        [
          [
            '<cbc:TaxInclusiveAmount currencyID="EUR">1656.25<',
            '<cbc:TaxInclusiveAmount currencyID="EUR">1656.52<',
          ],
        ],
        'Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount is 1656.52, its other amounts give 1656.25',
      ],
      [
        'BR-CO-16',
        'payable ≠ inclusive − prepaid + rounding',
        [['<cbc:PayableAmount currencyID="EUR">1656.25<', '<cbc:PayableAmount currencyID="EUR">1600.00<']],
        'Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount is 1600.00, its other amounts give 1656.25',
      ],
      [
        'BR-CO-14',
        'VAT total ≠ Σ group VAT',
        [['<cbc:TaxAmount currencyID="EUR">331.25<', '<cbc:TaxAmount currencyID="EUR">331.00<']],
        'Invoice/cac:TaxTotal/cbc:TaxAmount is 331.00, its other amounts give 331.25',
      ],
      [
        'BR-S-08',
        'group taxable ≠ its lines and charges',
        [['<cbc:TaxableAmount currencyID="EUR">1325<', '<cbc:TaxableAmount currencyID="EUR">1400<']],
        'Invoice/cac:TaxTotal/cac:TaxSubtotal[1]/cbc:TaxableAmount is 1400, its other amounts give 1325.00',
      ],
      [
        'BR-CO-17',
        'group VAT ≠ taxable × rate',
        [
          [/331\.25/g, '300.00'],
          [/1656\.25/g, '1625.00'],
        ],
        'Invoice/cac:TaxTotal/cac:TaxSubtotal[1]/cbc:TaxAmount is 300.00, its other amounts give 331.25',
      ],
    ])('refuses totals that do not add up: %s (%s)', async (rule, _what, edits, detail) => {
      const e = await refusal(baseWith(...edits));
      expect(e.code).toBe('rule_violation');
      expect(e.message).toBe(`The e-invoice totals do not add up (${rule}): ${detail}`);
      expect(e.errors[0]?.path).toBe(detail.slice(0, detail.indexOf(' ')));
    });

    it('refuses CII totals that do not add up, naming the CII element', async () => {
      const xml = text('cii/facturx/factur-x-en16931.xml').replace(
        /<ram:DuePayableAmount>[^<]*</,
        '<ram:DuePayableAmount>1.00<',
      );
      const e = await refusal(xml);
      expect(e.message).toMatch(
        /^The e-invoice totals do not add up \(BR-CO-16\): rsm:CrossIndustryInvoice\/ram:DuePayableAmount is 1\.00/,
      );
    });

    it('refuses a VAT rate the breakdown does not have', async () => {
      const xml = text(BASE);
      const at = xml.lastIndexOf('<cbc:Percent>25.0</cbc:Percent>');
      const e = await refusal(`${xml.slice(0, at)}<cbc:Percent>21</cbc:Percent>${xml.slice(at + 31)}`);
      // Line 2 (−1500) leaves the 25 % group, whose lines and charge now give 2825.
      expect(e.message).toBe(
        'The e-invoice totals do not add up (BR-S-08): Invoice/cac:TaxTotal/cac:TaxSubtotal[1]/cbc:TaxableAmount is 1325, its other amounts give 2825.00',
      );
    });

    it('refuses a missing mandatory element, naming it', async () => {
      const e = await refusal(baseWith([/<cbc:PayableAmount[^>]*>[^<]*<\/cbc:PayableAmount>/, '']));
      expect(e.message).toBe('The e-invoice lacks Invoice/cac:LegalMonetaryTotal/PayableAmount');
    });

    it('names the line a missing element belongs to', async () => {
      const e = await refusal(baseWith(['<cbc:Name>item name 2</cbc:Name>', '']));
      expect(e.message).toBe('The e-invoice lacks Invoice/cac:InvoiceLine[2]/cac:Item/Name');
    });

    it('refuses an amount that is not a number and a date that is not one', async () => {
      let e = await refusal(
        baseWith([
          '<cbc:PayableAmount currencyID="EUR">1656.25<',
          '<cbc:PayableAmount currencyID="EUR">1.656,25<',
        ]),
      );
      expect(e.message).toBe(
        'Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount is not a decimal number: 1.656,25',
      );
      e = await refusal(baseWith(['<cbc:DueDate>2017-12-01<', '<cbc:DueDate>2017-02-30<']));
      expect(e.message).toBe('Invoice/cbc:DueDate is not a date: 2017-02-30');
    });

    it('refuses malformed XML with its line', async () => {
      const e = await refusal(baseWith(['</cac:LegalMonetaryTotal>', '</cac:LegalMonetaryTotals>']));
      expect(e.template).toBe('The e-invoice is not well-formed XML (line {line}): {reason}');
    });

    it('refuses elements nested deeper than any invoice, before they exhaust the stack', async () => {
      const e = await refusal(`<Invoice>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Invoice>`);
      expect(e.template).toBe('The e-invoice could not be read as XML: {reason}');
    });

    it('refuses an XXE payload before any parser sees it', async () => {
      const xxe = baseWith([
        '<Invoice',
        '<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Invoice',
      ]).replace('<cbc:Note>', '<cbc:Note>&xxe;');
      const e = await refusal(xxe);
      expect(e.message).toBe(
        'The e-invoice contains <!DOCTYPE: document type declarations and entities are refused',
      );
    });

    it('refuses a billion-laughs payload at once', async () => {
      const lol = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol">',
        ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
        ']>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol9;</Invoice>',
      ].join('\n');
      const start = performance.now();
      const e = await refusal(lol);
      expect(performance.now() - start).toBeLessThan(1000);
      expect(e.message).toMatch(/^The e-invoice contains <!DOCTYPE/);
    });

    it('refuses a 50 MB file, XML or PDF, by its size', async () => {
      const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
      big.write(text(BASE));
      let e = await refusal(big);
      expect(e.code).toBe('payload_too_large');
      expect(e.message).toBe(
        `The e-invoice is 50.0 MB; at most ${MAX_EINVOICE_BYTES / 1024 / 1024} MB is accepted`,
      );
      big.write('%PDF-1.7\n');
      e = await refusal(big);
      expect(e.code).toBe('payload_too_large');
    });
  });
});
