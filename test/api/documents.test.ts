import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireQuotes } from '../../src/modules/documents/index.js';
import { parseStructuredCommunication } from '../../src/modules/documents/payment-reference.js';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  type Session,
  signup,
  type TestApp,
} from '../helpers/app.js';

let t: TestApp;
let s: Session;
let companyId: string;
let api: ReturnType<typeof client>;
let base: string;
let customerId: string;
let euCustomerId: string;

interface Doc {
  id: string;
  status: string;
  number: string | null;
  totals: Record<string, string>;
  vat: {
    category: string;
    rate: string;
    taxableAmount: string;
    vatAmount: string;
    exemptionReason: string | null;
  }[];
  lines: { id: string; net: string; quantity: string }[];
  balance: string | null;
  paymentReference: string | null;
  buyer: { name: string; vatNumber: string | null } | null;
  allowedActions: string[];
  related: { id: string; kind: string; relation: string }[];
  events: { action: string; toStatus: string }[];
  dueDate: string | null;
  validUntil: string | null;
  issueDate: string;
  contentHash: string | null;
  previousHash: string | null;
  credited: string;
  billingType: string;
}

const line = (over: Record<string, unknown> = {}) => ({
  description: 'Consulting',
  quantity: '1',
  unitPrice: '100.00',
  vatCategory: 'S',
  vatRate: '21',
  ...over,
});

async function create(kind: string, body: Record<string, unknown>): Promise<Doc> {
  const res = await api.post(`${base}/${kind}`, { contactId: customerId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function act(kind: string, id: string, action: string, body?: unknown): Promise<Doc> {
  const res = await api.post(`${base}/${kind}/${id}/${action}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const issuedInvoice = async (lines = [line()]) => {
  const draft = await create('invoices', { lines });
  return act('invoices', draft.id, 'issue');
};

const countDocuments = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, {
    name: 'Atelier Dupont',
    country: 'BE',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  const c = await api.post(`${base}/contacts`, {
    roles: ['customer'],
    name: 'Société Générale Liégeoise',
    vatNumber: 'BE0403199702',
    address: { line1: 'Rue de la Loi 1', postalCode: '4000', city: 'Liège', country: 'BE' },
    paymentTermsDays: 14,
  });
  expect(c.statusCode, c.body).toBe(201);
  customerId = c.json().id;
  const eu = await api.post(`${base}/contacts`, {
    roles: ['customer'],
    name: 'Hollandse Handel BV',
    address: { country: 'NL', city: 'Utrecht' },
  });
  euCustomerId = eu.json().id;
});
afterAll(() => t.close());

describe('drafts and totals', () => {
  it('computes line nets, VAT per rate and totals from three lines at two rates', async () => {
    const q = await create('quotes', {
      lines: [
        line({ quantity: '3', unitPrice: '33.335' }),
        line({ quantity: '1.5', unitPrice: '80', vatRate: '6', discountPercent: '10' }),
        line({ quantity: '2', unitPrice: '19.99' }),
      ],
    });
    expect(q.status).toBe('draft');
    expect(q.number).toBeNull();
    // 3 × 33.335 = 100.005 → 100.01; 1.5 × 80 × 0.9 = 108.00; 2 × 19.99 = 39.98
    expect(q.lines.map((l) => l.net)).toEqual(['100.01', '108.00', '39.98']);
    // 21 %: 139.99 → 29.3979 → 29.40; 6 %: 108.00 → 6.48
    expect(q.vat.map((v) => [v.rate, v.taxableAmount, v.vatAmount])).toEqual([
      ['21', '139.99', '29.40'],
      ['6', '108.00', '6.48'],
    ]);
    expect(q.totals).toMatchObject({
      taxExclusive: '247.99',
      vatTotal: '35.88',
      taxInclusive: '283.87',
      payable: '283.87',
    });
  });

  it('keeps what the user typed as the total in the including-VAT mode', async () => {
    const inv = await create('invoices', {
      pricesIncludeVat: true,
      lines: [line({ unitPrice: '12.10' }), line({ unitPrice: '12.10' }), line({ unitPrice: '12.10' })],
    });
    expect(inv.totals.taxInclusive).toBe('36.30');
    expect(inv.vat[0]).toMatchObject({ taxableAmount: '30.00', vatAmount: '6.30' });
    await api.delete(`${base}/invoices/${inv.id}`);
  });

  it('fills a line from its product and refuses a product priced in another currency', async () => {
    const p = await api.post(`${base}/products`, {
      sku: 'HOUR-1',
      names: { fr: 'Heure de conseil', en: 'Consulting hour' },
      unitCode: 'HUR',
      unitPrice: '85.00',
      vatRate: '21',
    });
    expect(p.statusCode, p.body).toBe(201);
    const q = await create('quotes', {
      language: 'en',
      lines: [{ productId: p.json().id, quantity: '2.5' }],
    });
    expect(q.lines[0]).toMatchObject({ quantity: '2.5', net: '212.50' });
    expect((q.lines[0] as unknown as { description: string }).description).toBe('Consulting hour');
    const usd = await api.post(`${base}/quotes`, {
      contactId: customerId,
      currency: 'USD',
      lines: [{ productId: p.json().id, quantity: '1' }],
    });
    expect(usd.statusCode).toBe(400);
    expect(usd.json().errors[0].path).toBe('lines/0/productId');
  });

  it.each([
    [
      'a line without quantity',
      { lines: [{ description: 'x', unitPrice: '1', vatCategory: 'S', vatRate: '21' }] },
      'lines/0/quantity',
    ],
    [
      'a line without price',
      { lines: [{ description: 'x', quantity: '1', vatCategory: 'S', vatRate: '21' }] },
      'lines/0/unitPrice',
    ],
    ['an unknown VAT category', { lines: [line({ vatCategory: 'X' })] }, 'lines/0/vatCategory'],
    ['a standard rate of 0', { lines: [line({ vatRate: '0' })] }, 'lines/0/vatRate'],
    ['a price as 12,50', { lines: [line({ unitPrice: '12,50' })] }, 'lines/0/unitPrice'],
    ['a quantity as 1e3', { lines: [line({ quantity: '1e3' })] }, 'lines/0/quantity'],
    [
      'a due date before the issue date',
      { issueDate: '2026-11-27', dueDate: '2026-11-01', lines: [line()] },
      'dueDate',
    ],
  ])('refuses %s and stores nothing', async (_name, body, path) => {
    const before = await countDocuments();
    const res = await api.post(`${base}/invoices`, { contactId: customerId, ...body });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countDocuments()).toBe(before);
  });
});

describe('issuing invoices', () => {
  it('assigns the number at issue, freezes the buyer and gives a structured communication', async () => {
    const draft = await create('invoices', { lines: [line({ quantity: '2' })] });
    expect(draft.number).toBeNull();
    expect(draft.paymentReference).toBeNull();
    const inv = await act('invoices', draft.id, 'issue');
    expect(inv.status).toBe('issued');
    expect(inv.number).toMatch(/^F-2026-\d{5}$/);
    expect(inv.issueDate).toBe('2026-11-27');
    expect(inv.dueDate).toBe('2026-12-11'); // the customer's 14 days
    expect(inv.paymentReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(parseStructuredCommunication(inv.paymentReference as string)).not.toBeNull();
    expect(inv.balance).toBe('242.00');
    expect(inv.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(inv.events.map((e) => e.action)).toEqual(['created', 'issue']);

    // A later edit of the customer does not change the issued invoice.
    await api.patch(`${base}/contacts/${customerId}`, { name: 'SGL renamed' });
    const again = (await api.get(`${base}/invoices/${inv.id}`)).json() as Doc;
    expect(again.buyer?.name).toBe('Société Générale Liégeoise');
    await api.patch(`${base}/contacts/${customerId}`, { name: 'Société Générale Liégeoise' });
  });

  it('refuses to edit or delete an issued invoice, pointing to a credit note', async () => {
    const inv = await issuedInvoice();
    const patch = await api.patch(
      `${base}/invoices/${inv.id}`,
      { notes: 'changed' },
      { 'accept-language': 'en' },
    );
    expect(patch.statusCode).toBe(409);
    expect(patch.json().code).toBe('document_frozen');
    expect(patch.json().detail).toMatch(/credit note/);
    const del = await api.delete(`${base}/invoices/${inv.id}`);
    expect(del.statusCode).toBe(409);
    const reissue = await api.post(`${base}/invoices/${inv.id}/issue`);
    expect(reissue.statusCode).toBe(409);
    expect(reissue.json().code).toBe('invalid_transition');
    // The problem keeps its HTTP status and names the document's own status separately.
    expect(reissue.json()).toMatchObject({ status: 409, documentStatus: 'issued', action: 'issue' });
  });

  it('numbers without gaps: a deleted draft takes no number, numbers follow issue order', async () => {
    const a = await create('invoices', { lines: [line()] });
    const b = await create('invoices', { lines: [line()] });
    const c = await create('invoices', { lines: [line()] });
    expect((await api.delete(`${base}/invoices/${b.id}`)).statusCode).toBe(204);
    const ic = await act('invoices', c.id, 'issue');
    const ia = await act('invoices', a.id, 'issue');
    const seq = (n: string | null) => Number(n?.slice(-5));
    expect(seq(ia.number)).toBe(seq(ic.number) + 1);
  });

  it('restarts the series each year and follows a custom format', async () => {
    const settings = await api.patch(`${base}/document-settings`, {
      numberFormats: { credit_note: 'NC{YY}/{SEQ:3}' },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json().nextNumbers.credit_note).toBe('NC26/001');
    const bad = await api.patch(`${base}/document-settings`, {
      numberFormats: { invoice: 'F-{YYYY}-{NUM}' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('numberFormats/invoice');
  });

  it('refuses an issue date before the last issued invoice', async () => {
    const d = await create('invoices', { lines: [line()] });
    const res = await api.post(`${base}/invoices/${d.id}/issue`, { issueDate: '2026-01-02' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('issue_date_order');
    expect((await api.get(`${base}/invoices/${d.id}`)).json().number).toBeNull();
    await api.delete(`${base}/invoices/${d.id}`);
  });

  it('requires the buyer VAT number for reverse charge, and prints the mention', async () => {
    const d = await create('invoices', {
      contactId: euCustomerId,
      lines: [line({ vatCategory: 'AE', vatRate: '0' })],
    });
    const res = await api.post(`${base}/invoices/${d.id}/issue`);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('vat_rules');
    expect((await api.get(`${base}/invoices/${d.id}`)).json().status).toBe('draft');
    await api.patch(`${base}/contacts/${euCustomerId}`, { vatNumber: 'NL123456782B90' }).then((r) => {
      expect(r.statusCode, r.body).toBe(200);
    });
    const ok = await act('invoices', d.id, 'issue');
    expect(ok.vat[0]?.category).toBe('AE');
    expect(ok.vat[0]?.exemptionReason).toMatch(/utoliquidation|51/);
  });

  it('issues 50 invoices at once with 50 distinct numbers and no gap', async () => {
    const drafts = await Promise.all(
      Array.from({ length: 50 }, () => create('invoices', { lines: [line()] })),
    );
    const results = await Promise.all(drafts.map((d) => api.post(`${base}/invoices/${d.id}/issue`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(200));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(50);
    const seqs = numbers.map((n) => Number(n.slice(-5))).sort((a, b) => a - b);
    const first = seqs[0] as number;
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
    const all = (
      await t.ctx.db
        .selectFrom('documents')
        .select('sequence')
        .where('company_id', '=', companyId)
        .where('kind', '=', 'invoice')
        .where('sequence', 'is not', null)
        .orderBy('sequence')
        .execute()
    ).map((r) => r.sequence);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });
});

describe('hash chain', () => {
  it('verifies the chain and finds a document changed behind its back', async () => {
    const inv = await issuedInvoice();
    const ok = await api.get(`${base}/documents/chain`);
    expect(ok.json()).toMatchObject({ valid: true, brokenAt: null });
    const count = ok.json().documents as number;
    expect(count).toBeGreaterThan(50);
    const l = inv.lines[0] as { id: string };
    await t.ctx.db.updateTable('document_lines').set({ unit_price_e4: 1 }).where('id', '=', l.id).execute();
    const broken = (await api.get(`${base}/documents/chain`)).json();
    expect(broken.valid).toBe(false);
    expect(broken.brokenAt).toMatchObject({ id: inv.id, number: inv.number });
    await t.ctx.db
      .updateTable('document_lines')
      .set({ unit_price_e4: 1_000_000 })
      .where('id', '=', l.id)
      .execute();
    expect((await api.get(`${base}/documents/chain`)).json().valid).toBe(true);
  });
});

describe('issuing several drafts at once', () => {
  const get = async (id: string): Promise<Doc> => (await api.get(`${base}/invoices/${id}`)).json();
  const seq = (n: string | null) => Number(n?.split('-').pop());

  it('numbers them in the order given, chains them and records each', async () => {
    const before = await issuedInvoice();
    const drafts = [
      await create('invoices', { lines: [line()] }),
      await create('invoices', { lines: [line()] }),
    ];
    drafts.push(await create('invoices', { lines: [line({ vatRate: '6' }), line({ quantity: '2.5' })] }));
    const order = [drafts[2]!.id, drafts[0]!.id, drafts[1]!.id];
    const res = await api.post(`${base}/invoices/issue`, { ids: order });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; number: string }[];
    expect(items.map((i) => i.id)).toEqual(order);
    expect(items.map((i) => seq(i.number))).toEqual([1, 2, 3].map((k) => seq(before.number) + k));
    for (const item of items) {
      const d = await get(item.id);
      expect(d).toMatchObject({ status: 'issued', number: item.number });
      expect(d.events.map((e) => e.action)).toEqual(['created', 'issue']);
      expect(d.paymentReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    }
    // Each one chains onto the one issued before it.
    const [a, b, c] = await Promise.all(items.map((i) => get(i.id)));
    expect(a!.previousHash).toBe(before.contentHash);
    expect(b!.previousHash).toBe(a!.contentHash);
    expect(c!.previousHash).toBe(b!.contentHash);
    expect((await api.get(`${base}/documents/chain`)).json()).toMatchObject({ valid: true, brokenAt: null });
    expect((await get(drafts[2]!.id)).totals.payable).toBe('408.50');
  });

  it('issues none when one cannot be issued, names it, and leaves no gap', async () => {
    const last = await issuedInvoice();
    const ok = await create('invoices', { lines: [line()] });
    const empty = await create('invoices', { lines: [] });
    const res = await api.post(`${base}/invoices/issue`, { ids: [ok.id, empty.id] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ documentId: empty.id, batchIndex: 1 });
    expect(res.json().errors[0].path).toBe('ids/1/lines');
    // The draft's own message, in the caller's language.
    const fr = await api.post(
      `${base}/invoices/issue`,
      { ids: [ok.id, empty.id] },
      { 'accept-language': 'fr' },
    );
    expect(fr.json().errors[0].message).toBe('Un document doit comporter au moins une ligne');
    expect((await get(ok.id)).number).toBeNull();
    const next = await act('invoices', ok.id, 'issue');
    expect(seq(next.number)).toBe(seq(last.number) + 1);
    await api.delete(`${base}/invoices/${empty.id}`);
  });

  it('refuses an issued document, an unknown one, a repeated one and an empty list', async () => {
    const issued = await issuedInvoice();
    const draft = await create('invoices', { lines: [line()] });
    const again = await api.post(`${base}/invoices/issue`, { ids: [draft.id, issued.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ documentId: issued.id, documentStatus: 'issued' });
    expect((await get(draft.id)).number).toBeNull();

    const unknown = await api.post(`${base}/invoices/issue`, { ids: [draft.id, 'nope'] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ documentId: 'nope' });

    const twice = await api.post(`${base}/invoices/issue`, { ids: [draft.id, draft.id] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('ids');
    const none = await api.post(`${base}/invoices/issue`, { ids: [] });
    expect(none.statusCode).toBe(400);
    expect((await get(draft.id)).number).toBeNull();
    await api.delete(`${base}/invoices/${draft.id}`);
  });
});

describe('quote → order → invoice → credit note', () => {
  it('runs the whole lifecycle with totals carried over', async () => {
    const q = await create('quotes', {
      lines: [line({ quantity: '2' }), line({ unitPrice: '50', vatRate: '6' })],
    });
    const sent = await act('quotes', q.id, 'send');
    expect(sent.status).toBe('sent');
    expect(sent.number).toMatch(/^Q-2026-\d{4}$/);
    expect(sent.validUntil).toBe('2026-12-27');
    const accepted = await act('quotes', q.id, 'accept');
    expect(accepted.allowedActions).toEqual(expect.arrayContaining(['order', 'invoice', 'deposit']));
    const order = await api.post(`${base}/quotes/${q.id}/order`);
    expect(order.statusCode, order.body).toBe(201);
    const o = await act('orders', order.json().id, 'confirm');
    expect(o.number).toMatch(/^O-2026-/);
    const inv = await api.post(`${base}/orders/${o.id}/invoice`, { type: 'full' });
    expect(inv.statusCode, inv.body).toBe(201);
    const issued = await act('invoices', inv.json().id, 'issue');
    expect(issued.totals).toEqual(sent.totals);
    const orderAfter = (await api.get(`${base}/orders/${o.id}`)).json();
    expect(orderAfter.invoicedNet).toBe(sent.totals.taxExclusive);
    const twice = await api.post(`${base}/orders/${o.id}/invoice`, { type: 'full' });
    expect(twice.statusCode).toBe(409);

    const cn = await api.post(`${base}/invoices/${issued.id}/credit-note`, {
      mode: 'full',
      reason: 'Wrong customer',
    });
    expect(cn.statusCode, cn.body).toBe(201);
    const note = await act('credit-notes', cn.json().id, 'issue');
    expect(note.number).toMatch(/^NC26\/\d{3}$/);
    expect(note.totals.payable).toBe(issued.totals.payable);
    const cancelled = (await api.get(`${base}/invoices/${issued.id}`)).json() as Doc;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.balance).toBe('0.00');
    expect(cancelled.events.map((e) => e.action)).toContain('credited');
  });

  it('refuses to convert a declined quote', async () => {
    const q = await create('quotes', { lines: [line()] });
    await act('quotes', q.id, 'send');
    await act('quotes', q.id, 'decline');
    const before = await countDocuments();
    const res = await api.post(`${base}/quotes/${q.id}/invoice`, { type: 'full' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('invalid_transition');
    expect(res.json()).toMatchObject({ status: 409, documentStatus: 'declined' });
    expect((await api.post(`${base}/quotes/${q.id}/order`)).statusCode).toBe(409);
    expect(await countDocuments()).toBe(before);
  });

  it('invoices a deposit, then a final invoice that deducts it', async () => {
    const q = await create('quotes', {
      lines: [line({ unitPrice: '1000' }), line({ unitPrice: '500', vatRate: '6' })],
    });
    await act('quotes', q.id, 'send');
    await act('quotes', q.id, 'accept');
    // total: 1000 + 210 + 500 + 30 = 1740
    const dep = await api.post(`${base}/quotes/${q.id}/invoice`, { type: 'deposit', percent: '30' });
    expect(dep.statusCode, dep.body).toBe(201);
    expect(dep.json().billingType).toBe('deposit');
    expect(dep.json().totals.taxInclusive).toBe('522.00');
    const depIssued = await act('invoices', dep.json().id, 'issue');
    const tooMuch = await api.post(`${base}/quotes/${q.id}/invoice`, { type: 'deposit', amount: '1300.00' });
    expect(tooMuch.statusCode).toBe(422);
    const fin = await api.post(`${base}/quotes/${q.id}/invoice`, { type: 'full' });
    expect(fin.statusCode, fin.body).toBe(201);
    const final = fin.json() as Doc;
    expect(final.billingType).toBe('final');
    expect(final.totals.taxInclusive).toBe('1218.00'); // 1740 − 522
    const deduction = final.vat.find((v) => v.rate === '21');
    // 21 % group: 1000 − 30 % (300) = 700 taxable, 147 VAT
    expect(deduction).toMatchObject({ taxableAmount: '700.00', vatAmount: '147.00' });
    expect(depIssued.number).not.toBeNull();
  });

  it('credits selected lines or an amount, never more than remains', async () => {
    const inv = await issuedInvoice([
      line({ quantity: '4', unitPrice: '25' }),
      line({ unitPrice: '100', vatRate: '6' }),
    ]);
    // 100 + 21 + 100 + 6 = 227
    const first = await api.post(`${base}/invoices/${inv.id}/credit-note`, {
      mode: 'lines',
      lines: [{ lineId: inv.lines[0]?.id, quantity: '1' }],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().totals.taxInclusive).toBe('30.25');
    await act('credit-notes', first.json().id, 'issue');
    const tooMany = await api.post(`${base}/invoices/${inv.id}/credit-note`, {
      mode: 'lines',
      lines: [{ lineId: inv.lines[0]?.id, quantity: '4' }],
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().errors[0].path).toBe('lines/0/quantity');
    const before = await countDocuments();
    const big = await api.post(`${base}/invoices/${inv.id}/credit-note`, {
      mode: 'amount',
      amount: '200.00',
    });
    expect(big.statusCode).toBe(422);
    expect(big.json().code).toBe('credit_exceeds_remaining');
    expect(await countDocuments()).toBe(before);
    const rest = await api.post(`${base}/invoices/${inv.id}/credit-note`, {
      mode: 'amount',
      amount: '196.75',
    });
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json().totals.taxInclusive).toBe('196.75');
    await act('credit-notes', rest.json().id, 'issue');
    const after = (await api.get(`${base}/invoices/${inv.id}`)).json() as Doc;
    expect(after.credited).toBe('227.00');
    expect(after.status).toBe('cancelled');
  });

  it('expires sent quotes after their validity date, once', async () => {
    const q = await create('quotes', { validUntil: '2026-11-30', lines: [line()] });
    await act('quotes', q.id, 'send');
    expect(await expireQuotes(t.ctx)).toBe(0);
    t.clock.set('2026-11-30T22:59:00.000Z'); // 23:59 in Brussels: still valid
    expect(await expireQuotes(t.ctx)).toBe(0);
    t.clock.set('2026-11-30T23:01:00.000Z'); // 00:01 on 1 December in Brussels
    expect(await expireQuotes(t.ctx)).toBe(1);
    expect(await expireQuotes(t.ctx)).toBe(0);
    const expired = (await api.get(`${base}/quotes/${q.id}`)).json() as Doc;
    expect(expired.status).toBe('expired');
    expect(expired.events.filter((e) => e.action === 'expire')).toHaveLength(1);
    const accept = await api.post(`${base}/quotes/${q.id}/accept`);
    expect(accept.statusCode).toBe(409);
    t.clock.set('2026-11-27T10:00:00.000Z');
  });
});

describe('lists', () => {
  it('filters by status, customer and overdue, searches by number and customer, pages by cursor', async () => {
    const issued = (await api.get(`${base}/invoices?status=issued&limit=5`)).json();
    expect(issued.items).toHaveLength(5);
    expect(issued.items.every((d: Doc) => d.status === 'issued')).toBe(true);
    const next = (await api.get(`${base}/invoices?status=issued&limit=5&cursor=${issued.nextCursor}`)).json();
    const ids = new Set([...issued.items, ...next.items].map((d: Doc) => d.id));
    expect(ids.size).toBe(10);

    const one = issued.items[0] as Doc;
    const byNumber = (await api.get(`${base}/invoices?q=${encodeURIComponent(one.number ?? '')}`)).json();
    expect(byNumber.items.map((d: Doc) => d.id)).toEqual([one.id]);
    const byCustomer = (await api.get(`${base}/invoices?q=hollandse`)).json();
    expect(byCustomer.items.length).toBeGreaterThan(0);

    expect((await api.get(`${base}/invoices?overdue=true`)).json().items).toHaveLength(0);
    t.clock.set('2026-12-20T10:00:00.000Z');
    const overdue = (await api.get(`${base}/invoices?overdue=true&limit=200`)).json();
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((d: Doc & { overdue: boolean }) => d.overdue)).toBe(true);
    t.clock.set('2026-11-27T10:00:00.000Z');

    const csv = await api.get(`${base}/invoices?format=csv&status=cancelled`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('number');
  });
});

describe('permissions', () => {
  it('lets sales issue invoices but not credit notes; read-only reads', async () => {
    const sales = await addMember(t, s, companyId, 'sales');
    const ro = await addMember(t, s, companyId, 'readonly');
    const inv = await issuedInvoice();
    const salesApi = client(t.app, sales);
    expect((await salesApi.post(`${base}/invoices/${inv.id}/credit-note`, { mode: 'full' })).statusCode).toBe(
      403,
    );
    const roApi = client(t.app, ro);
    expect((await roApi.get(`${base}/invoices/${inv.id}`)).statusCode).toBe(200);
    expect((await roApi.post(`${base}/invoices`, { lines: [] })).statusCode).toBe(403);
  });
});

describe('records used by documents', () => {
  it('refuses to delete a contact or a product that appears on a document, and deletes unused ones', async () => {
    const p = await api.post(`${base}/products`, {
      sku: 'USED-1',
      names: { fr: 'Utilisé' },
      unitPrice: '5.00',
    });
    await create('quotes', { lines: [{ productId: p.json().id, quantity: '1' }] });
    const delContact = await api.delete(`${base}/contacts/${customerId}`);
    expect(delContact.statusCode).toBe(409);
    expect(delContact.json().code).toBe('in_use');
    const delProduct = await api.delete(`${base}/products/${p.json().id}`);
    expect(delProduct.statusCode).toBe(409);
    expect((await api.get(`${base}/products/${p.json().id}`)).statusCode).toBe(200);
    const unused = await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Nobody' });
    expect((await api.delete(`${base}/contacts/${unused.json().id}`)).statusCode).toBe(204);
  });
});

describe('list filters', () => {
  it('refuses a status that the kind of document does not have', async () => {
    const res = await api.get(`${base}/quotes?status=paid`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query/status');
    expect((await api.get(`${base}/invoices?status=paid,issued`)).statusCode).toBe(200);
  });
});

describe('derived drafts and VAT-included prices', () => {
  it('keeps links to the source lines when a derived draft is edited, and refuses foreign ones', async () => {
    const inv = await issuedInvoice([line({ quantity: '4' })]);
    const cn = (await api.post(`${base}/invoices/${inv.id}/credit-note`, { mode: 'full' })).json();
    const sourceLineId = inv.lines[0]?.id;
    const ok = await api.patch(`${base}/credit-notes/${cn.id}`, {
      lines: [line({ quantity: '1', sourceLineId })],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().lines[0].sourceLineId).toBe(sourceLineId);
    // A line of the company, but not of the invoice: refused by the rule (an id of no line is a 404).
    const notSource = ok.json().lines[0].id;
    const bad = await api.patch(`${base}/credit-notes/${cn.id}`, {
      lines: [line({ sourceLineId: notSource })],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('lines/0/sourceLineId');
    await api.delete(`${base}/credit-notes/${cn.id}`);
  });

  it("converts a product's price when the document's prices include VAT", async () => {
    const p = await api.post(`${base}/products`, {
      sku: 'GROSS-1',
      names: { fr: 'Lampe' },
      unitPrice: '100.00',
      vatRate: '21',
    });
    const d = await create('invoices', {
      pricesIncludeVat: true,
      lines: [{ productId: p.json().id, quantity: '1' }],
    });
    expect(d.totals.taxInclusive).toBe('121.00');
    expect(d.totals.taxExclusive).toBe('100.00');
    await api.delete(`${base}/invoices/${d.id}`);
  });
});
