import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

/**
 * Every id a company route takes — in its path, its body or its query — is tried with the id of
 * another company's resource, by an owner of the first company. The answer is 404, the same answer
 * as for an id that exists nowhere (a filter naming another company's record is a reference not
 * found, not an empty list), and the other company's rows are left as they were.
 *
 * The routes and their id fields are read from the app (its registered routes, and the OpenAPI
 * document generated from the schemas that validate requests): a new route is tried without
 * touching this file, and one taking a new kind of id fails here until it has a case.
 */

let t: TestApp;
let a: World;
let b: World;

type DocPath = 'quotes' | 'orders' | 'invoices' | 'credit-notes';
const DOC_PATHS: DocPath[] = ['quotes', 'orders', 'invoices', 'credit-notes'];

interface World {
  session: Session;
  companyId: string;
  contact: string;
  category: string;
  product: string;
  /** A sent quote, a draft order, an issued and e-mailed invoice, a draft credit note of it. */
  documents: Record<DocPath, string>;
  /** One more draft of each kind (what edits and batch actions take). */
  drafts: Record<DocPath, string>;
  invoiceLine: string;
  /** An issued invoice with no draft credit note (a credit note of chosen lines can be made of it). */
  creditable: string;
  mail: string;
  attachment: string;
  reminder: string;
  /** A payment of the invoice, one of its allocations, and a free-standing credit note's allocation to it. */
  payment: string;
  paymentAllocation: string;
  creditAllocation: string;
  imports: Record<'contacts' | 'products', string>;
  invitation: string;
  recurringProfile: string;
  /** A purchase invoice to approve, entered by hand. */
  purchaseInvoice: string;
  /** A bank account. */
  bankAccount: string;
}

const NOWHERE = '01900000-0000-7000-8000-00000000beef';
const PREFIX = '/api/v1/companies/:companyId';
const line = { description: 'Conseil', quantity: '2', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

async function ok(res: Promise<LightMyRequestResponse>) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`setup request answered ${r.statusCode}: ${r.body}`);
  return r.json();
}

const daysAgo = (n: number) => new Date(t.clock.now().getTime() - n * 86_400_000).toISOString().slice(0, 10);

/** One company with a resource of every kind whose id a route takes. */
async function world(name: string): Promise<World> {
  const session = await signup(t.app, { name });
  const companyId = await createCompany(t.app, session, {
    name,
    email: `billing@${name}.example`,
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
  });
  const c = client(t.app, session);
  const base = `/api/v1/companies/${companyId}`;
  const contact = (
    await ok(
      c.post(`${base}/contacts`, { roles: ['customer'], name: `${name} client`, emails: ['a@b.example'] }),
    )
  ).id;
  const category = (await ok(c.post(`${base}/categories`, { name: `${name} category` }))).id;
  const product = (
    await ok(
      c.post(`${base}/products`, {
        sku: `${name}-1`,
        names: { fr: 'Conseil' },
        unitPrice: '100',
        categoryId: category,
      }),
    )
  ).id;
  const doc = async (path: DocPath, extra = {}) =>
    (await ok(c.post(`${base}/${path}`, { contactId: contact, lines: [line], ...extra }))).id as string;
  const quote = await doc('quotes');
  await ok(c.post(`${base}/quotes/${quote}/send`));
  // Overdue, so that it can have a reminder.
  const invoice = await doc('invoices', { issueDate: daysAgo(40), dueDate: daysAgo(30) });
  const issued = await ok(c.post(`${base}/invoices/${invoice}/issue`, { issueDate: daysAgo(40) }));
  const creditNote = (await ok(c.post(`${base}/invoices/${invoice}/credit-note`, { mode: 'full' }))).id;
  const mail = (await ok(c.post(`${base}/invoices/${invoice}/email`, {}))).mailId;
  const attachment = (await ok(c.get(`${base}/mail-outbox/${mail}`))).attachments[0].id;
  const reminder = (await ok(c.post(`${base}/invoices/${invoice}/reminders`, {}))).id;
  const payment = await ok(
    c.post(`${base}/invoices/${invoice}/payments`, { date: daysAgo(10), amount: '1', method: 'cash' }),
  );
  const freeNote = await doc('credit-notes');
  await ok(c.post(`${base}/credit-notes/${freeNote}/issue`));
  const applied = await ok(
    c.post(`${base}/credit-notes/${freeNote}/allocations`, {
      allocations: [{ invoiceId: invoice, amount: '1' }],
    }),
  );
  const csv = { 'content-type': 'text/csv' };
  const upload = async (kind: string, text: string) =>
    (await ok(c.post(`${base}/${kind}/imports`, Buffer.from(text), csv))).id as string;
  return {
    session,
    companyId,
    contact,
    category,
    product,
    documents: { quotes: quote, orders: await doc('orders'), invoices: invoice, 'credit-notes': creditNote },
    drafts: {
      quotes: await doc('quotes'),
      orders: await doc('orders'),
      invoices: await doc('invoices'),
      'credit-notes': await doc('credit-notes'),
    },
    invoiceLine: issued.lines[0].id,
    creditable: (await ok(c.post(`${base}/invoices/${await doc('invoices')}/issue`))).id,
    mail,
    attachment,
    reminder,
    payment: payment.id,
    paymentAllocation: payment.allocations[0].id,
    creditAllocation: applied.allocations[0].id,
    imports: {
      contacts: await upload('contacts', 'name\nAcme\n'),
      products: await upload('products', 'sku;name;unit price\nX-1;Lamp;10\n'),
    },
    invitation: (await ok(c.post(`${base}/invitations`, { email: `x@${name}.example`, role: 'sales' }))).id,
    recurringProfile: (await ok(c.post(`${base}/recurring-profiles`, recurringBody(contact)))).id,
    purchaseInvoice: (
      await ok(
        c.post(`${base}/purchase-invoices`, { supplierId: contact, number: `${name}-P1`, lines: [line] }),
      )
    ).id,
    bankAccount: (await ok(c.post(`${base}/bank-accounts`, { name: 'Bank', iban: 'BE68539007547034' }))).id,
  };
}

const schedule = {
  frequency: 'month',
  startDate: '2027-01-01',
  timeOfDay: '08:00',
  timeZone: 'Europe/Brussels',
};
const recurringBody = (contactId: string, lines: unknown[] = [line]) => ({
  contactId,
  name: 'Maintenance',
  currency: 'EUR',
  lines,
  schedule,
});

// ── What each kind of id is ────────────────────────────────────────────────────────────────────

const docPathOf = (route: string): DocPath => {
  const found = DOC_PATHS.find((p) => route.startsWith(`${PREFIX}/${p}/`));
  if (!found) throw new Error(`no document kind in ${route}`);
  return found;
};

/** A company's resource for each path parameter (by its name, and the route where that matters). */
const PATH_IDS: Record<string, (w: World, route: string) => string> = {
  userId: (w) => w.session.user.id,
  invitationId: (w) => w.invitation,
  contactId: (w) => w.contact,
  categoryId: (w) => w.category,
  productId: (w) => w.product,
  importId: (w, route) => (route.includes('/contacts/imports/') ? w.imports.contacts : w.imports.products),
  documentId: (w, route) => w.documents[docPathOf(route)],
  invoiceId: (w) => w.documents.invoices,
  mailId: (w) => w.mail,
  attachmentId: (w) => w.attachment,
  reminderId: (w) => w.reminder,
  paymentId: (w) => w.payment,
  profileId: (w) => w.recurringProfile,
  purchaseInvoiceId: (w) => w.purchaseInvoice,
  accountId: (w) => w.bankAccount,
  allocationId: (w, route) => (route.includes('/payments/') ? w.paymentAllocation : w.creditAllocation),
};
/** Path parameters that are not ids (a template's kind and language). */
const NOT_ID_PARAMS = new Set(['companyId', 'kind', 'language']);

/** A body the route accepts, so that only the id under test can be wrong. */
function validBody(method: string, route: string): Record<string, unknown> | undefined {
  if (method === 'GET' || method === 'DELETE') return undefined;
  const r = route.slice(PREFIX.length);
  if (r === '/members/:userId') return { role: 'accountant' };
  if (r === '/contacts/:contactId' || r === '/categories/:categoryId') return { name: 'Renamed' };
  if (r === '/products/:productId') return { archived: true };
  if (/\/imports\/:importId\/(validate|commit)$/.test(r)) return { mapping: { name: 'name' } };
  if (/^\/(quotes|orders|invoices|credit-notes)\/:documentId$/.test(r)) return { notes: 'Edited' };
  if (/\/:documentId\/invoice$/.test(r)) return { type: 'full' };
  if (/\/:documentId\/credit-note$/.test(r)) return { mode: 'full' };
  if (/\/reminder-rules$/.test(r)) return { levels: [{ days: 5 }] };
  if (/\/reminders\/pause$/.test(r)) return { reason: 'Dispute' };
  if (r === '/recurring-profiles/:profileId') return { name: 'Renamed' };
  if (r === '/bank-accounts/:accountId') return { name: 'Renamed' };
  if (r === '/invoices/:documentId/payments') return { date: daysAgo(1), amount: '1', method: 'cash' };
  if (r === '/purchase-invoices/:purchaseInvoiceId/payments') return { date: daysAgo(1), amount: '1' };
  if (r === '/payments/:paymentId/refunds') return { date: daysAgo(1), amount: '1', method: 'cash' };
  if (/\/allocations$/.test(r)) return { allocations: [{ invoiceId: a.documents.invoices, amount: '1' }] };
  return {};
}

interface Request {
  method: string;
  url: string;
  body?: Record<string, unknown> | undefined;
}
type Case = (id: string) => Request;

const fill = (route: string, params: Record<string, string>) =>
  route.replace(/:(\w+)/g, (_, p: string) => {
    const v = params[p];
    if (v === undefined) throw new Error(`no value for :${p} in ${route}`);
    return v;
  });

/** The route with company A's own resources in every parameter but `foreign`, which gets `id`. */
function pathCase(method: string, route: string, foreign: string): Case {
  return (id) => {
    const params: Record<string, string> = { companyId: a.companyId };
    for (const [, p] of route.matchAll(/:(\w+)/g)) {
      if (p && p !== 'companyId') params[p] = p === foreign ? id : (PATH_IDS[p]?.(a, route) ?? '');
    }
    return { method, url: fill(route, params), body: validBody(method, route) };
  };
}

const own = (route: string) =>
  fill(route, {
    companyId: a.companyId,
    categoryId: a.category,
    productId: a.product,
    contactId: a.contact,
    profileId: a.recurringProfile,
    purchaseInvoiceId: a.purchaseInvoice,
    documentId: route.includes('/:documentId/credit-note')
      ? a.creditable
      : /\/(quotes|orders|invoices|credit-notes)\/:documentId$/.test(route)
        ? a.drafts[docPathOf(route)]
        : '',
  });

/** Body and query references: the request with another company's id in that field. */
function fieldCases(): Record<string, Case> {
  const cases: Record<string, Case> = {
    [`POST ${PREFIX}/categories body:parentId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/categories`),
      body: { name: 'Child', parentId: id },
    }),
    [`PATCH ${PREFIX}/categories/:categoryId body:parentId`]: (id) => ({
      method: 'PATCH',
      url: own(`${PREFIX}/categories/:categoryId`),
      body: { parentId: id },
    }),
    [`POST ${PREFIX}/products body:categoryId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/products`),
      body: { sku: 'NEW-1', names: { fr: 'Nouveau' }, unitPrice: '1', categoryId: id },
    }),
    [`PATCH ${PREFIX}/products/:productId body:categoryId`]: (id) => ({
      method: 'PATCH',
      url: own(`${PREFIX}/products/:productId`),
      body: { categoryId: id },
    }),
    [`GET ${PREFIX}/products query:categoryId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/products`)}?categoryId=${id}`,
    }),
    [`POST ${PREFIX}/payments body:contactId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/payments`),
      body: { contactId: id, date: daysAgo(1), amount: '1', method: 'cash', currency: 'EUR' },
    }),
    [`POST ${PREFIX}/payments body:allocations/*/invoiceId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/payments`),
      body: {
        contactId: a.contact,
        date: daysAgo(1),
        amount: '1',
        method: 'cash',
        currency: 'EUR',
        allocations: [{ invoiceId: id }],
      },
    }),
    [`POST ${PREFIX}/payments/:paymentId/allocations body:allocations/*/invoiceId`]: (id) => ({
      method: 'POST',
      url: `${own(`${PREFIX}/payments`)}/${a.payment}/allocations`,
      body: { allocations: [{ invoiceId: id }] },
    }),
    [`POST ${PREFIX}/credit-notes/:documentId/allocations body:allocations/*/invoiceId`]: (id) => ({
      method: 'POST',
      url: `${own(`${PREFIX}/credit-notes`)}/${a.documents['credit-notes']}/allocations`,
      body: { allocations: [{ invoiceId: id }] },
    }),
    [`GET ${PREFIX}/payments query:contactId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/payments`)}?contactId=${id}`,
    }),
    [`GET ${PREFIX}/payments query:invoiceId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/payments`)}?invoiceId=${id}`,
    }),
    ...Object.fromEntries(
      [`${PREFIX}/reminders`, `${PREFIX}/reminders/paused`].flatMap((route) =>
        ['contactId', 'invoiceId'].map((field) => [
          `GET ${route} query:${field}`,
          (id: string) => ({ method: 'GET' as const, url: `${own(route)}?${field}=${id}` }),
        ]),
      ),
    ),
    ...Object.fromEntries(
      ['contactId', 'invoiceId'].map((field) => [
        `POST ${PREFIX}/reminder-rules/preview body:${field}`,
        (id: string) => ({
          method: 'POST' as const,
          url: own(`${PREFIX}/reminder-rules/preview`),
          body: { levels: [{ days: 5 }], level: 1, [field]: id },
        }),
      ]),
    ),
    [`GET ${PREFIX}/recurring-profiles query:contactId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/recurring-profiles`)}?contactId=${id}`,
    }),
    ...Object.fromEntries(
      (
        [
          ['POST', `${PREFIX}/recurring-profiles`],
          ['PATCH', `${PREFIX}/recurring-profiles/:profileId`],
        ] as const
      ).flatMap(([method, route]) => [
        [
          `${method} ${route} body:contactId`,
          (id: string) => ({ method, url: own(route), body: recurringBody(id) }),
        ],
        [
          `${method} ${route} body:lines/*/productId`,
          (id: string) => ({
            method,
            url: own(route),
            body: recurringBody(a.contact, [{ ...line, productId: id }]),
          }),
        ],
      ]),
    ),
    // "Make recurring": another company's invoice is refused as one that exists nowhere.
    [`POST ${PREFIX}/recurring-profiles/from-invoice body:invoiceId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/recurring-profiles/from-invoice`),
      body: { invoiceId: id, schedule },
    }),
    [`POST ${PREFIX}/purchase-invoices body:supplierId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/purchase-invoices`),
      body: { supplierId: id, number: 'P-404', lines: [line] },
    }),
    [`PATCH ${PREFIX}/purchase-invoices/:purchaseInvoiceId body:supplierId`]: (id) => ({
      method: 'PATCH',
      url: own(`${PREFIX}/purchase-invoices/:purchaseInvoiceId`),
      body: { supplierId: id },
    }),
    [`GET ${PREFIX}/purchase-invoices query:supplierId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/purchase-invoices`)}?supplierId=${id}`,
    }),
    // A statement imported into, or transactions filtered by, another company's account.
    [`POST ${PREFIX}/bank-statements query:accountId`]: (id) => ({
      method: 'POST',
      url: `${own(`${PREFIX}/bank-statements`)}?accountId=${id}`,
      body: {},
    }),
    [`GET ${PREFIX}/bank-transactions query:accountId`]: (id) => ({
      method: 'GET',
      url: `${own(`${PREFIX}/bank-transactions`)}?accountId=${id}`,
    }),
    [`POST ${PREFIX}/invoices/:documentId/credit-note body:lines/*/lineId`]: (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/invoices/:documentId/credit-note`),
      body: { mode: 'lines', lines: [{ lineId: id }] },
    }),
  };
  const batch: Record<DocPath, string> = {
    quotes: 'send',
    orders: 'confirm',
    invoices: 'issue',
    'credit-notes': 'issue',
  };
  for (const k of DOC_PATHS) {
    for (const [method, route] of [
      ['POST', `${PREFIX}/${k}`],
      ['PATCH', `${PREFIX}/${k}/:documentId`],
    ] as const) {
      const url = () => own(route);
      cases[`${method} ${route} body:contactId`] = (id) => ({
        method,
        url: url(),
        body: { contactId: id, lines: [line] },
      });
      cases[`${method} ${route} body:lines/*/productId`] = (id) => ({
        method,
        url: url(),
        body: { lines: [{ productId: id, quantity: '1' }] },
      });
      cases[`${method} ${route} body:lines/*/sourceLineId`] = (id) => ({
        method,
        url: url(),
        body: { lines: [{ ...line, sourceLineId: id }] },
      });
    }
    for (const route of [`${PREFIX}/${k}`, `${PREFIX}/${k}/summary`]) {
      cases[`GET ${route} query:contactId`] = (id) => ({
        method: 'GET',
        url: `${own(route)}?contactId=${id}`,
      });
    }
    cases[`POST ${PREFIX}/${k}/${batch[k]} body:ids`] = (id) => ({
      method: 'POST',
      url: own(`${PREFIX}/${k}/${batch[k]}`),
      // After one of its own drafts: the batch is refused as a whole, naming the foreign one.
      body: { ids: [a.drafts[k], id] },
    });
  }
  return cases;
}

/** Which of company B's resources a body or query field names. */
function foreignFor(key: string): string {
  const field = key.split(' ').at(-1) ?? '';
  if (field.endsWith('invoiceId')) return b.documents.invoices;
  if (field.endsWith('contactId') || field.endsWith('supplierId')) return b.contact;
  if (field.endsWith('categoryId') || field.endsWith('parentId')) return b.category;
  if (field.endsWith('productId')) return b.product;
  if (field.endsWith('accountId')) return b.bankAccount;
  if (field.endsWith('lineId') || field.endsWith('LineId')) return b.invoiceLine;
  if (field.endsWith('ids')) return b.drafts[docPathOf(key.split(' ')[1] ?? '')];
  throw new Error(`no foreign id for ${key}`);
}

/** Fields whose name looks like an id but that name no resource of ours. */
const NOT_REFERENCES: Record<string, string> = {
  [`POST ${PREFIX}/contacts body:peppolId`]: 'a Peppol participant identifier',
  [`PATCH ${PREFIX}/contacts/:contactId body:peppolId`]: 'a Peppol participant identifier',
  [`PUT ${PREFIX}/peppol-settings body:peppolId`]: 'the company’s own Peppol participant identifier',
};

// ── Discovery ──────────────────────────────────────────────────────────────────────────────────

const looksLikeId = (name: string) => /(Id|Ids)$/.test(name) || name === 'ids';

interface JsonSchema {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}
interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

function idFields(doc: OpenApi, schema: JsonSchema | undefined, at = '', depth = 0): string[] {
  if (!schema || depth > 8) return [];
  const s = schema.$ref ? doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] : schema;
  if (!s) return [];
  const found: string[] = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
    found.push(...idFields(doc, alt, at, depth + 1));
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    if (looksLikeId(k)) found.push(`${at}${k}`);
    found.push(...idFields(doc, v, `${at}${k}/`, depth + 1));
  }
  if (s.items) found.push(...idFields(doc, s.items, `${at}*/`, depth + 1));
  return found;
}

/** Every id a company route takes, as `METHOD route where:field`. */
async function discover(): Promise<{ path: [string, string, string][]; fields: string[] }> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<OpenApi>();
  const path: [string, string, string][] = [];
  for (const r of t.app.companyRoutes) {
    for (const [, p] of r.url.matchAll(/:(\w+)/g))
      if (p && !NOT_ID_PARAMS.has(p)) path.push([r.method, r.url, p]);
  }
  const fields = new Set<string>();
  for (const [p, ops] of Object.entries(doc.paths)) {
    const route = p.replace(/\{(\w+)\}/g, ':$1');
    if (!route.startsWith(PREFIX)) continue;
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      for (const q of op.parameters ?? [])
        if (q.in === 'query' && looksLikeId(q.name)) fields.add(`${method} ${route} query:${q.name}`);
      for (const c of Object.values(op.requestBody?.content ?? {}))
        for (const f of idFields(doc, c.schema)) fields.add(`${method} ${route} body:${f}`);
    }
  }
  return { path, fields: [...fields].sort() };
}

// ── The other company's rows, to show that nothing was touched ─────────────────────────────────

async function rowsOf(companyId: string): Promise<Record<string, unknown[]>> {
  const tables =
    t.database.engine === 'postgres'
      ? await sql<{
          name: string;
        }>`SELECT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'company_id' ORDER BY 1`.execute(
          t.ctx.db,
        )
      : await sql<{
          name: string;
        }>`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'company_id' ORDER BY 1`.execute(
          t.ctx.db,
        );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    const rows = await sql`SELECT * FROM ${sql.table(name)} WHERE company_id = ${companyId}`.execute(
      t.ctx.db,
    );
    out[name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

// ── The tests ──────────────────────────────────────────────────────────────────────────────────

let discovered: Awaited<ReturnType<typeof discover>>;
let cases: Record<string, Case>;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  t = await buildTestApp();
  a = await world('alpha');
  b = await world('beta');
  discovered = await discover();
  cases = fieldCases();
  before = await rowsOf(b.companyId);
});
afterAll(() => t.close());

const send = (r: Request) => {
  const c = client(t.app, a.session);
  const m = r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return m === 'get' || m === 'delete' ? c[m](r.url) : c[m](r.url, r.body ?? {});
};

/** Runs a case with B's id and with an id that exists nowhere; returns what differs from a 404. */
async function refusal(key: string, run: Case, foreign: string): Promise<string | null> {
  const res = await send(run(foreign));
  const nowhere = await send(run(NOWHERE));
  const type = (r: LightMyRequestResponse) => String(r.headers['content-type'] ?? '');
  const shape = (r: LightMyRequestResponse) => {
    const body = type(r).includes('json') ? r.json() : {};
    const paths = (body.errors ?? []).map((e: { path: string }) => e.path);
    return `${r.statusCode} ${body.code ?? ''} ${paths.join(',')}`;
  };
  if (res.statusCode !== 404) return `${key}: ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (!type(res).includes('application/problem+json')) return `${key}: not problem+json`;
  if (shape(res) !== shape(nowhere))
    return `${key}: ${shape(res)} for another company's id, ${shape(nowhere)} for none`;
  return null;
}

describe("another company's ids", () => {
  it('has a case for every id a company route takes', () => {
    expect(discovered.path.length).toBeGreaterThan(60);
    expect(discovered.path.filter(([, , p]) => !PATH_IDS[p]).map((x) => x.join(' '))).toEqual([]);
    const unhandled = discovered.fields.filter((f) => !cases[f] && !NOT_REFERENCES[f]);
    expect(unhandled, 'id fields without a case in fieldCases()').toEqual([]);
    const stale = [...Object.keys(cases), ...Object.keys(NOT_REFERENCES)].filter(
      (k) => !discovered.fields.includes(k),
    );
    expect(stale, 'cases for fields no route takes any more').toEqual([]);
  });

  it('answers 404 to an id of another company in the path', async () => {
    const failures: string[] = [];
    for (const [method, route, param] of discovered.path) {
      const foreign = PATH_IDS[param]?.(b, route) ?? '';
      const failure = await refusal(
        `${method} ${route} path:${param}`,
        pathCase(method, route, param),
        foreign,
      );
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });

  it('answers 404 to an id of another company in a body field or a query filter', async () => {
    const failures: string[] = [];
    for (const key of discovered.fields) {
      const run = cases[key];
      if (!run) continue;
      const failure = await refusal(key, run, foreignFor(key));
      if (failure) failures.push(failure);
      else {
        // The answer names the field at fault.
        const [where, field] = (key.split(' ').at(-1) ?? '').split(':') as [string, string];
        const path =
          where === 'query' ? `query/${field}` : field === 'ids' ? 'ids/1' : field.replaceAll('*', '0');
        const res = await send(run(foreignFor(key)));
        const paths = (res.json().errors ?? []).map((e: { path: string }) => e.path);
        if (!paths.includes(path)) failures.push(`${key}: errors name ${JSON.stringify(paths)}, not ${path}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("left the other company's rows as they were", async () => {
    expect(await rowsOf(b.companyId)).toEqual(before);
  });
});
