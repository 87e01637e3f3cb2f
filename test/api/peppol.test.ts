import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { einvoiceBeProvider, localProvider, peppolSendJob } from '../../src/modules/peppol/index.js';
import { validateEInvoice } from '../../src/platform/einvoice/validate.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { decryptSecret, secretKey } from '../../src/platform/secrets.js';
import { belgianSeller, buildTestApp, consultingLine, type Seller, type TestApp } from '../helpers/app.js';
import { withoutRules } from '../helpers/conformance.js';
import {
  BIS3_CREDIT_NOTE,
  BIS3_INVOICE,
  type FakeEInvoiceBe,
  startFakeEInvoiceBe,
} from '../helpers/fake-einvoice-be.js';

/** The tests need the official rules: without ../shared/conformance they are skipped (failed under CI). */
const noRules = withoutRules(import.meta.url);

/*
 * Issue 15, point 4: sending over Peppol through e-invoice.be's API (a local server that follows it),
 * and through the local folder provider.
 */

let t: TestApp;
let fake: FakeEInvoiceBe;

interface DocEvent {
  action: string;
  toStatus: string;
  data: Record<string, unknown> | null;
}

const COMPANY = {
  legalName: 'Atelier Lumière SRL',
  bic: 'GKCCBEBB',
  address: { line1: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
};
const CUSTOMER = {
  name: 'Brasserie du Parc',
  vatNumber: 'BE0403199702',
  address: { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
};
const CUSTOMER_ID = '0208:0403199702';
const SELLER_ID = '0208:0417497106';

async function seller(
  customer: Record<string, unknown> = CUSTOMER,
  provider: 'einvoice_be' | 'local' = 'einvoice_be',
  baseUrl?: string,
) {
  const s = await belgianSeller(t, { company: COMPANY, customer });
  const r = await s.api.put(`${s.base}/peppol-settings`, {
    provider,
    ...(provider === 'einvoice_be' ? { baseUrl: baseUrl ?? fake.url, apiKey: fake.apiKey } : {}),
  });
  expect(r.statusCode, r.body).toBe(200);
  return s;
}

async function sendByPeppol(s: Seller) {
  const draft = await s.api.post(`${s.base}/invoices`, { contactId: s.customerId, lines: [consultingLine] });
  expect(draft.statusCode, draft.body).toBe(201);
  const sent = await s.api.post(`${s.base}/invoices/${draft.json().id}/send`, {
    delivery: { method: 'peppol' },
  });
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json() as {
    id: string;
    number: string;
    status: string;
    delivery: { method: string; peppolMessageId: string; peppolReceiver: string };
  };
}

const invoice = async (s: Seller, id: string) =>
  (await s.api.get(`${s.base}/invoices/${id}`)).json() as { status: string; events: DocEvent[] };
/** The invoice's Peppol status as the invoice list shows it. */
const listed = async (s: Seller, id: string, path = 'invoices') => {
  const r = await s.api.get(`${s.base}/${path}`);
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().items as { id: string; peppolStatus: string | null }[]).find((i) => i.id === id)
    ?.peppolStatus;
};
const event = (events: DocEvent[], action: string) => events.find((e) => e.action === action);
const notifications = async (s: Seller) =>
  (await s.api.get(`${s.base}/notifications`)).json().items as { type: string; text: string }[];

/** Runs due jobs, moving the clock past each back-off, until nothing is left to run. */
async function drainWithRetries(rounds = 12) {
  for (let i = 0; i < rounds; i++) {
    await t.runJobs();
    t.clock.advance(2 * 3_600_000);
  }
}

beforeAll(async () => {
  fake = await startFakeEInvoiceBe();
  fake.participants.set(CUSTOMER_ID, [BIS3_INVOICE, BIS3_CREDIT_NOTE]);
  t = await buildTestApp({ PEPPOL_RETRY_BASE_MS: '1', ALLOW_PRIVATE_PEPPOL: 'true' });
  t.clock.set('2026-11-27T10:00:00.000Z');
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe.skipIf(noRules)('Peppol settings', () => {
  it('stores the API key encrypted, never returns it, and derives the company’s Peppol id', async () => {
    const s = await belgianSeller(t, { company: COMPANY });
    const none = await s.api.get(`${s.base}/peppol-settings`);
    expect(none.json()).toMatchObject({
      provider: 'none',
      apiKeySet: false,
      peppolId: SELLER_ID,
      peppolIdDerived: true,
    });

    const missing = await s.api.put(
      `${s.base}/peppol-settings`,
      { provider: 'einvoice_be' },
      { 'accept-language': 'en' },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { path: 'apiKey', message: 'An API key is required for this access point' },
    ]);

    const put = await s.api.put(`${s.base}/peppol-settings`, {
      provider: 'einvoice_be',
      baseUrl: fake.url,
      apiKey: 'sk-very-secret-123',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.body).not.toContain('sk-very-secret-123');
    expect(put.json()).toMatchObject({ provider: 'einvoice_be', apiKeySet: true, baseUrl: fake.url });
    const got = await s.api.get(`${s.base}/peppol-settings`);
    expect(got.body).not.toContain('sk-very-secret-123');

    const row = await t.ctx.db
      .selectFrom('peppol_settings')
      .selectAll()
      .where('company_id', '=', s.companyId)
      .executeTakeFirstOrThrow();
    expect(row.api_key).not.toContain('sk-very-secret-123');
    expect(decryptSecret(secretKey(t.ctx.config), row.api_key ?? '')).toBe('sk-very-secret-123');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('company_id', '=', s.companyId)
      .execute();
    expect(JSON.stringify(audit)).not.toContain('sk-very-secret-123');

    // Saving again without a key keeps the stored one.
    const again = await s.api.put(`${s.base}/peppol-settings`, {
      provider: 'einvoice_be',
      baseUrl: fake.url,
      peppolId: '9925:BE0417497106',
    });
    expect(again.json()).toMatchObject({
      apiKeySet: true,
      peppolId: '9925:BE0417497106',
      peppolIdDerived: false,
    });

    // Left out, the address is kept; null goes back to the access point's public API.
    const kept = await s.api.put(`${s.base}/peppol-settings`, { provider: 'einvoice_be' });
    expect(kept.json()).toMatchObject({ baseUrl: fake.url, apiKeySet: true });
    const reset = await s.api.put(`${s.base}/peppol-settings`, { provider: 'einvoice_be', baseUrl: null });
    expect(reset.json()).toMatchObject({ baseUrl: 'https://api.e-invoice.be', apiKeySet: true });
  });

  it('registers the company as a receiver when the access point account holds its id, and says why not otherwise', async () => {
    const s = await seller();
    const refused = await s.api.post(`${s.base}/peppol-settings/register`);
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json().registration).toMatchObject({ status: 'failed' });
    expect(refused.json().registration.error).toContain(SELLER_ID);
    fake.accountIds.push(SELLER_ID);
    const ok = await s.api.post(`${s.base}/peppol-settings/register`);
    expect(ok.json().registration).toMatchObject({ status: 'registered', error: null });
  });

  it('refuses a wrong API key with the access point’s reason', async () => {
    const s = await belgianSeller(t, { company: COMPANY });
    await s.api.put(`${s.base}/peppol-settings`, {
      provider: 'einvoice_be',
      baseUrl: fake.url,
      apiKey: 'wrong-key-123',
    });
    const r = await s.api.post(`${s.base}/peppol-settings/register`, {}, { 'accept-language': 'en' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'peppol_rejected' });
    expect(r.json().detail).toContain('Invalid API key');
  });
});

describe.skipIf(noRules)('access point address', () => {
  it('refuses an access point on a private address unless the installation allows it', async () => {
    const strict = await buildTestApp({ PEPPOL_RETRY_BASE_MS: '1' });
    try {
      const s = await belgianSeller(strict, { company: COMPANY });
      for (const baseUrl of [fake.url, 'https://127.0.0.1', 'https://[::1]:8443', 'https://10.1.2.3/api']) {
        const r = await s.api.put(
          `${s.base}/peppol-settings`,
          { provider: 'einvoice_be', baseUrl, apiKey: 'sk-very-secret-123' },
          { 'accept-language': 'en' },
        );
        expect(r.statusCode, baseUrl).toBe(422);
        expect(r.json().errors[0]).toMatchObject({ path: 'baseUrl' });
      }
    } finally {
      await strict.close();
    }
  });
});

describe.skipIf(noRules)('participant lookup', () => {
  it('answers whether the customer is reachable and for which documents, from a day-long cache', async () => {
    const s = await seller();
    const url = `${s.base}/contacts/${s.customerId}/peppol`;
    const before = fake.requests.filter((r) => r.path === '/api/lookup').length;
    const r = await s.api.get(url);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      peppolId: CUSTOMER_ID,
      reachable: true,
      accepts: { invoice: true, creditNote: true },
      provider: 'einvoice_be',
    });
    expect(r.json().documentTypes).toEqual([BIS3_INVOICE, BIS3_CREDIT_NOTE]);
    await s.api.get(url);
    expect(fake.requests.filter((x) => x.path === '/api/lookup').length).toBe(before + 1);
    await s.api.get(`${url}?refresh=true`);
    expect(fake.requests.filter((x) => x.path === '/api/lookup').length).toBe(before + 2);

    const unknown = await s.api.post(`${s.base}/contacts`, {
      roles: ['customer'],
      name: 'Unregistered BV',
      vatNumber: 'BE0417497106',
      address: { line1: 'X 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    });
    const u = await s.api.get(`${s.base}/contacts/${unknown.json().id}/peppol`);
    expect(u.json()).toMatchObject({
      peppolId: '0208:0417497106',
      reachable: false,
      accepts: { invoice: false },
    });

    const noId = await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Particulier' });
    const n = await s.api.get(`${s.base}/contacts/${noId.json().id}/peppol`);
    expect(n.json()).toMatchObject({ peppolId: null, reachable: false });
  });

  it('says unreachable without asking anyone when Peppol is off', async () => {
    const s = await belgianSeller(t, { company: COMPANY, customer: CUSTOMER });
    const r = await s.api.get(`${s.base}/contacts/${s.customerId}/peppol`);
    expect(r.json()).toMatchObject({
      peppolId: CUSTOMER_ID,
      reachable: false,
      provider: 'none',
      checkedAt: null,
    });
  });
});

describe.skipIf(noRules)('delivery preference', () => {
  it('keeps each customer’s preferred way (auto by default) and gives it with the Peppol lookup', async () => {
    const s = await seller();
    const contact = async () => (await s.api.get(`${s.base}/contacts/${s.customerId}`)).json();
    expect((await contact()).deliveryPreference).toBe('auto');
    const lookup = async () => (await s.api.get(`${s.base}/contacts/${s.customerId}/peppol`)).json();
    expect(await lookup()).toMatchObject({ reachable: true, deliveryPreference: 'auto' });

    const put = await s.api.patch(`${s.base}/contacts/${s.customerId}`, { deliveryPreference: 'email' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().deliveryPreference).toBe('email');
    expect(await lookup()).toMatchObject({ reachable: true, deliveryPreference: 'email' });

    const bad = await s.api.patch(`${s.base}/contacts/${s.customerId}`, {
      deliveryPreference: 'fax',
      name: 'Changed',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['deliveryPreference']);
    expect(await contact()).toMatchObject({ name: CUSTOMER.name, deliveryPreference: 'email' });

    const created = await s.api.post(`${s.base}/contacts`, {
      roles: ['customer'],
      name: 'Peppol first NV',
      deliveryPreference: 'peppol',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().deliveryPreference).toBe('peppol');
    // Not reachable (no Peppol id): the dialog is told both, to say why it falls back to e-mail.
    const n = await s.api.get(`${s.base}/contacts/${created.json().id}/peppol`);
    expect(n.json()).toMatchObject({ peppolId: null, reachable: false, deliveryPreference: 'peppol' });
  });

  it('shows a credit note’s Peppol status on the credit-note list', async () => {
    const s = await seller();
    const draft = await s.api.post(`${s.base}/invoices`, {
      contactId: s.customerId,
      lines: [consultingLine],
    });
    await s.api.post(`${s.base}/invoices/${draft.json().id}/issue`, {});
    const cn = await s.api.post(`${s.base}/invoices/${draft.json().id}/credit-note`, {
      mode: 'full',
      reason: 'Wrong customer',
    });
    expect(cn.statusCode, cn.body).toBe(201);
    const sent = await s.api.post(`${s.base}/credit-notes/${cn.json().id}/send`, {
      delivery: { method: 'peppol' },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await listed(s, cn.json().id, 'credit-notes')).toBe('queued');
    expect(await listed(s, draft.json().id)).toBeNull();
    t.clock.advance(1000);
    await t.runJobs();
    expect(await listed(s, cn.json().id, 'credit-notes')).toBe('sent');
  });

  it('leaves the Peppol status empty on documents never sent over Peppol', async () => {
    const s = await seller();
    const draft = await s.api.post(`${s.base}/invoices`, {
      contactId: s.customerId,
      lines: [consultingLine],
    });
    const issued = await s.api.post(`${s.base}/invoices/${draft.json().id}/send`, {
      delivery: { method: 'download' },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().peppolStatus).toBeNull();
    expect(await listed(s, draft.json().id)).toBeNull();
  });
});

describe.skipIf(noRules)('sending over Peppol', () => {
  it('hands the validated UBL to the access point, shows its message id, then delivered', async () => {
    const s = await seller();
    const sent = await sendByPeppol(s);
    expect(sent.delivery).toMatchObject({ method: 'peppol', peppolReceiver: CUSTOMER_ID });
    expect(sent.status).toBe('issued');
    expect(await listed(s, sent.id)).toBe('queued');
    const sentBefore = fake.sent().length;
    t.clock.advance(1000); // the worker runs after the request
    await t.runJobs();
    expect(await listed(s, sent.id)).toBe('sent');
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    const doc = fake.sent().at(-1);
    expect(doc?.ubl).toContain(sent.number);
    expect(doc).toMatchObject({ state: 'TRANSIT', sender: SELLER_ID, receiver: CUSTOMER_ID });
    const check = await validateEInvoice(doc?.ubl ?? '', { layers: ['en16931', 'peppol'] });
    expect(check.errors.filter((e) => e.flag === 'fatal')).toEqual([]);
    let inv = await invoice(s, sent.id);
    expect(event(inv.events, 'peppol_sent')?.data).toMatchObject({
      messageId: doc?.id,
      receiver: CUSTOMER_ID,
    });
    expect(inv.status).toBe('issued');

    // Still in transit at the first check: asked again later.
    t.clock.advance(61_000);
    await t.runJobs();
    expect(event((await invoice(s, sent.id)).events, 'peppol_delivered')).toBeUndefined();
    if (doc) doc.state = 'SENT';
    t.clock.advance(6 * 60_000);
    await t.runJobs();
    inv = await invoice(s, sent.id);
    expect(event(inv.events, 'peppol_delivered')?.data).toMatchObject({ messageId: doc?.id });
    expect(inv.status).toBe('sent');
    expect(await listed(s, sent.id)).toBe('delivered');
    expect((inv as unknown as { peppolStatus: string }).peppolStatus).toBe('delivered');
  });

  it('fails visibly with the access point’s reason when it rejects the document (4xx), without retrying', async () => {
    const s = await seller();
    fake.rejected.set(CUSTOMER_ID, 'Receiver 0208:0403199702 does not accept this document type');
    try {
      const sent = await sendByPeppol(s);
      const sendsBefore = fake.requests.filter((r) => r.path.endsWith('/send')).length;
      t.clock.advance(1000);
      await drainWithRetries(3);
      expect(fake.requests.filter((r) => r.path.endsWith('/send')).length).toBe(sendsBefore + 1);
      const failed = event((await invoice(s, sent.id)).events, 'peppol_failed');
      expect(failed?.data?.error).toBe(
        'The Peppol access point refused: Receiver 0208:0403199702 does not accept this document type',
      );
      expect(await listed(s, sent.id)).toBe('failed');
      expect((await notifications(s)).map((n) => n.type)).toContain('peppol.failed');
    } finally {
      fake.rejected.clear();
    }
  });

  it('waits as long as a 429’s Retry-After asks, then sends', async () => {
    const s = await seller();
    fake.script.push({ path: '/api/documents/ubl', status: 429, retryAfter: '1' });
    const sent = await sendByPeppol(s);
    await t.runJobs();
    const uploads = fake.requests.filter((r) => r.path === '/api/documents/ubl').slice(-2);
    expect(uploads).toHaveLength(2);
    expect((uploads[1]?.at ?? 0) - (uploads[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(event((await invoice(s, sent.id)).events, 'peppol_sent')).toBeDefined();
  });

  it('retries through an outage (503) and fails visibly when the attempts run out', async () => {
    const s = await seller();
    const sentBefore = fake.sent().length;
    const sent = await sendByPeppol(s);
    fake.down = true;
    try {
      await t.runJobs();
      // The first attempt failed: nothing visible yet, the queue retries later.
      expect(event((await invoice(s, sent.id)).events, 'peppol_failed')).toBeUndefined();
      await drainWithRetries();
    } finally {
      fake.down = false;
    }
    const failed = event((await invoice(s, sent.id)).events, 'peppol_failed');
    expect(String(failed?.data?.error)).toContain('could not be reached');
    expect(String(failed?.data?.error)).toContain('503');
    expect((await notifications(s)).map((n) => n.type)).toContain('peppol.failed');
    expect(fake.sent()).toHaveLength(sentBefore);
  });

  it('retries when the access point refuses connections, and fails visibly at the end', async () => {
    const s = await seller(CUSTOMER, 'einvoice_be', 'http://127.0.0.1:9');
    const sent = await sendByPeppol(s);
    await drainWithRetries();
    const failed = event((await invoice(s, sent.id)).events, 'peppol_failed');
    expect(String(failed?.data?.error)).toContain('could not be reached');
  });

  it('sends each sending once, however often the worker runs it', async () => {
    const s = await seller();
    const sentBefore = fake.sent().length;
    const sent = await sendByPeppol(s);
    // The same key again adds nothing; a duplicate job (a run repeated after a crash) finds it done.
    expect(
      await enqueueJob(
        t.ctx.db,
        new Date().toISOString(),
        'peppol.send',
        {},
        {
          uniqueKey: `peppol-send:${sent.id}:1`,
        },
      ),
    ).toBe(false);
    await t.runJobs();
    await enqueueJob(t.ctx.db, t.clock.now().toISOString(), peppolSendJob.name, {
      companyId: s.companyId,
      peppolMessageId: sent.delivery.peppolMessageId,
    });
    await t.runJobs();
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    const events = (await invoice(s, sent.id)).events.filter((e) => e.action === 'peppol_sent');
    expect(events).toHaveLength(1);
  });

  it('never sends twice when a worker stops after the access point took the document, or its answer is lost', async () => {
    const s = await seller();
    const peppolSent = async (id: string) =>
      (await invoice(s, id)).events.filter((e) => e.action === 'peppol_sent');
    /** Runs the sending job as a worker would, dying (throwing) at its `n`-th commit: nothing of it commits. */
    const runDyingAt = async (peppolMessageId: string, n: number) => {
      let commits = 0;
      const run = peppolSendJob.handler(
        t.ctx,
        { companyId: s.companyId, peppolMessageId },
        {
          id: 'crashing-run',
          name: peppolSendJob.name,
          companyId: s.companyId,
          attempts: 1,
          maxAttempts: 6,
          signal: new AbortController().signal,
          commit: async (fn) => {
            if (++commits === n) throw new Error('worker killed');
            return t.ctx.db.transaction().execute(fn);
          },
        },
      );
      await expect(run).rejects.toThrow('worker killed');
    };

    // Killed after transmitting, before recording it: the next run asks the access point first.
    let sentBefore = fake.sent().length;
    const first = await sendByPeppol(s);
    await runDyingAt(first.delivery.peppolMessageId, 2);
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    expect(await peppolSent(first.id)).toHaveLength(0);
    await t.runJobs();
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    const recovered = await peppolSent(first.id);
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.data?.messageId).toBe(fake.sent().at(-1)?.id);

    // Killed after preparing, before recording the access point's id: a draft is left there, unsent;
    // the next run prepares again and sends once.
    sentBefore = fake.sent().length;
    const second = await sendByPeppol(s);
    await runDyingAt(second.delivery.peppolMessageId, 1);
    const drafts = [...fake.documents.values()].filter((d) => d.state === 'DRAFT').length;
    expect(drafts).toBeGreaterThan(0);
    await t.runJobs();
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    expect(await peppolSent(second.id)).toHaveLength(1);

    // The access point sends it but its answer is lost: the retried call is refused (409, already
    // sent), which is not a failure: it left, once.
    sentBefore = fake.sent().length;
    const third = await sendByPeppol(s);
    fake.loseNextSendAnswer = true;
    await t.runJobs();
    expect(fake.loseNextSendAnswer).toBe(false);
    expect(fake.sent()).toHaveLength(sentBefore + 1);
    const inv = await invoice(s, third.id);
    expect(inv.events.filter((e) => e.action === 'peppol_sent')).toHaveLength(1);
    expect(event(inv.events, 'peppol_failed')).toBeUndefined();
  });

  it('refuses at send time a customer without a Peppol address, and numbers nothing', async () => {
    const s = await seller({
      name: 'Particulier',
      address: { line1: 'A 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    });
    const draft = await s.api.post(`${s.base}/invoices`, {
      contactId: s.customerId,
      lines: [consultingLine],
    });
    const r = await s.api.post(
      `${s.base}/invoices/${draft.json().id}/send`,
      { delivery: { method: 'peppol' } },
      { 'accept-language': 'en' },
    );
    expect(r.statusCode).toBe(422);
    expect(r.json().errors).toEqual([
      {
        path: 'buyer/peppolId',
        message: 'The customer needs a Peppol ID, an enterprise number or a VAT number',
      },
    ]);
    expect((await invoice(s, draft.json().id)).status).toBe('draft');
  });

  it('refuses Peppol when the company has no access point', async () => {
    const s = await belgianSeller(t, { company: COMPANY, customer: CUSTOMER });
    const draft = await s.api.post(`${s.base}/invoices`, {
      contactId: s.customerId,
      lines: [consultingLine],
    });
    const r = await s.api.post(`${s.base}/invoices/${draft.json().id}/send`, {
      delivery: { method: 'peppol' },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().errors[0].path).toBe('delivery/method');
  });

  it('never sends an e-invoice that fails validation: the failure is on the timeline', async () => {
    // A customer with a VAT number but no address: reachable, but BT-55 (country) is missing.
    const s = await seller({ name: 'Sans Adresse', vatNumber: 'BE0403199702' });
    const uploads = fake.requests.filter((r) => r.path === '/api/documents/ubl').length;
    const sent = await sendByPeppol(s);
    await t.runJobs();
    expect(fake.requests.filter((r) => r.path === '/api/documents/ubl').length).toBe(uploads);
    const failed = event((await invoice(s, sent.id)).events, 'peppol_failed');
    expect(failed?.data?.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'buyer/address/country' })]),
    );
  });
});

describe.skipIf(noRules)('local provider', () => {
  it('writes the UBL to the outbox folder, where it validates, and reports it delivered', async () => {
    const s = await seller(CUSTOMER, 'local');
    const lookup = await s.api.get(`${s.base}/contacts/${s.customerId}/peppol`);
    expect(lookup.json()).toMatchObject({ reachable: true, provider: 'local' });
    const sent = await sendByPeppol(s);
    await t.runJobs();
    const dir = join(t.ctx.config.peppolLocalDir, 'peppol-outbox', s.companyId);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const xml = readFileSync(join(dir, files[0] ?? ''), 'utf8');
    expect(xml).toContain(sent.number);
    const check = await validateEInvoice(xml, { layers: ['en16931', 'peppol'] });
    expect(check.errors.filter((e) => e.flag === 'fatal')).toEqual([]);
    expect(event((await invoice(s, sent.id)).events, 'peppol_sent')?.data?.messageId).toBe(
      files[0]?.replace(/\.xml$/, ''),
    );
    t.clock.advance(61_000);
    await t.runJobs();
    expect((await invoice(s, sent.id)).status).toBe('sent');
  });
});

describe.skipIf(noRules)('incoming documents', () => {
  it('lists and fetches what e-invoice.be received for the account', async () => {
    fake.incoming.set('in_1', {
      id: 'in_1',
      ubl: '<Invoice>incoming</Invoice>',
      filename: 'in_1.xml',
      state: 'SENT',
    });
    const p = einvoiceBeProvider({ baseUrl: fake.url, apiKey: fake.apiKey, retryBaseMs: 1 });
    expect(await p.listIncoming()).toEqual(['in_1']);
    expect((await p.fetchIncoming('in_1')).toString('utf8')).toBe('<Invoice>incoming</Invoice>');
  });

  it('reads the local inbox folder and moves acknowledged files aside', async () => {
    const dir = join(t.ctx.config.dataDir, 'incoming-test');
    const p = localProvider(dir, 'company-1');
    expect(await p.listIncoming()).toEqual([]);
    mkdirSync(join(dir, 'peppol-inbox', 'company-1'), { recursive: true });
    writeFileSync(join(dir, 'peppol-inbox', 'company-1', 'a-1.xml'), '<Invoice/>');
    expect(await p.listIncoming()).toEqual(['a-1']);
    expect((await p.fetchIncoming('a-1')).toString()).toBe('<Invoice/>');
    await p.acknowledge('a-1');
    expect(await p.listIncoming()).toEqual([]);
    await expect(p.fetchIncoming('../secret')).rejects.toThrow('Not a local message id');
  });
});
