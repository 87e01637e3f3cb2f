import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/jobs.js';
import { runRecurring } from '../../src/modules/recurring/index.js';
import { belgianSeller, buildTestApp, type Seller, type TestApp } from '../helpers/app.js';

/**
 * The recurring run with the clock moved over months and years: the exact invoices each profile
 * produces (dates, period texts in the customer's language, amounts), once per period whatever the
 * run does — repeated, after downtime, across month ends, 29 February and daylight-saving changes —
 * drafts or issued and e-mailed, the catalogue's price followed or not, failures pausing the profile.
 */
let t: TestApp;
let s: Seller;

const line = (extra: Record<string, unknown> = {}) => ({
  description: 'Maintenance {{period}}',
  quantity: '1',
  unitPrice: '100',
  vatCategory: 'S',
  vatRate: '21',
  ...extra,
});

async function createProfile(seller: Seller, body: Record<string, unknown>) {
  const res = await seller.api.post(`${seller.base}/recurring-profiles`, {
    contactId: seller.customerId,
    name: 'Maintenance',
    currency: 'EUR',
    lines: [line()],
    ...body,
    schedule: { timeOfDay: '08:00', timeZone: 'Europe/Brussels', ...(body.schedule as object) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** The invoices a profile made, oldest period first, as the test reads them. */
async function invoicesOf(profileId: string) {
  const runs = await t.ctx.db
    .selectFrom('recurring_runs as r')
    .leftJoin('documents as d', 'd.id', 'r.document_id')
    .select([
      'r.period_start',
      'r.period_end',
      'r.status',
      'r.error',
      'd.id',
      'd.status as doc_status',
      'd.number',
      'd.issue_date',
      'd.notes',
      'd.tax_exclusive_minor',
    ])
    .where('r.profile_id', '=', profileId)
    .orderBy('r.period_start')
    .execute();
  const lines = await t.ctx.db
    .selectFrom('document_lines')
    .select(['document_id', 'description', 'unit_price_e4'])
    .where('document_id', 'in', runs.flatMap((r) => (r.id ? [r.id] : [])).concat(['-']))
    .orderBy('position')
    .execute();
  return runs.map((r) => ({
    period: `${r.period_start}..${r.period_end}`,
    status: r.status,
    error: r.error,
    docStatus: r.doc_status,
    number: r.number,
    issueDate: r.issue_date,
    notes: r.notes,
    net: r.tax_exclusive_minor,
    lines: lines.filter((l) => l.document_id === r.id).map((l) => l.description),
  }));
}

const profileRow = (id: string) =>
  t.ctx.db.selectFrom('recurring_profiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const run = (seller: Seller = s) => runRecurring(t.ctx, seller.companyId);

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '3650' });
  t.clock.set('2027-01-01T00:00:00.000Z');
  s = await belgianSeller(t);
});
afterAll(() => t.close());

describe('the recurring run', () => {
  it('makes one draft per monthly period on day 31, in February on the 28th, and nothing twice', async () => {
    const seller = await belgianSeller(t);
    const id = await createProfile(seller, {
      notes: 'Période du {{periodStart}} au {{periodEnd}}',
      schedule: { frequency: 'month', startDate: '2027-01-31' },
    });
    // 07:59 Brussels (06:59 UTC) on the 31st: not due yet.
    t.clock.set('2027-01-31T06:59:00.000Z');
    expect(await run(seller)).toMatchObject({ generated: 0 });
    t.clock.set('2027-01-31T07:00:00.000Z');
    expect(await run(seller)).toMatchObject({ profiles: 1, generated: 1, issued: 0, failed: 0 });
    expect(await run(seller)).toMatchObject({ profiles: 0, generated: 0 });
    t.clock.set('2027-02-28T07:00:00.000Z');
    await run(seller);
    t.clock.set('2027-03-31T07:00:00.000Z');
    await run(seller);
    await run(seller);
    const made = await invoicesOf(id);
    expect(made.map((m) => [m.period, m.issueDate, m.docStatus, m.number])).toEqual([
      ['2027-01-31..2027-02-27', '2027-01-31', 'draft', null],
      ['2027-02-28..2027-03-30', '2027-02-28', 'draft', null],
      ['2027-03-31..2027-04-29', '2027-03-31', 'draft', null],
    ]);
    // French customer: period texts in French.
    expect(made[0]?.lines).toEqual(['Maintenance 31 janvier 2027 – 27 février 2027']);
    expect(made[0]?.notes).toBe('Période du 31 janvier 2027 au 27 février 2027');
    expect(made[0]?.net).toBe(10000);
    const row = await profileRow(id);
    expect(row).toMatchObject({ last_period_start: '2027-03-31', failures: 0 });
    expect(row.next_run_at).toBe('2027-04-30T06:00:00.000Z'); // summer time: 08:00 = 06:00 UTC
    // The profile's history answers each invoice.
    const detail = await seller.api.get(`${seller.base}/recurring-profiles/${id}`);
    expect(detail.json().runs).toHaveLength(3);
    expect(detail.json().runs[0]).toMatchObject({
      periodStart: '2027-03-31',
      status: 'generated',
      documentStatus: 'draft',
      issueDate: '2027-03-31',
      taxInclusive: '121.00',
    });
  });

  it('after downtime makes each missed period once, in order, dated by its period when asked', async () => {
    const seller = await belgianSeller(t, { customer: { language: 'nl', name: 'Bakkerij Peeters' } });
    const id = await createProfile(seller, {
      mode: 'issue_and_send',
      issueDateRule: 'period_date',
      schedule: { frequency: 'month', dayOfMonth: 'last', billing: 'arrears', startDate: '2027-01-01' },
    });
    // Down from January to mid-April: January, February and March are due, invoiced in arrears.
    t.clock.set('2027-04-15T12:00:00.000Z');
    expect(await run(seller)).toMatchObject({ generated: 3, issued: 3, failed: 0 });
    expect(await run(seller)).toMatchObject({ generated: 0 });
    const made = await invoicesOf(id);
    expect(made.map((m) => [m.period, m.issueDate, m.docStatus, m.number, m.lines[0]])).toEqual([
      ['2027-01-01..2027-01-31', '2027-01-31', 'issued', 'F-2027-00001', 'Maintenance januari 2027'],
      ['2027-02-01..2027-02-28', '2027-02-28', 'issued', 'F-2027-00002', 'Maintenance februari 2027'],
      ['2027-03-01..2027-03-31', '2027-03-31', 'issued', 'F-2027-00003', 'Maintenance maart 2027'],
    ]);
    // Each issued invoice has one message, held until its PDF is attached, then released.
    const mails = await t.ctx.db
      .selectFrom('mail_outbox')
      .select(['id', 'attachments_pending', 'to_addresses'])
      .where('company_id', '=', seller.companyId)
      .where('entity_type', '=', 'invoice')
      .execute();
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.attachments_pending === 1)).toBe(true);
    await t.runJobs();
    const attachments = await t.ctx.db
      .selectFrom('mail_attachments')
      .select(['mail_id', 'filename'])
      .where(
        'mail_id',
        'in',
        mails.map((m) => m.id),
      )
      .execute();
    expect(attachments.map((a) => a.filename).sort()).toEqual([
      'F-2027-00001.pdf',
      'F-2027-00002.pdf',
      'F-2027-00003.pdf',
    ]);
    const released = await t.ctx.db
      .selectFrom('mail_outbox')
      .select(['attachments_pending', 'status'])
      .where(
        'id',
        'in',
        mails.map((m) => m.id),
      )
      .execute();
    expect(released.every((m) => m.attachments_pending === 0 && m.status !== 'queued')).toBe(true);
  });

  it('never dates an invoice before the series: a period date older than the last issued invoice takes its date', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-06-10T10:00:00.000Z');
    const manual = await seller.api.post(`${seller.base}/invoices`, {
      contactId: seller.customerId,
      lines: [line({ description: 'Manual' })],
    });
    const issued = await seller.api.post(`${seller.base}/invoices/${manual.json().id}/issue`, {
      issueDate: '2027-06-10',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const id = await createProfile(seller, {
      mode: 'issue_and_send',
      issueDateRule: 'period_date',
      schedule: { frequency: 'week', startDate: '2027-05-31' },
    });
    expect(await run(seller)).toMatchObject({ generated: 2, issued: 2 });
    const made = await invoicesOf(id);
    expect(made.map((m) => [m.period, m.issueDate, m.number])).toEqual([
      ['2027-05-31..2027-06-06', '2027-06-10', 'F-2027-00002'],
      ['2027-06-07..2027-06-13', '2027-06-10', 'F-2027-00003'],
    ]);
  });

  it('yearly on 29 February runs on the 28th in common years and the 29th in leap years', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2028-02-28T12:00:00.000Z');
    const id = await createProfile(seller, {
      schedule: { frequency: 'year', startDate: '2028-02-29', count: 3 },
    });
    for (const at of ['2028-03-01', '2029-03-01', '2030-03-01', '2031-03-01', '2032-03-01', '2036-03-01']) {
      t.clock.set(`${at}T12:00:00.000Z`);
      await run(seller);
    }
    const made = await invoicesOf(id);
    expect(made.map((m) => [m.period, m.lines[0]])).toEqual([
      ['2028-02-29..2029-02-27', 'Maintenance 29 février 2028 – 27 février 2029'],
      ['2029-02-28..2030-02-27', 'Maintenance 28 février 2029 – 27 février 2030'],
      ['2030-02-28..2031-02-27', 'Maintenance 28 février 2030 – 27 février 2031'],
    ]);
    // Ended by its count: nothing is due any more.
    expect((await profileRow(id)).next_run_at).toBeNull();
  });

  it('runs at the time of day in the schedule’s time zone across daylight-saving changes', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-03-26T12:00:00.000Z');
    // 02:30 does not exist on 28 March 2027 in Brussels (02:00 → 03:00): due at 03:30 summer time.
    const id = await createProfile(seller, {
      schedule: { frequency: 'day', startDate: '2027-03-27', timeOfDay: '02:30', count: 3 },
    });
    t.clock.set('2027-03-27T01:29:00.000Z'); // 02:29 winter time
    expect(await run(seller)).toMatchObject({ generated: 0 });
    t.clock.set('2027-03-27T01:30:00.000Z');
    expect(await run(seller)).toMatchObject({ generated: 1 });
    t.clock.set('2027-03-28T01:29:00.000Z'); // 03:29 summer time
    expect(await run(seller)).toMatchObject({ generated: 0 });
    t.clock.set('2027-03-28T01:30:00.000Z'); // 03:30 summer time
    expect(await run(seller)).toMatchObject({ generated: 1 });
    t.clock.set('2027-03-29T00:29:00.000Z'); // 02:29 summer time
    expect(await run(seller)).toMatchObject({ generated: 0 });
    t.clock.set('2027-03-29T00:30:00.000Z');
    expect(await run(seller)).toMatchObject({ generated: 1 });
    expect((await invoicesOf(id)).map((m) => m.period)).toEqual([
      '2027-03-27..2027-03-27',
      '2027-03-28..2027-03-28',
      '2027-03-29..2027-03-29',
    ]);
  });

  it('follows the catalogue’s price of the day on the lines that ask, and keeps its own on the others', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-01-01T12:00:00.000Z');
    const product = await seller.api.post(`${seller.base}/products`, {
      names: { fr: 'Hébergement' },
      unitPrice: '30',
      vatCategory: 'S',
      vatRate: '21',
    });
    expect(product.statusCode, product.body).toBe(201);
    const productId = product.json().id;
    const id = await createProfile(seller, {
      lines: [
        line({ description: 'Hébergement {{month}}', productId, unitPrice: '30', followCatalogPrice: true }),
        line({ description: 'Support', productId, unitPrice: '25' }),
      ],
      schedule: { frequency: 'month', startDate: '2027-01-01' },
    });
    await run(seller);
    const patched = await seller.api.patch(`${seller.base}/products/${productId}`, { unitPrice: '35' });
    expect(patched.statusCode, patched.body).toBe(200);
    t.clock.set('2027-02-01T12:00:00.000Z');
    await run(seller);
    const prices = await t.ctx.db
      .selectFrom('recurring_runs as r')
      .innerJoin('document_lines as l', 'l.document_id', 'r.document_id')
      .select(['r.period_start', 'l.description', 'l.unit_price_e4'])
      .where('r.profile_id', '=', id)
      .orderBy('r.period_start')
      .orderBy('l.position')
      .execute();
    expect(prices.map((p) => [p.period_start, p.description, Number(p.unit_price_e4) / 10000])).toEqual([
      ['2027-01-01', 'Hébergement janvier 2027', 30],
      ['2027-01-01', 'Support', 25],
      ['2027-02-01', 'Hébergement février 2027', 35],
      ['2027-02-01', 'Support', 25],
    ]);
  });
});

describe('lifecycle and failures', () => {
  it('pauses at once, with the reason and a notification, when the customer was archived; resumes after', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-01-01T12:00:00.000Z');
    const id = await createProfile(seller, { schedule: { frequency: 'month', startDate: '2027-01-01' } });
    await run(seller);
    const archived = await seller.api.patch(`${seller.base}/contacts/${seller.customerId}`, {
      archived: true,
    });
    expect(archived.statusCode, archived.body).toBeLessThan(300);
    t.clock.set('2027-02-01T12:00:00.000Z');
    expect(await run(seller)).toMatchObject({ generated: 0, failed: 1, paused: 1 });
    const row = await profileRow(id);
    expect(row).toMatchObject({ status: 'paused', failures: 1 });
    expect(row.pause_reason).toMatch(/archived/);
    expect(await invoicesOf(id)).toMatchObject([
      { period: '2027-01-01..2027-01-31', status: 'generated' },
      { period: '2027-02-01..2027-02-28', status: 'failed', error: expect.stringMatching(/archived/) },
    ]);
    const bell = await seller.api.get(`${seller.base}/notifications`);
    expect(bell.json().items[0]).toMatchObject({
      type: 'recurring.paused',
      entityType: 'recurring_profile',
      entityId: id,
    });
    expect(bell.json().items[0].text).toMatch(/Maintenance/);
    // Read in French: the reason and the failed period's error in the reader's language.
    const fr = await seller.api.get(`${seller.base}/recurring-profiles/${id}`, { 'accept-language': 'fr' });
    expect(fr.json().pauseReason).toBe(
      'Le client est archivé : restaurez-le ou choisissez-en un autre, puis reprenez',
    );
    expect(fr.json().runs[0].error).toBe(fr.json().pauseReason);
    const en = await seller.api.get(`${seller.base}/recurring-profiles`, { 'accept-language': 'en' });
    expect(en.json().items.find((p: { id: string }) => p.id === id).pauseReason).toMatch(
      /^The customer is archived/,
    );
    // Nothing happens while paused.
    expect(await run(seller)).toMatchObject({ profiles: 0 });
    // Restored and resumed with catching up: February is generated, its failed run becomes its invoice.
    await seller.api.patch(`${seller.base}/contacts/${seller.customerId}`, { archived: false });
    const resumed = await seller.api.post(`${seller.base}/recurring-profiles/${id}/resume`, {
      catchUp: true,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(await run(seller)).toMatchObject({ generated: 1, failed: 0 });
    expect((await invoicesOf(id)).map((m) => [m.period, m.status, m.error])).toEqual([
      ['2027-01-01..2027-01-31', 'generated', null],
      ['2027-02-01..2027-02-28', 'generated', null],
    ]);
  });

  it('pauses after three failed generations in a row, and a success in between starts the count again', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-01-01T12:00:00.000Z');
    // Priced in dollars, followed by a profile in euros: the line cannot be priced at run time.
    const product = await seller.api.post(`${seller.base}/products`, {
      names: { fr: 'Licence' },
      unitPrice: '10',
      currency: 'USD',
      vatCategory: 'S',
      vatRate: '21',
    });
    expect(product.statusCode, product.body).toBe(201);
    const id = await createProfile(seller, {
      lines: [line({ productId: product.json().id, followCatalogPrice: true })],
      schedule: { frequency: 'month', startDate: '2027-01-01' },
    });
    expect(await run(seller)).toMatchObject({ failed: 1, paused: 0 });
    expect(await run(seller)).toMatchObject({ failed: 1, paused: 0 });
    expect((await profileRow(id)).status).toBe('active');
    expect(await run(seller)).toMatchObject({ failed: 1, paused: 1 });
    const row = await profileRow(id);
    expect(row).toMatchObject({ status: 'paused', failures: 3 });
    expect(row.pause_reason).toMatch(/another currency/);
    // One failed run for the period, however many attempts; nothing half generated.
    expect(await invoicesOf(id)).toMatchObject([{ status: 'failed', docStatus: null }]);
    const drafts = await t.ctx.db
      .selectFrom('documents')
      .select('id')
      .where('company_id', '=', seller.companyId)
      .execute();
    expect(drafts).toHaveLength(0);
  });

  it('resumed without catching up, skips the periods that fell due while paused', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-01-01T12:00:00.000Z');
    const id = await createProfile(seller, { schedule: { frequency: 'month', startDate: '2027-01-01' } });
    await run(seller);
    await seller.api.post(`${seller.base}/recurring-profiles/${id}/pause`, { reason: 'Holidays' });
    t.clock.set('2027-04-10T12:00:00.000Z');
    const resumed = await seller.api.post(`${seller.base}/recurring-profiles/${id}/resume`, {
      catchUp: false,
    });
    expect(resumed.json()).toMatchObject({ status: 'active', nextRunAt: '2027-05-01T06:00:00.000Z' });
    expect(await run(seller)).toMatchObject({ generated: 0 });
    t.clock.set('2027-05-01T12:00:00.000Z');
    await run(seller);
    expect((await invoicesOf(id)).map((m) => m.period)).toEqual([
      '2027-01-01..2027-01-31',
      '2027-05-01..2027-05-31',
    ]);
  });

  it('applies an edit to the periods not generated yet, and a stop ends the generation', async () => {
    const seller = await belgianSeller(t);
    t.clock.set('2027-01-01T12:00:00.000Z');
    const id = await createProfile(seller, { schedule: { frequency: 'month', startDate: '2027-01-01' } });
    await run(seller);
    const edited = await seller.api.patch(`${seller.base}/recurring-profiles/${id}`, {
      lines: [line({ description: 'Maintenance+ {{month}}', unitPrice: '150' })],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    t.clock.set('2027-02-01T12:00:00.000Z');
    await run(seller);
    await seller.api.post(`${seller.base}/recurring-profiles/${id}/stop`);
    t.clock.set('2027-03-01T12:00:00.000Z');
    expect(await run(seller)).toMatchObject({ profiles: 0 });
    expect((await invoicesOf(id)).map((m) => [m.lines[0], m.net])).toEqual([
      ['Maintenance janvier 2027', 10000],
      ['Maintenance+ février 2027', 15000],
    ]);
  });

  it('is run by the scheduled job for every company with a profile due', async () => {
    // Later than every earlier test's clock (the schedule's slots only move forward); the earlier
    // tests' profiles stop, or the job would catch up their years of periods.
    await t.ctx.db.updateTable('recurring_profiles').set({ status: 'stopped' }).execute();
    t.clock.set('2040-01-01T12:00:00.000Z');
    const seller = await belgianSeller(t);
    const id = await createProfile(seller, { schedule: { frequency: 'month', startDate: '2040-01-01' } });
    t.clock.set('2040-01-01T12:20:00.000Z');
    await t.runJobs();
    expect((await invoicesOf(id)).map((m) => m.period)).toEqual(['2040-01-01..2040-01-31']);
    const job = await t.ctx.db
      .selectFrom('jobs')
      .select(['status', 'result'])
      .where('name', '=', 'recurring.run-company')
      .where('company_id', '=', seller.companyId)
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    expect(JSON.parse(job.result ?? '{}')).toMatchObject({ generated: 1 });
  });

  it('`facturex jobs run --as-of` generates what is due by that day', async () => {
    t.clock.set('2041-01-01T00:00:00.000Z');
    const seller = await belgianSeller(t);
    const id = await createProfile(seller, { schedule: { frequency: 'month', startDate: '2041-01-01' } });
    // The real clock is still 1 January: the command runs as of mid-March (noon UTC that day).
    await runDueJobs(t.ctx, '2041-03-15');
    expect((await invoicesOf(id)).map((m) => [m.period, m.issueDate])).toEqual([
      ['2041-01-01..2041-01-31', '2041-03-15'],
      ['2041-02-01..2041-02-28', '2041-03-15'],
      ['2041-03-01..2041-03-31', '2041-03-15'],
    ]);
    await expect(runDueJobs(t.ctx, '2041-02-30')).rejects.toThrow(/YYYY-MM-DD/);
  });
});
