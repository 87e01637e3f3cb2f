import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, belgianSeller, buildTestApp, client, type Seller, type TestApp } from '../helpers/app.js';

/**
 * Recurring profiles through the API: stored, listed with their next run and amount per period,
 * edited for the periods to come, paused / resumed / stopped, deleted while they never ran, and
 * the schedule preview. Today is 2026-12-03; lines are 2 × 100.00 at 21 %.
 */
let t: TestApp;
let s: Seller;
let other: Seller;

const line = {
  description: 'Maintenance {{period}}',
  quantity: '2',
  unitPrice: '100',
  vatCategory: 'S',
  vatRate: '21',
};
const schedule = {
  frequency: 'month',
  startDate: '2027-01-01',
  timeOfDay: '08:00',
  timeZone: 'Europe/Brussels',
};
const body = (extra: Record<string, unknown> = {}) => ({
  contactId: s.customerId,
  name: 'Maintenance',
  currency: 'EUR',
  lines: [line],
  schedule,
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-12-03T10:00:00.000Z');
  s = await belgianSeller(t);
  other = await belgianSeller(t);
});
afterAll(() => t.close());

const url = (p = '') => `${s.base}/recurring-profiles${p}`;
const create = async (extra: Record<string, unknown> = {}) => {
  const res = await s.api.post(url(), body(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const stored = async () => (await t.ctx.db.selectFrom('recurring_profiles').select('id').execute()).length;

describe('recurring profiles', () => {
  it('stores a profile and answers it with its next run, amount per period and empty history', async () => {
    const p = await create({ notes: 'Période : {{periodStart}} – {{periodEnd}}' });
    expect(p).toMatchObject({
      status: 'active',
      contactId: s.customerId,
      contactName: 'Brasserie du Parc',
      mode: 'draft',
      issueDateRule: 'run_date',
      lines: [{ ...line, productId: null, followCatalogPrice: false }],
      schedule: { ...schedule, interval: 1, billing: 'advance' },
      lastPeriodStart: null,
      // 1 January 2027, 08:00 in Brussels (CET, UTC+1).
      nextRunAt: '2027-01-01T07:00:00.000Z',
      amount: { taxExclusive: '200.00', vatTotal: '42.00', taxInclusive: '242.00' },
      failures: 0,
      runs: [],
    });
    const got = await s.api.get(url(`/${p.id}`));
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(p);
  });

  it('lists by newest first, filtered by status and customer, page by page', async () => {
    const second = await s.api.post(`${s.base}/contacts`, {
      roles: ['customer'],
      name: 'Hôtel Central',
      emails: ['a@central.example'],
    });
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B', contactId: second.json().id });
    await s.api.post(url(`/${a.id}/pause`), { reason: 'Closed in winter' });
    const first = await s.api.get(`${url()}?limit=1`);
    expect(first.json().items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const next = await s.api.get(`${url()}?limit=1&cursor=${first.json().nextCursor}`);
    expect(next.json().items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    const paused = (await s.api.get(`${url()}?status=paused`)).json().items;
    expect(paused.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(paused[0]).toMatchObject({ pauseReason: 'Closed in winter', amount: { taxInclusive: '242.00' } });
    const ofSecond = (await s.api.get(`${url()}?contactId=${second.json().id}`)).json().items;
    expect(ofSecond.map((p: { id: string }) => p.id)).toEqual([b.id]);
  });

  it('applies edits to the periods not generated yet: the next run follows the last generated period', async () => {
    const p = await create();
    const weekly = await s.api.patch(url(`/${p.id}`), {
      schedule: { ...schedule, frequency: 'week', startDate: '2027-01-04' },
      lines: [{ ...line, quantity: '1' }],
    });
    expect(weekly.statusCode, weekly.body).toBe(200);
    expect(weekly.json()).toMatchObject({
      nextRunAt: '2027-01-04T07:00:00.000Z',
      amount: { taxExclusive: '100.00', taxInclusive: '121.00' },
    });
    // As if the job had generated the periods up to the one starting 11 January.
    await t.ctx.db
      .updateTable('recurring_profiles')
      .set({ last_period_start: '2027-01-11' })
      .where('id', '=', p.id)
      .execute();
    const later = await s.api.patch(url(`/${p.id}`), {
      schedule: { ...schedule, frequency: 'week', startDate: '2027-01-04', timeOfDay: '09:30' },
    });
    expect(later.json()).toMatchObject({
      lastPeriodStart: '2027-01-11',
      nextRunAt: '2027-01-18T08:30:00.000Z',
    });
  });

  it('pauses, resumes and stops, refusing the transitions that make no sense', async () => {
    const p = await create();
    const paused = await s.api.post(url(`/${p.id}/pause`), { reason: 'Dispute' });
    expect(paused.json()).toMatchObject({ status: 'paused', pauseReason: 'Dispute' });
    expect((await s.api.post(url(`/${p.id}/pause`), {})).statusCode).toBe(409);
    const resumed = await s.api.post(url(`/${p.id}/resume`));
    expect(resumed.json()).toMatchObject({
      status: 'active',
      pauseReason: null,
      nextRunAt: '2027-01-01T07:00:00.000Z',
    });
    expect((await s.api.post(url(`/${p.id}/resume`))).statusCode).toBe(409);
    const stopped = await s.api.post(url(`/${p.id}/stop`));
    expect(stopped.json()).toMatchObject({ status: 'stopped', nextRunAt: null });
    for (const action of ['resume', 'pause', 'stop']) {
      const res = await s.api.post(url(`/${p.id}/${action}`), {});
      expect(res.statusCode, action).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await s.api.patch(url(`/${p.id}`), { name: 'Again' })).statusCode).toBe(409);
    const row = await t.ctx.db
      .selectFrom('recurring_profiles')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirst();
    expect(row).toMatchObject({ status: 'stopped', name: 'Maintenance', next_run_at: null });
  });

  it('deletes a profile that never ran, and refuses once it has a run', async () => {
    const fresh = await create();
    expect((await s.api.delete(url(`/${fresh.id}`))).statusCode).toBe(204);
    expect((await s.api.get(url(`/${fresh.id}`))).statusCode).toBe(404);
    const ran = await create();
    await t.ctx.db
      .insertInto('recurring_runs')
      .values({
        id: `run-${ran.id}`,
        company_id: s.companyId,
        profile_id: ran.id,
        period_start: '2027-01-01',
        period_end: '2027-01-31',
        document_id: null,
        status: 'failed',
        error: 'SMTP down',
        created_at: '2027-01-01T07:00:01.000Z',
      })
      .execute();
    const refused = await s.api.delete(url(`/${ran.id}`));
    expect(refused.statusCode).toBe(409);
    const still = (await s.api.get(url(`/${ran.id}`))).json();
    expect(still.runs).toEqual([
      expect.objectContaining({
        periodStart: '2027-01-01',
        periodEnd: '2027-01-31',
        status: 'failed',
        error: 'SMTP down',
      }),
    ]);
  });

  it('keeps one run per period: the key the generation job relies on', async () => {
    const p = await create();
    const run = (id: string) => ({
      id,
      company_id: s.companyId,
      profile_id: p.id,
      period_start: '2027-01-01',
      period_end: '2027-01-31',
      document_id: null,
      status: 'generated',
      error: null,
      created_at: '2027-01-01T07:00:01.000Z',
    });
    await t.ctx.db
      .insertInto('recurring_runs')
      .values(run(`a-${p.id}`))
      .execute();
    await expect(
      t.ctx.db
        .insertInto('recurring_runs')
        .values(run(`b-${p.id}`))
        .execute(),
    ).rejects.toThrow();
  });
});

describe('schedule preview', () => {
  it('answers the next 12 runs across month ends and the change to summer time, storing nothing', async () => {
    const before = await stored();
    const res = await s.api.post(url('/preview'), {
      schedule: { ...schedule, startDate: '2027-01-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const runs = res.json().runs;
    expect(runs).toHaveLength(12);
    expect(runs.slice(0, 4)).toEqual([
      { periodStart: '2027-01-31', periodEnd: '2027-02-27', dueAt: '2027-01-31T07:00:00.000Z' },
      { periodStart: '2027-02-28', periodEnd: '2027-03-30', dueAt: '2027-02-28T07:00:00.000Z' },
      // Summer time since 28 March: 08:00 in Brussels is 06:00 UTC.
      { periodStart: '2027-03-31', periodEnd: '2027-04-29', dueAt: '2027-03-31T06:00:00.000Z' },
      { periodStart: '2027-04-30', periodEnd: '2027-05-30', dueAt: '2027-04-30T06:00:00.000Z' },
    ]);
    expect(await stored()).toBe(before);
  });

  it('starts after the given instant', async () => {
    const res = await s.api.post(url('/preview'), { schedule, after: '2027-03-01T07:00:00.000Z' });
    expect(res.json().runs[0]).toEqual({
      periodStart: '2027-04-01',
      periodEnd: '2027-04-30',
      dueAt: '2027-04-01T06:00:00.000Z',
    });
  });

  it('names the schedule field at fault', async () => {
    const res = await s.api.post(url('/preview'), { schedule: { ...schedule, dayOfMonth: 31 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('schedule/dayOfMonth');
  });
});

describe('bad input', () => {
  const refusals: [string, () => Record<string, unknown>, number, string][] = [
    [
      'a day of month some months lack',
      () => body({ schedule: { ...schedule, dayOfMonth: 30 } }),
      400,
      'schedule/dayOfMonth',
    ],
    [
      'an end before the start',
      () => body({ schedule: { ...schedule, endDate: '2026-12-01' } }),
      400,
      'schedule/endDate',
    ],
    [
      'an unknown placeholder in a line',
      () => body({ lines: [line, { ...line, description: '{{mois}}' }] }),
      422,
      'lines/1/description',
    ],
    ['an unknown placeholder in the notes', () => body({ notes: 'Voir {{periode}}' }), 422, 'notes'],
    ['another company’s customer', () => body({ contactId: other.customerId }), 404, 'contactId'],
    ['no line', () => body({ lines: [] }), 400, 'lines'],
    [
      'a quantity that is not a number',
      () => body({ lines: [{ ...line, quantity: 'deux' }] }),
      400,
      'lines/0/quantity',
    ],
    ['a VAT rate over 100 %', () => body({ lines: [{ ...line, vatRate: '121' }] }), 400, 'lines/0/vatRate'],
    [
      'a catalogue price without a product',
      () => body({ lines: [{ ...line, followCatalogPrice: true }] }),
      400,
      'lines/0/followCatalogPrice',
    ],
  ];
  for (const [what, make, status, path] of refusals)
    it(`refuses ${what} (${status} naming ${path}), storing nothing`, async () => {
      const before = await stored();
      const res = await s.api.post(url(), make());
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await stored()).toBe(before);
    });

  it('refuses an archived customer, and sending to a customer without e-mail', async () => {
    const before = await stored();
    const archived = await s.api.post(`${s.base}/contacts`, {
      roles: ['customer'],
      name: 'Fermé',
      emails: ['x@y.example'],
      archived: true,
    });
    const noMail = await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Sans mail' });
    const a = await s.api.post(url(), body({ contactId: archived.json().id }));
    expect(a.statusCode).toBe(422);
    expect(a.json().errors[0].path).toBe('contactId');
    const m = await s.api.post(url(), body({ contactId: noMail.json().id, mode: 'issue_and_send' }));
    expect(m.statusCode).toBe(422);
    expect(m.json().errors[0].path).toBe('mode');
    expect(await stored()).toBe(before);
    // Drafts need no e-mail; switching that profile to sending is refused the same way.
    const draft = await create({ contactId: noMail.json().id });
    const edit = await s.api.patch(url(`/${draft.id}`), { mode: 'issue_and_send' });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().errors[0].path).toBe('mode');
    expect((await s.api.get(url(`/${draft.id}`))).json().mode).toBe('draft');
  });
});

describe('access', () => {
  it("answers 404 for another company's profile, and leaves it as it was", async () => {
    const theirs = (
      await other.api.post(`${other.base}/recurring-profiles`, { ...body(), contactId: other.customerId })
    ).json();
    const mine = (p: string) => `${s.base}/recurring-profiles/${theirs.id}${p}`;
    expect((await s.api.get(mine(''))).statusCode).toBe(404);
    expect((await s.api.patch(mine(''), { name: 'Hijacked' })).statusCode).toBe(404);
    expect((await s.api.post(mine('/stop'))).statusCode).toBe(404);
    expect((await s.api.delete(mine(''))).statusCode).toBe(404);
    const still = (await other.api.get(`${other.base}/recurring-profiles/${theirs.id}`)).json();
    expect(still).toMatchObject({ name: 'Maintenance', status: 'active' });
  });

  it('lets a read-only member read but not write', async () => {
    const p = await create();
    const reader = client(t.app, await addMember(t, s.session, s.companyId, 'readonly'));
    expect((await reader.get(url(`/${p.id}`))).statusCode).toBe(200);
    expect((await reader.post(url('/preview'), { schedule })).statusCode).toBe(200);
    expect((await reader.post(url(), body())).statusCode).toBe(403);
    expect((await reader.post(url(`/${p.id}/pause`), {})).statusCode).toBe(403);
  });
});
