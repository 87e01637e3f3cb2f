import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurring } from '../../src/modules/recurring/index.js';
import { belgianSeller, buildTestApp, type Seller, type TestApp } from '../helpers/app.js';
import { withoutRules } from '../helpers/conformance.js';
import { BIS3_INVOICE, type FakeEInvoiceBe, startFakeEInvoiceBe } from '../helpers/fake-einvoice-be.js';

/** The tests need the official rules: without ../shared/conformance they are skipped (failed under CI). */
const noRules = withoutRules(import.meta.url);

/**
 * Recurring invoices that are issued and sent go the customer's way, as the send dialog would: over
 * Peppol when the customer asks for it, or leaves it to us (`auto`) and can receive an invoice there;
 * by e-mail otherwise — and a customer who asks for Peppol when it cannot be done pauses the profile
 * with the reason, instead of being e-mailed what they did not ask for.
 */
let t: TestApp;
let fake: FakeEInvoiceBe;

const REGISTERED = { name: 'Brasserie du Parc', vatNumber: 'BE0403199702' };
const REGISTERED_ID = '0208:0403199702';
const NOT_REGISTERED = { name: 'Boulangerie Dubois', vatNumber: 'BE0202239951' };
const BE_ADDRESS = { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' };

async function seller(
  customer: Record<string, unknown>,
  peppol: 'local' | 'einvoice_be' | 'none',
): Promise<Seller> {
  const s = await belgianSeller(t, {
    company: {
      legalName: 'Atelier Lumière SRL',
      bic: 'GKCCBEBB',
      address: { line1: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    },
    customer: { address: BE_ADDRESS, ...customer },
  });
  if (peppol !== 'none') {
    const r = await s.api.put(`${s.base}/peppol-settings`, {
      provider: peppol,
      ...(peppol === 'einvoice_be' ? { baseUrl: fake.url, apiKey: fake.apiKey } : {}),
    });
    expect(r.statusCode, r.body).toBe(200);
  }
  return s;
}

async function sendingProfile(s: Seller): Promise<string> {
  const res = await s.api.post(`${s.base}/recurring-profiles`, {
    contactId: s.customerId,
    name: 'Maintenance',
    currency: 'EUR',
    mode: 'issue_and_send',
    lines: [
      {
        description: 'Maintenance {{period}}',
        quantity: '1',
        unitPrice: '100',
        vatCategory: 'S',
        vatRate: '21',
      },
    ],
    schedule: {
      frequency: 'month',
      startDate: '2027-01-01',
      timeOfDay: '08:00',
      timeZone: 'Europe/Brussels',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** How each invoice of the company went out: its Peppol sendings and its e-mails. */
async function deliveries(s: Seller) {
  const docs = await t.ctx.db
    .selectFrom('documents')
    .select(['id', 'number', 'status'])
    .where('company_id', '=', s.companyId)
    .where('kind', '=', 'invoice')
    .execute();
  const peppol = await t.ctx.db
    .selectFrom('peppol_messages')
    .select(['document_id', 'receiver', 'status'])
    .where('company_id', '=', s.companyId)
    .execute();
  const mails = await t.ctx.db
    .selectFrom('mail_outbox')
    .select(['entity_id'])
    .where('company_id', '=', s.companyId)
    .where('entity_type', '=', 'invoice')
    .execute();
  return docs.map((d) => ({
    number: d.number,
    status: d.status,
    peppol: peppol.filter((p) => p.document_id === d.id).map((p) => p.receiver),
    mails: mails.filter((m) => m.entity_id === d.id).length,
  }));
}

beforeAll(async () => {
  fake = await startFakeEInvoiceBe();
  fake.participants.set(REGISTERED_ID, [BIS3_INVOICE]);
  t = await buildTestApp({
    SESSION_TTL_DAYS: '3650',
    ALLOW_PRIVATE_PEPPOL: 'true',
    PEPPOL_RETRY_BASE_MS: '1',
  });
  t.clock.set('2027-01-01T00:00:00.000Z');
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe.skipIf(noRules)('recurring invoices sent the customer’s way', () => {
  it('sends over Peppol a customer who asks for it — without an e-mail address — and hands it to the access point', async () => {
    const s = await seller({ ...REGISTERED, emails: [], deliveryPreference: 'peppol' }, 'local');
    await sendingProfile(s);
    t.clock.set('2027-01-01T07:00:00.000Z');
    expect(await runRecurring(t.ctx, s.companyId)).toMatchObject({ generated: 1, issued: 1, failed: 0 });
    expect(await deliveries(s)).toEqual([
      { number: 'F-2027-00001', status: 'issued', peppol: [REGISTERED_ID], mails: 0 },
    ]);
    await t.runJobs();
    const sent = await t.ctx.db
      .selectFrom('peppol_messages')
      .select(['status', 'message_id'])
      .where('company_id', '=', s.companyId)
      .executeTakeFirstOrThrow();
    expect(sent.status).not.toBe('queued');
    expect(sent.message_id).toMatch(/^local-/);
  });

  it('leaves it to the lookup for `auto`: Peppol when registered, e-mail when not or when the access point is down', async () => {
    const registered = await seller(REGISTERED, 'einvoice_be');
    const unregistered = await seller(NOT_REGISTERED, 'einvoice_be');
    const unknown = await seller(REGISTERED, 'einvoice_be');
    await sendingProfile(registered);
    await sendingProfile(unregistered);
    t.clock.set('2027-01-01T07:00:00.000Z');
    await runRecurring(t.ctx, registered.companyId);
    await runRecurring(t.ctx, unregistered.companyId);
    expect(await deliveries(registered)).toEqual([
      { number: 'F-2027-00001', status: 'issued', peppol: [REGISTERED_ID], mails: 0 },
    ]);
    expect(await deliveries(unregistered)).toEqual([
      { number: 'F-2027-00001', status: 'issued', peppol: [], mails: 1 },
    ]);

    // The access point does not answer the lookup (and nothing is cached for this company): e-mail.
    await sendingProfile(unknown);
    fake.down = true;
    try {
      expect(await runRecurring(t.ctx, unknown.companyId)).toMatchObject({ issued: 1, failed: 0 });
    } finally {
      fake.down = false;
    }
    expect(await deliveries(unknown)).toEqual([
      { number: 'F-2027-00001', status: 'issued', peppol: [], mails: 1 },
    ]);
  });

  it('e-mails a customer who asks for e-mail, even when reachable over Peppol', async () => {
    const s = await seller({ ...REGISTERED, deliveryPreference: 'email' }, 'local');
    await sendingProfile(s);
    t.clock.set('2027-01-01T07:00:00.000Z');
    await runRecurring(t.ctx, s.companyId);
    expect(await deliveries(s)).toEqual([{ number: 'F-2027-00001', status: 'issued', peppol: [], mails: 1 }]);
  });

  it('pauses the profile, numbering nothing, when the customer asks for Peppol and the company has none', async () => {
    const s = await seller({ ...REGISTERED, emails: [], deliveryPreference: 'peppol' }, 'none');
    const id = await sendingProfile(s);
    t.clock.set('2027-01-01T07:00:00.000Z');
    expect(await runRecurring(t.ctx, s.companyId)).toMatchObject({ generated: 0, failed: 1, paused: 1 });
    expect(await deliveries(s)).toEqual([]);
    const profile = await s.api.get(`${s.base}/recurring-profiles/${id}`, { 'accept-language': 'fr' });
    expect(profile.json()).toMatchObject({ status: 'paused' });
    expect(JSON.stringify(profile.json())).toContain('Le client reçoit ses factures par Peppol');
  });
});
