import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/modules/notifications/notifications.js';
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
let owner: Session;
let sales: Session;
let companyId: string;
let other: string;

const note = (company: string, at: string) =>
  notify(t.ctx.db, {
    companyId: company,
    type: 'quote.accepted',
    entityType: 'quote',
    entityId: 'q-1',
    data: { number: 'D-2026-00001', by: 'Sophie' },
    at,
  });

const inbox = async (s: Session, company = companyId) => {
  const r = await client(t.app, s).get(`/api/v1/companies/${company}/notifications`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { unread: number; items: { read: boolean; createdAt: string }[] };
};

const markRead = async (s: Session, company = companyId) => {
  const r = await client(t.app, s).post(`/api/v1/companies/${company}/notifications/read`);
  expect(r.statusCode, r.body).toBe(204);
};

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signup(t.app);
  companyId = await createCompany(t.app, owner, { name: 'Atelier', country: 'BE' });
  other = await createCompany(t.app, owner, { name: 'Autre', country: 'BE' });
  sales = await addMember(t, owner, companyId, 'sales');
});
afterAll(() => t.close());

describe('notifications', () => {
  it('start empty, with nothing to mark', async () => {
    expect(await inbox(owner)).toEqual({ unread: 0, items: [] });
    await markRead(owner);
    expect((await inbox(owner)).unread).toBe(0);
  });

  it('are read by each member for themselves', async () => {
    await note(companyId, '2026-11-28T09:00:00.000Z');
    await note(companyId, '2026-11-28T09:05:00.000Z');
    expect((await inbox(owner)).unread).toBe(2);
    expect((await inbox(sales)).unread).toBe(2);

    await markRead(owner);
    const ownerView = await inbox(owner);
    expect(ownerView.unread).toBe(0);
    expect(ownerView.items.map((i) => i.read)).toEqual([true, true]);
    const salesView = await inbox(sales);
    expect(salesView.unread).toBe(2);
    expect(salesView.items.map((i) => i.read)).toEqual([false, false]);
  });

  it('arriving after a member read the list are unread for them again', async () => {
    await note(companyId, '2026-11-28T10:00:00.000Z');
    const view = await inbox(owner);
    expect(view.unread).toBe(1);
    expect(view.items.map((i) => i.read)).toEqual([false, true, true]);
    await markRead(sales);
    expect((await inbox(sales)).unread).toBe(0);
    expect((await inbox(owner)).unread).toBe(1);
  });

  it("of one company are not another company's", async () => {
    await note(other, '2026-11-28T11:00:00.000Z');
    expect((await inbox(owner, other)).unread).toBe(1);
    await markRead(owner, other);
    expect((await inbox(owner, other)).unread).toBe(0);
    expect((await inbox(owner)).unread).toBe(1);
  });
});
