import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec } from '../../src/shared/money.js';
import { addMember, belgianSeller, buildTestApp, client, type Seller, type TestApp } from '../helpers/app.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';

/*
 * Purchase invoices: every valid EN 16931 example of ../shared/conformance/einvoice/examples (read
 * in place) imports with the totals and line count the document states (read here from the file
 * itself, independently of the reader); refusals store nothing; hand entry, approval, payment, lists.
 */
const noRules = withoutRules(import.meta.url);
const examples = rulesDir ? join(rulesDir, 'examples') : '';
const example = (path: string) => readFileSync(join(examples, path));

interface Row {
  file: string;
  root: string;
  en16931: string;
}
function rows(): Row[] {
  if (!rulesDir) return [];
  return readFileSync(join(examples, 'EXPECTED.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file = '', root = '', , , en16931 = ''] = line.split('\t');
      return { file: file.replace(/^einvoice\/examples\//, ''), root, en16931 };
    });
}
const valid = rows().filter((r) => r.en16931.startsWith('pass'));

/** The document's own payable, gross total and line count, read from its XML text. */
function ownFigures(xml: string) {
  const one = (name: string) => {
    const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>\\s*([^<\\s]+)\\s*<`).exec(xml);
    if (!m?.[1]) throw new Error(`no ${name}`);
    return m[1];
  };
  const count = (name: string) => (xml.match(new RegExp(`<(?:\\w+:)?${name}[\\s>]`, 'g')) ?? []).length;
  if (/<(?:\w+:)?CrossIndustryInvoice[\s>]/.test(xml))
    return {
      payable: one('DuePayableAmount'),
      gross: one('GrandTotalAmount'),
      lines: count('IncludedSupplyChainTradeLineItem'),
    };
  return {
    payable: one('PayableAmount'),
    gross: one('TaxInclusiveAmount'),
    lines: count('InvoiceLine') + count('CreditNoteLine'),
  };
}

/** The embedded XML of a Factur-X PDF, for its own figures (the PDF's FlateDecode stream, read by pdf-lib). */
async function embeddedXml(pdf: Buffer): Promise<string> {
  const { extractEmbeddedXml } = await import('../../src/platform/einvoice/parse/pdf.js');
  return (await extractEmbeddedXml(pdf)).xml.toString('utf8');
}

let t: TestApp;
let s: Seller;
let other: Seller;
const TODAY = '2026-12-03';

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(`${TODAY}T10:00:00.000Z`);
  s = await belgianSeller(t, { language: 'en' });
  other = await belgianSeller(t, { language: 'en' });
});
afterAll(() => t.close());

const PDF = { 'content-type': 'application/pdf' };
const XML = { 'content-type': 'application/xml' };
const importFile = (who: Seller, file: Buffer, headers: Record<string, string>, query = '') =>
  who.api.post(`${who.base}/purchase-invoices/import${query}`, file, headers);

/** Rows a company has in the tables an import writes. */
async function stored(companyId: string) {
  const n = async (
    table: 'purchase_invoices' | 'purchase_invoice_files' | 'purchase_invoice_lines' | 'contacts',
  ) =>
    (await t.ctx.db.selectFrom(table).select('company_id').where('company_id', '=', companyId).execute())
      .length;
  return {
    invoices: await n('purchase_invoices'),
    files: await n('purchase_invoice_files'),
    lines: await n('purchase_invoice_lines'),
    contacts: await n('contacts'),
  };
}

describe.skipIf(noRules)('importing the conformance examples', () => {
  it('has the valid examples of EXPECTED.tsv', () => {
    expect(valid.length).toBeGreaterThanOrEqual(57);
    expect(valid.filter((r) => r.file.startsWith('pdf/'))).toHaveLength(7);
  });

  // Some examples are the same supplier document twice (a Factur-X PDF and its XML): each goes to
  // the first company of the pool that does not have it yet.
  const pool: Seller[] = [];
  it.each(valid.map((r) => [r.file, r] as const))('%s', async (file, r) => {
    const bytes = example(file);
    const pdf = file.toLowerCase().endsWith('.pdf');
    const own = ownFigures(pdf ? await embeddedXml(bytes) : bytes.toString('utf8'));
    let res = null;
    for (let i = 0; ; i++) {
      if (!pool[i]) pool[i] = await belgianSeller(t, { language: 'en' });
      const seller = pool[i] as Seller;
      res = await importFile(seller, bytes, pdf ? PDF : XML);
      if (res.statusCode !== 409) break;
      expect(res.json().code).toBe('already_exists');
    }
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      source: 'einvoice',
      status: 'to_approve',
      kind: r.root === 'CreditNote' ? 'credit_note' : 'invoice',
      hasOriginal: true,
      syntax:
        r.root === 'CrossIndustryInvoice'
          ? 'cii'
          : r.root === 'CreditNote'
            ? 'ubl-credit-note'
            : 'ubl-invoice',
    });
    expect(p.lines).toHaveLength(own.lines);
    expect(p.lines.length).toBeGreaterThan(0);
    expect(
      dec(p.totals.payableAmount).eq(dec(own.payable)),
      `${p.totals.payableAmount} vs ${own.payable}`,
    ).toBe(true);
    expect(dec(p.totals.grossAmount).eq(dec(own.gross)), `${p.totals.grossAmount} vs ${own.gross}`).toBe(
      true,
    );
    expect(p.supplier?.id).toBeTruthy();
    expect(p.original).toMatchObject({
      mimeType: pdf ? 'application/pdf' : 'application/xml',
      size: bytes.length,
    });
    // VAT per rate adds up to the VAT total.
    const vat = p.vatBreakdown.reduce(
      (a: ReturnType<typeof dec>, g: { vatAmount: string }) => a.plus(dec(g.vatAmount)),
      dec('0'),
    );
    expect(vat.eq(dec(p.totals.vatAmount))).toBe(true);
  });
});

describe.skipIf(noRules)('originals, suppliers and duplicates', () => {
  it('keeps a Factur-X PDF as the original, byte for byte, and serves it as a PDF', async () => {
    const pdf = example('pdf/facturx/invoice_EN16931.pdf');
    const res = await importFile(s, pdf, PDF, '?filename=facture%20F20260023.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ number: 'F20260023', syntax: 'cii', source: 'einvoice', hasOriginal: true });
    const original = await s.api.get(`${s.base}/purchase-invoices/${p.id}/original`);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('application/pdf');
    expect(String(original.headers['content-disposition'])).toContain('facture F20260023.pdf');
    expect(Buffer.compare(original.rawPayload, pdf)).toBe(0);
  });

  /** The example with its document number (the first `<…ID>` holding it) changed. */
  const renumbered = (path: string, from: string, to: string) => {
    const xml = example(path).toString('utf8');
    const next = xml.replace(`ID>${from}<`, `ID>${to}<`);
    expect(next).not.toBe(xml);
    return Buffer.from(next);
  };

  it.each([
    ['VAT number', 'cii/facturx/factur-x-en16931.xml', 'F20260023', { vatNumber: 'FR11123456782' }],
    [
      'electronic address',
      'ubl/peppol-bis3/base-example.xml',
      'Snippet1',
      { vatNumber: null, peppolId: '0088:9482348239847239874', notes: expect.stringContaining('GB1232434') },
    ],
    [
      'legal registration id',
      'ubl/ublbe/UBLBE_BE0000000196_V01-15000001.xml',
      'V01/15000001',
      { enterpriseNumber: '0000000196', notes: expect.stringContaining('BE0000000196') },
    ],
  ])(
    'creates the supplier on the first import and matches it by its %s on the second',
    async (_by, path, number, identity) => {
      const seller = await belgianSeller(t, { language: 'en' });
      const before = await stored(seller.companyId);
      const first = await importFile(seller, example(path), XML);
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().number).toBe(number);
      expect((await stored(seller.companyId)).contacts).toBe(before.contacts + 1);
      const supplierId = first.json().supplier.id;
      const contact = (await seller.api.get(`${seller.base}/contacts/${supplierId}`)).json();
      expect(contact).toMatchObject({ roles: ['supplier'], ...identity });
      // Without the electronic address, so that the legal registration id is what matches.
      const second = await importFile(
        seller,
        Buffer.from(
          renumbered(path, number, `${number}-2`)
            .toString('utf8')
            .replace('<cbc:EndpointID schemeID="0208">0000000196</cbc:EndpointID>', ''),
        ),
        XML,
      );
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json()).toMatchObject({ number: `${number}-2`, supplier: { id: supplierId } });
      expect((await stored(seller.companyId)).contacts).toBe(before.contacts + 1);
    },
  );

  it('reads the payment data of a UBL.BE invoice', async () => {
    const seller = await belgianSeller(t, { language: 'en' });
    const res = await importFile(seller, example('ubl/ublbe/UBLBE_BE0000000196_V01-15000001.xml'), XML);
    expect(res.json()).toMatchObject({
      number: 'V01/15000001',
      dueDate: '2018-05-09',
      supplierIban: 'BE54000000000097',
      supplierBic: 'BPOTBEB1',
      paymentReference: 'Invoice 15000001',
    });
  });

  it('matches an existing customer by its VAT number and makes it a supplier too', async () => {
    const seller = await belgianSeller(t, { language: 'en' });
    const c = await seller.api.post(`${seller.base}/contacts`, {
      roles: ['customer'],
      name: 'Already known',
      vatNumber: 'FR11123456782',
    });
    expect(c.statusCode, c.body).toBe(201);
    const res = await importFile(seller, example('cii/facturx/factur-x-en16931.xml'), XML);
    expect(res.json().supplier.id).toBe(c.json().id);
    const contact = (await seller.api.get(`${seller.base}/contacts/${c.json().id}`)).json();
    expect(contact.roles).toEqual(['customer', 'supplier']);
  });

  it('refuses the same supplier document twice (409 with existingId), storing nothing', async () => {
    const xml = example('ubl/peppol-bis3/base-example.xml');
    const first = await importFile(s, xml, XML);
    expect(first.statusCode, first.body).toBe(201);
    const before = await stored(s.companyId);
    const again = await importFile(s, xml, XML);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_exists', existingId: first.json().id });
    // Another file, the same supplier number: still a duplicate.
    const touched = Buffer.from(xml.toString('utf8').replace('<cbc:Note>', '<cbc:Note>Sent again. '));
    const same = await importFile(s, touched, XML);
    expect(same.statusCode, same.body).toBe(409);
    expect(same.json()).toMatchObject({ code: 'already_exists', existingId: first.json().id });
    expect(same.json().errors[0].path).toBe('number');
    expect(await stored(s.companyId)).toEqual(before);
  });
});

describe.skipIf(noRules)('refusals, with the reason and nothing stored', () => {
  const base = () => example('ubl/peppol-bis3/base-example.xml').toString('utf8');
  it.each<[string, () => Buffer, Record<string, string>, string, number, RegExp]>([
    [
      'a UBL invoice whose totals do not add up',
      () =>
        Buffer.from(
          base().replace(
            '<cbc:TaxInclusiveAmount currencyID="EUR">1656.25<',
            '<cbc:TaxInclusiveAmount currencyID="EUR">1656.52<',
          ),
        ),
      XML,
      '',
      422,
      /^The e-invoice totals do not add up \(BR-CO-15\)/,
    ],
    [
      'an XXE payload',
      () =>
        Buffer.from(
          base().replace(
            '<Invoice',
            '<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Invoice',
          ),
        ),
      XML,
      '',
      400,
      /document type declarations and entities are refused/,
    ],
    [
      'a PDF without an embedded e-invoice when an e-invoice was asked for',
      () => example('pdf/facturx/MustangGnuaccountingBeispielRE-20201121_508blanko.pdf'),
      PDF,
      '?expect=einvoice',
      400,
      /^The PDF carries no embedded e-invoice/,
    ],
    ['ZUGFeRD 1.0', () => example('pdf/facturx/zugferd_invoice.pdf'), PDF, '', 415, /ZUGFeRD 1\.0/],
    [
      'an XML file sent as a PDF',
      () => Buffer.from(base()),
      PDF,
      '',
      415,
      /sent as application\/pdf but is not one/,
    ],
    [
      'a Factur-X MINIMUM (no lines)',
      () => example('cii/facturx/factur-x-minimum.xml'),
      XML,
      '',
      400,
      /MINIMUM carries no invoice lines/,
    ],
  ])('refuses %s', async (_what, file, headers, query, status, reason) => {
    const before = await stored(s.companyId);
    const res = await importFile(s, file(), headers, query);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toMatch(reason);
    expect(await stored(s.companyId)).toEqual(before);
  });

  it('refuses a 50 MB upload (413) and another media type (415), storing nothing', async () => {
    const before = await stored(s.companyId);
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const res = await importFile(s, big, XML);
    expect(res.statusCode).toBe(413);
    const word = await importFile(s, Buffer.from('x'), { 'content-type': 'application/msword' });
    expect(word.statusCode).toBe(415);
    expect(await stored(s.companyId)).toEqual(before);
  });
});

describe.skipIf(noRules)('a plain PDF: a purchase invoice to complete', () => {
  it('keeps the PDF, leaves the fields null, and is completed, approved and paid', async () => {
    const pdf = example('pdf/facturx/MustangGnuaccountingBeispielRE-20201121_508blanko.pdf');
    const res = await importFile(s, pdf, PDF, '?filename=scan.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      source: 'upload',
      status: 'to_approve',
      supplier: null,
      number: null,
      issueDate: null,
      dueDate: null,
      currency: 'EUR',
      lines: [],
      hasOriginal: true,
      original: { filename: 'scan.pdf', mimeType: 'application/pdf', size: pdf.length },
      totals: { payableAmount: '0.00' },
    });
    const approveEarly = await s.api.post(`${s.base}/purchase-invoices/${p.id}/approve`);
    expect(approveEarly.statusCode).toBe(422);
    expect(approveEarly.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'supplierId',
      'number',
      'issueDate',
      'lines',
    ]);
    const supplier = (
      await s.api.post(`${s.base}/contacts`, { roles: ['supplier'], name: 'Imprimerie Dupont' })
    ).json();
    const patched = await s.api.patch(`${s.base}/purchase-invoices/${p.id}`, {
      supplierId: supplier.id,
      number: 'D-2026-88',
      issueDate: '2026-11-20',
      dueDate: '2026-12-20',
      lines: [
        { description: 'Flyers', quantity: '1000', unitPrice: '0.12', vatCategory: 'S', vatRate: '21' },
      ],
      expectedTotal: '145.20',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      totals: { netAmount: '120.00', vatAmount: '25.20', payableAmount: '145.20' },
      hasOriginal: true,
    });
    const approved = await s.api.post(`${s.base}/purchase-invoices/${p.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('to_pay');
    const paid = await s.api.post(`${s.base}/purchase-invoices/${p.id}/payments`, {
      date: TODAY,
      amount: '145.20',
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'paid',
      totals: { paidAmount: '145.20', amountDue: '0.00' },
    });
    const original = await s.api.get(`${s.base}/purchase-invoices/${p.id}/original`);
    expect(Buffer.compare(original.rawPayload, pdf)).toBe(0);
  });
});

describe('hand entry, approval, payments and lists', () => {
  let supplierId: string;
  beforeAll(async () => {
    supplierId = (
      await s.api.post(`${s.base}/contacts`, { roles: ['supplier'], name: 'Bureau Verhaegen' })
    ).json().id;
  });
  const lines = [
    { description: 'Desk', quantity: '2', unitPrice: '100', vatCategory: 'S', vatRate: '21' },
    { description: 'Book', quantity: '1', unitPrice: '50', vatCategory: 'S', vatRate: '6' },
  ];
  const enter = (body: Record<string, unknown>) => s.api.post(`${s.base}/purchase-invoices`, body);

  it('computes lines, VAT per rate and totals, and refuses a total the lines do not give', async () => {
    const wrong = await enter({
      supplierId,
      number: 'BV-1',
      issueDate: '2026-11-01',
      lines,
      expectedTotal: '300.00',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'expectedTotal' });
    expect(wrong.json().detail).toBe('The lines give a total of 295.00, not 300.00');
    const res = await enter({
      supplierId,
      number: 'BV-1',
      issueDate: '2026-11-01',
      dueDate: '2026-11-30',
      lines,
      expectedTotal: '295.00',
      paymentReference: '+++090/9337/55493+++',
      supplierIban: 'BE68 5390 0754 7034',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'manual',
      status: 'to_approve',
      supplier: { id: supplierId, name: 'Bureau Verhaegen' },
      supplierIban: 'BE68539007547034',
      hasOriginal: false,
      totals: { netAmount: '250.00', vatAmount: '45.00', grossAmount: '295.00', payableAmount: '295.00' },
      vatBreakdown: [
        { vatCategory: 'S', vatRate: '21', taxableAmount: '200.00', vatAmount: '42.00' },
        { vatCategory: 'S', vatRate: '6', taxableAmount: '50.00', vatAmount: '3.00' },
      ],
    });
    const dup = await enter({ supplierId, number: 'BV-1', lines });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'already_exists', existingId: res.json().id });
    // The supplier's credit note may carry the same number.
    const note = await enter({
      supplierId,
      kind: 'credit_note',
      number: 'BV-1',
      issueDate: '2026-11-02',
      lines: [lines[1]],
    });
    expect(note.statusCode, note.body).toBe(201);
  });

  it('approves, takes partial payments, refuses overpaying, then is paid', async () => {
    const p = (
      await enter({ supplierId, number: 'BV-2', issueDate: '2026-11-01', dueDate: '2026-11-15', lines })
    ).json();
    const early = await s.api.post(`${s.base}/purchase-invoices/${p.id}/payments`, {
      date: TODAY,
      amount: '1',
    });
    expect(early.statusCode).toBe(409);
    expect((await s.api.post(`${s.base}/purchase-invoices/${p.id}/approve`)).json().status).toBe('to_pay');
    const again = await s.api.post(`${s.base}/purchase-invoices/${p.id}/approve`);
    expect(again.statusCode).toBe(409);
    const edit = await s.api.patch(`${s.base}/purchase-invoices/${p.id}`, { notes: 'late' });
    expect(edit.statusCode).toBe(409);
    const del = await s.api.delete(`${s.base}/purchase-invoices/${p.id}`);
    expect(del.statusCode).toBe(409);
    const part = await s.api.post(`${s.base}/purchase-invoices/${p.id}/payments`, {
      date: TODAY,
      amount: '95',
    });
    expect(part.json()).toMatchObject({
      status: 'to_pay',
      totals: { paidAmount: '95.00', amountDue: '200.00' },
    });
    const over = await s.api.post(`${s.base}/purchase-invoices/${p.id}/payments`, {
      date: TODAY,
      amount: '200.01',
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().errors[0].path).toBe('amount');
    const rest = await s.api.post(`${s.base}/purchase-invoices/${p.id}/payments`, {
      date: TODAY,
      amount: '200',
    });
    expect(rest.json()).toMatchObject({ status: 'paid', totals: { amountDue: '0.00' } });
    expect(rest.json().payments).toHaveLength(2);
    const audit = (await s.api.get(`${s.base}/audit-log?limit=200`)).json();
    const actions = audit.items
      .filter((a: { entityId: string }) => a.entityId === p.id)
      .map((a: { action: string }) => a.action);
    const approval = audit.items.find(
      (a: { action: string; entityId: string }) =>
        a.action === 'purchase_invoice.approved' && a.entityId === p.id,
    );
    expect(approval?.subject).toEqual({ type: 'purchase_invoice', id: p.id, label: 'BV-2' });
    expect(actions).toEqual(
      expect.arrayContaining([
        'purchase_invoice.created',
        'purchase_invoice.approved',
        'purchase_invoice.payment_recorded',
      ]),
    );
  });

  it('deletes one to approve', async () => {
    const p = (await enter({ supplierId, number: 'BV-DEL', lines })).json();
    expect((await s.api.delete(`${s.base}/purchase-invoices/${p.id}`)).statusCode).toBe(204);
    expect((await s.api.get(`${s.base}/purchase-invoices/${p.id}`)).statusCode).toBe(404);
  });

  it('lists with filters, due dates and the total to pay per currency', async () => {
    const seller = await belgianSeller(t, { language: 'en' });
    const sup = async (name: string) =>
      (await seller.api.post(`${seller.base}/contacts`, { roles: ['supplier'], name })).json().id as string;
    const a = await sup('Alpha Papier');
    const b = await sup('Beta Transport');
    const make = async (
      supplier: string,
      number: string,
      due: string,
      approve: boolean,
      currency = 'EUR',
    ) => {
      const r = await seller.api.post(`${seller.base}/purchase-invoices`, {
        supplierId: supplier,
        number,
        issueDate: '2026-11-01',
        dueDate: due,
        currency,
        lines: [{ description: 'x', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
      });
      expect(r.statusCode, r.body).toBe(201);
      if (approve) await seller.api.post(`${seller.base}/purchase-invoices/${r.json().id}/approve`);
      return r.json().id as string;
    };
    const overdue = await make(a, 'A-1', '2026-11-20', true);
    const later = await make(a, 'A-2', '2027-01-10', true);
    const pending = await make(b, 'B-1', '2026-12-10', false);
    const usd = await make(b, 'B-2', '2026-12-31', true, 'USD');
    const list = (q = '') => seller.api.get(`${seller.base}/purchase-invoices${q}`).then((r) => r.json());
    const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

    const all = await list();
    expect(ids(all)).toEqual([usd, pending, later, overdue]);
    expect(all.summary).toEqual({
      count: 4,
      toPay: [
        { currency: 'EUR', amount: '363.00', count: 3 },
        { currency: 'USD', amount: '121.00', count: 1 },
      ],
    });
    expect(all.items.find((i: { id: string }) => i.id === overdue).overdue).toBe(true);
    expect(ids(await list('?status=to_pay'))).toEqual([usd, later, overdue]);
    expect(ids(await list(`?supplierId=${b}`))).toEqual([usd, pending]);
    expect(ids(await list('?overdue=true'))).toEqual([overdue]);
    expect(ids(await list('?dueBefore=2026-12-10'))).toEqual([pending, overdue]);
    expect(ids(await list('?q=beta'))).toEqual([usd, pending]);
    expect(ids(await list('?q=A-2'))).toEqual([later]);
    const page1 = await list('?limit=3');
    expect(page1.items).toHaveLength(3);
    const page2 = await list(`?limit=3&cursor=${page1.nextCursor}`);
    expect(ids(page2)).toEqual([overdue]);
    expect(page2.nextCursor).toBeNull();
    await seller.api.post(`${seller.base}/purchase-invoices/${overdue}/payments`, {
      date: TODAY,
      amount: '21',
    });
    expect((await list('?status=to_pay')).summary.toPay[0]).toEqual({
      currency: 'EUR',
      amount: '221.00',
      count: 2,
    });
  });

  it("answers 404 to another company's member, and lets the accountant read but not sales", async () => {
    const p = (await enter({ supplierId, number: 'BV-404', lines })).json();
    const foreign = client(t.app, other.session);
    expect((await foreign.get(`${other.base}/purchase-invoices/${p.id}`)).statusCode).toBe(404);
    expect((await foreign.get(`${s.base}/purchase-invoices/${p.id}`)).statusCode).toBe(404);
    expect((await foreign.post(`${other.base}/purchase-invoices/${p.id}/approve`)).statusCode).toBe(404);
    expect((await foreign.get(`${other.base}/purchase-invoices/${p.id}/original`)).statusCode).toBe(404);
    const accountant = client(t.app, await addMember(t, s.session, s.companyId, 'accountant'));
    expect((await accountant.get(`${s.base}/purchase-invoices/${p.id}`)).statusCode).toBe(200);
    const sales = client(t.app, await addMember(t, s.session, s.companyId, 'sales'));
    expect((await sales.get(`${s.base}/purchase-invoices`)).statusCode).toBe(403);
  });
});
