import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { MAX_EINVOICE_BYTES } from '../../src/platform/einvoice/input.js';
import { einvoiceRules, safeParseOptions } from '../../src/platform/einvoice/rules.js';
import {
  closeEInvoiceValidator,
  type EInvoiceValidation,
  preloadEInvoiceRules,
  type SchematronLayer,
  validateEInvoice,
} from '../../src/platform/einvoice/validate.js';
import { AppError } from '../../src/shared/errors.js';
import { MESSAGES } from '../../src/shared/messages.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';

/*
 * The validator against the official examples in ../shared/conformance/einvoice (read in place, never
 * copied: see its README), each with the outcome EXPECTED.tsv records for the validators in that folder.
 */
const noRules = withoutRules(import.meta.url);
const conformance = rulesDir ? dirname(rulesDir) : '';
const example = (path: string) => readFileSync(join(conformance, 'einvoice/examples', path));

interface Expected {
  file: string;
  root: string;
  xsd: string;
  en16931: string;
  peppol: string;
  ublbe: string;
}

function expectations(): Expected[] {
  if (!rulesDir) return [];
  return readFileSync(join(rulesDir, 'examples/EXPECTED.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file = '', root = '', , xsd = '', en16931 = '', peppol = '', ublbe = ''] = line.split('\t');
      return { file, root, xsd, en16931, peppol, ublbe };
    })
    .filter((e) => /\.xml$/i.test(e.file));
}

/** `FAIL[BR-10,BR-11] warn[UBL-CR-1]` → the fatal ids and the warning ids, sorted and unique. */
function parseOutcome(cell: string): { pass: boolean; fatal: string[]; warnings: string[] } {
  const list = (tag: string) =>
    [...new Set(new RegExp(`${tag}\\[([^\\]]*)\\]`).exec(cell)?.[1]?.split(',') ?? [])].sort();
  return { pass: cell.startsWith('pass'), fatal: list('FAIL'), warnings: list('warn') };
}

const ids = (r: EInvoiceValidation, layer: string, flag: string) =>
  [...new Set(r.errors.filter((e) => e.layer === layer && e.flag === flag).map((e) => e.id))].sort();

const rejection = async (xml: string | Buffer, opts = {}): Promise<AppError> => {
  try {
    await validateEInvoice(xml, { rulesDir, ...opts });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // Every refusal is a catalogued message, answered in the user's language.
    expect(MESSAGES[e.template], e.template).toBeDefined();
    for (const f of e.errors) expect(MESSAGES[f.message], f.message).toBeDefined();
    return e;
  }
  throw new Error('the e-invoice was not refused');
};

describe.skipIf(noRules)('validateEInvoice', () => {
  beforeAll(async () => {
    // Compiled once for the whole file, as the product does once per process.
    await preloadEInvoiceRules({ rulesDir });
  }, 600_000);
  afterAll(() => closeEInvoiceValidator());

  describe('every XML example in EXPECTED.tsv gets its recorded outcome', () => {
    const rows = expectations();
    const invoices = rows.filter((r) => ['Invoice', 'CreditNote', 'CrossIndustryInvoice'].includes(r.root));
    it('covers the UBL and CII examples, the UBL.BE ones with their UBL.BE outcome', () => {
      expect(invoices.length).toBeGreaterThanOrEqual(50);
      expect(invoices.filter((r) => r.ublbe).length).toBeGreaterThanOrEqual(6);
    });

    it.each(invoices.map((r) => [r.file.replace('einvoice/examples/', ''), r] as const))(
      '%s',
      async (path, row) => {
        const layers: SchematronLayer[] = ['en16931'];
        if (row.peppol) layers.push('peppol');
        if (row.ublbe) layers.push('ublbe');
        const r = await validateEInvoice(example(path), { rulesDir, layers });
        expect(r.syntax).toBe(
          row.root === 'CrossIndustryInvoice'
            ? 'cii'
            : row.root === 'Invoice'
              ? 'ubl-invoice'
              : 'ubl-credit-note',
        );
        if (row.xsd !== 'valid') {
          // Schema-invalid: reported with its line, and the Schematron (which assumes a valid schema) skipped.
          expect(row.xsd).toMatch(/^INVALID/);
          expect(r.valid).toBe(false);
          expect(r.checked).toEqual(['xsd']);
          const first = r.errors[0];
          expect(first).toMatchObject({ layer: 'xsd', flag: 'fatal' });
          expect(first?.line).toBeGreaterThan(0);
          expect(row.xsd).toContain(first?.text.slice(0, 60));
          return;
        }
        expect(ids(r, 'xsd', 'fatal')).toEqual([]);
        expect(r.checked).toEqual(['xsd', ...layers]);
        const cells: Array<[SchematronLayer, string]> = [['en16931', row.en16931]];
        if (row.peppol) cells.push(['peppol', row.peppol]);
        if (row.ublbe) cells.push(['ublbe', row.ublbe]);
        for (const [layer, cell] of cells) {
          const want = parseOutcome(cell);
          expect(ids(r, layer, 'fatal'), `${layer} fatal`).toEqual(want.fatal);
          expect(ids(r, layer, 'warning'), `${layer} warnings`).toEqual(want.warnings);
          expect(want.pass).toBe(want.fatal.length === 0);
        }
        expect(r.valid).toBe(cells.every(([, cell]) => parseOutcome(cell).pass));
      },
    );

    it.each(
      rows
        .filter((r) => r.root === 'CrossIndustryDocument')
        .map((r) => r.file.replace('einvoice/examples/', '')),
    )('refuses %s (ZUGFeRD 1.0, not EN 16931) naming its root', async (path) => {
      const e = await rejection(example(path));
      expect(e.code).toBe('unsupported_media_type');
      expect(e.message).toContain('{urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryDocument');
    });
  });

  it('fails a Peppol invoice whose line total was altered with the BR-CO rule and its text', async () => {
    const xml = example('ubl/peppol-bis3/base-example.xml').toString('utf8');
    const broken = xml.replace(
      '<cbc:LineExtensionAmount currencyID="EUR">1300</cbc:LineExtensionAmount>',
      '<cbc:LineExtensionAmount currencyID="EUR">1400</cbc:LineExtensionAmount>',
    );
    expect(broken).not.toBe(xml);
    expect((await validateEInvoice(xml, { rulesDir, layers: ['en16931', 'peppol'] })).valid).toBe(true);
    const r = await validateEInvoice(broken, { rulesDir, layers: ['en16931', 'peppol'] });
    expect(r.valid).toBe(false);
    expect(r.errors).toContainEqual({
      layer: 'en16931',
      id: 'BR-CO-10',
      flag: 'fatal',
      text: expect.stringContaining(
        'Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131)',
      ),
      location: '/Invoice[1]/LegalMonetaryTotal[1]',
      line: null,
    });
  });

  describe('UBL.BE (Belgian CIUS, compiled from its XSLT on first use)', () => {
    const belgian = 'ubl/ublbe/UBLBE_BE0000000196_V01-15000019.xml';

    it('passes a Belgian invoice that fails the current EN 16931 rules, as EXPECTED.tsv records', async () => {
      // UBL.BE 1.31 embeds an older copy of the EN 16931 rules: this invoice passes it, not 1.3.16.
      const r = await validateEInvoice(example(belgian), { rulesDir, layers: ['ublbe'] });
      expect(r).toMatchObject({ syntax: 'ubl-invoice', valid: true, checked: ['xsd', 'ublbe'] });
      const en = await validateEInvoice(example(belgian), { rulesDir, layers: ['en16931', 'ublbe'] });
      expect(ids(en, 'en16931', 'fatal')).toEqual(['BR-CL-22', 'BR-DEC-23', 'UBL-DT-01']);
      expect(ids(en, 'ublbe', 'fatal')).toEqual([]);
    });

    it('fails an invoice that does not name the UBL.BE specification, with the Belgian rule and its text', async () => {
      const xml = example('ubl/ublbe/UBLBE_BE0000000196_V01-15000001.xml').toString('utf8');
      const peppol = xml.replace(
        'urn:cen.eu:en16931:2017#conformant#urn:UBL.BE:1.0.0.20180214',
        'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      );
      expect(peppol).not.toBe(xml);
      const r = await validateEInvoice(peppol, { rulesDir, layers: ['ublbe'] });
      expect(r.valid).toBe(false);
      expect(ids(r, 'ublbe', 'fatal')).toEqual(['PEPPOL-EN16931-R004']);
      expect(r.errors[0]?.text).toContain('urn:UBL.BE:1.0.0.20180214');
    });

    it('refuses the UBL.BE layer on a CII invoice', async () => {
      const e = await rejection(example('cii/en16931/CII_example1.xml'), { layers: ['ublbe'] });
      expect(e.errors[0]?.path).toBe('layers');
    });
  });

  describe('Factur-X 1.0.09 EN16931 profile (its XSD, then its Schematron compiled on first use)', () => {
    const facturx = 'cii/facturx/factur-x-en16931.xml';

    it('passes the Factur-X EN16931 example with no finding at all', async () => {
      const r = await validateEInvoice(example(facturx), { rulesDir, layers: ['en16931', 'facturx'] });
      expect(r).toMatchObject({ syntax: 'cii', valid: true, checked: ['xsd', 'en16931', 'facturx'] });
      expect(r.errors).toEqual([]);
    });

    it('reads the code lists beside the XSL (document()): a BASIC guideline id is no EN16931 one', async () => {
      // FX-SCH-A-000026 looks the guideline id up in FACTUR-X_EN16931_codedb.xml.
      const r = await validateEInvoice(example('cii/facturx/factur-x-basic.xml'), {
        rulesDir,
        layers: ['en16931', 'facturx'],
      });
      expect(ids(r, 'en16931', 'fatal')).toEqual([]);
      expect(ids(r, 'facturx', 'fatal')).toEqual(['FX-SCH-A-000026']);
      expect(r.valid).toBe(false);
    });

    it('fails an invoice whose currency is in no code list, with the Factur-X rule ids', async () => {
      const xml = example(facturx).toString('utf8');
      const broken = xml.replace(
        '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
        '<ram:InvoiceCurrencyCode>EUX</ram:InvoiceCurrencyCode>',
      );
      expect(broken).not.toBe(xml);
      const r = await validateEInvoice(broken, { rulesDir, layers: ['facturx'] });
      expect(r.valid).toBe(false);
      expect(ids(r, 'facturx', 'fatal')).toContain('FX-SCH-A-000040');
      expect(r.errors).toContainEqual(
        expect.objectContaining({
          layer: 'facturx',
          id: 'FX-SCH-A-000040',
          flag: 'fatal',
          text: "Value of 'ram:InvoiceCurrencyCode' is not allowed.",
        }),
      );
    });

    it('reports what the Factur-X EN16931 schema refuses as a facturx error with its line, and runs no Schematron', async () => {
      // A MINIMUM-profile document is D16B-valid but lacks what the EN16931 profile's XSD requires.
      const r = await validateEInvoice(example('cii/facturx/factur-x-minimum.xml'), {
        rulesDir,
        layers: ['en16931', 'facturx'],
      });
      expect(r.valid).toBe(false);
      expect(r.checked).toEqual(['xsd']);
      expect(r.errors[0]).toMatchObject({ layer: 'facturx', id: null, flag: 'fatal' });
      expect(r.errors[0]?.line).toBeGreaterThan(1);
    });

    it('refuses the Factur-X layer on a UBL invoice', async () => {
      const e = await rejection(example('ubl/peppol-bis3/base-example.xml'), { layers: ['facturx'] });
      expect(e.errors[0]?.path).toBe('layers');
    });
  });

  it('validates off the event loop: the loop keeps turning during a validation', async () => {
    const xml = example('ubl/ublbe/UBLBE_BE0000000196_V01-15000001.xml');
    let done = false;
    const running = validateEInvoice(xml, { rulesDir, layers: ['en16931', 'peppol', 'ublbe'] }).then((r) => {
      done = true;
      return r;
    });
    // On this thread, the validation (≥ 50 ms of SaxonJS) would end before the loop turns once.
    let turns = 0;
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!done) turns++;
    }
    expect(turns).toBeGreaterThan(1);
    expect((await running).checked).toEqual(['xsd', 'en16931', 'peppol', 'ublbe']);
  });

  it('validates a credit note against the CreditNote schema', async () => {
    const r = await validateEInvoice(example('ubl/en16931/ubl-tc434-creditnote1.xml'), { rulesDir });
    expect(r).toMatchObject({ syntax: 'ubl-credit-note', valid: true, checked: ['xsd', 'en16931'] });
  });

  it('reports a schema error with its line and skips the Schematron', async () => {
    const xml = example('cii/en16931/CII_example1.xml')
      .toString('utf8')
      .replace('<rsm:ExchangedDocument>', '<rsm:ExchangedDocument><ram:Bogus>1</ram:Bogus>');
    const r = await validateEInvoice(xml, { rulesDir });
    expect(r.valid).toBe(false);
    expect(r.checked).toEqual(['xsd']);
    expect(r.errors[0]).toMatchObject({
      layer: 'xsd',
      flag: 'fatal',
      text: expect.stringContaining('Bogus'),
    });
    expect(r.errors[0]?.line).toBeGreaterThan(1);
  });

  describe('hostile or foreign input is refused before parsing', () => {
    const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
    it('refuses an external entity (XXE) without reading it', async () => {
      const xxe = `<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice xmlns="${UBL}"><cbc:ID xmlns:cbc="x">&xxe;</cbc:ID></Invoice>`;
      const e = await rejection(xxe);
      expect(e.code).toBe('validation_failed');
      expect(e.message).toContain('<!DOCTYPE');
      expect(e.message).not.toContain('root:');
    });

    it('refuses a billion-laughs payload at once', async () => {
      const lols = Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
      ).join('');
      const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lols}]><Invoice xmlns="${UBL}">&lol9;</Invoice>`;
      const started = performance.now();
      const e = await rejection(bomb);
      expect(performance.now() - started).toBeLessThan(100);
      expect(e.errors[0]?.path).toBe('xml');
    });

    it('refuses a bare ENTITY declaration too (no DOCTYPE needed to spot it)', async () => {
      const e = await rejection(`<Invoice xmlns="${UBL}"><!ENTITY x "y"></Invoice>`);
      expect(e.message).toContain('<!ENTITY');
    });

    it('never loads an external entity in libxml2 either, should the guard be bypassed', async () => {
      const rules = await einvoiceRules(rulesDir);
      const secret = join(conformance, 'einvoice/examples/EXPECTED.tsv');
      const doc = rules.libxml.XmlDocument.fromString(
        `<!DOCTYPE a [<!ENTITY xxe SYSTEM "file://${secret}">]><a>[&xxe;]</a>`,
        { option: safeParseOptions(rules.libxml) },
      );
      try {
        expect(doc.root.content).toBe('[]');
      } finally {
        doc.dispose();
      }
    });

    it('refuses text that is not UTF-8', async () => {
      const latin1 = Buffer.from(`<Invoice xmlns="${UBL}"><x>café</x></Invoice>`, 'latin1');
      expect((await rejection(latin1)).message).toBe('The e-invoice is not UTF-8 text');
      const declared = `<?xml version="1.0" encoding="ISO-8859-1"?><Invoice xmlns="${UBL}"/>`;
      expect((await rejection(declared)).message).toContain('ISO-8859-1');
    });

    it('refuses a file over the size limit', async () => {
      const big = Buffer.alloc(MAX_EINVOICE_BYTES + 1, 0x20);
      expect((await rejection(big)).code).toBe('payload_too_large');
    });

    it('refuses XML that is not an invoice, naming its root element', async () => {
      const e = await rejection(
        '<?xml version="1.0"?><Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
      );
      expect(e.code).toBe('unsupported_media_type');
      expect(e.message).toContain('{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order');
      expect((await rejection('<Invoice/>')).message).toContain('the root element is Invoice;');
    });

    it('refuses XML that is not well-formed, with the line', async () => {
      const e = await rejection(`<Invoice xmlns="${UBL}">\n<a>\n</Invoice>`);
      expect(e.code).toBe('validation_failed');
      expect(e.message).toMatch(/not well-formed XML \(line \d\)/);
    });

    it('refuses the Peppol layer on a CII invoice', async () => {
      const e = await rejection(example('cii/en16931/CII_example1.xml'), { layers: ['peppol'] });
      expect(e.errors[0]?.path).toBe('layers');
    });
  });

  it('never passes without rules: an unset or missing rules folder is an error', async () => {
    const valid = example('ubl/peppol-bis3/base-example.xml');
    expect((await rejection(valid, { rulesDir: null })).message).toContain('not configured');
    expect(existsSync('/nonexistent/rules')).toBe(false);
    expect((await rejection(valid, { rulesDir: '/nonexistent/rules' })).message).toContain('does not exist');
  });

  it('keeps compiled rules in EINVOICE_CACHE_DIR, else in DATA_DIR/cache/einvoice', () => {
    expect(loadConfig({ EINVOICE_CACHE_DIR: 'c/rules' }).einvoiceCacheDir).toBe(resolve('c/rules'));
    expect(loadConfig({ DATA_DIR: '/srv/fx' }).einvoiceCacheDir).toBe(resolve('/srv/fx/cache/einvoice'));
  });

  it('reads the rules folder from EINVOICE_RULES_DIR, else the shared folder beside the project', () => {
    expect(loadConfig({ EINVOICE_RULES_DIR: 'some/rules' }).einvoiceRulesDir).toBe(resolve('some/rules'));
    const found = loadConfig({}).einvoiceRulesDir ?? '';
    expect(found.endsWith(join('shared', 'conformance', 'einvoice'))).toBe(true);
    expect(existsSync(join(found, 'examples/EXPECTED.tsv'))).toBe(true);
  });
});
