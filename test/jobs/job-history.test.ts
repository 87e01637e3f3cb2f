import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  type Session,
  signup,
  type TestApp,
  uniqueEmail,
} from '../helpers/app.js';

let t: TestApp;
let owner: Session;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signup(t.app, { name: 'Olivia Owner' });
});
afterAll(async () => {
  await t?.close();
});

interface JobOut {
  id: string;
  name: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  finishedAt: string | null;
  lastError: string | null;
  createdAt: string;
}
interface JobPage {
  items: JobOut[];
  nextCursor: string | null;
}

const listJobs = async (session: Session, companyId: string, query = '') => {
  const res = await client(t.app, session).get(`/api/v1/companies/${companyId}/jobs${query}`);
  return { status: res.statusCode, page: res.json<JobPage>() };
};
const invite = async (companyId: string) => {
  const res = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, {
    email: uniqueEmail('invitee'),
    role: 'accountant',
  });
  expect(res.statusCode).toBe(201);
};

describe('company job history', () => {
  it('shows the mail job of an invitation, queued and then done, only to its company', async () => {
    const companyId = await createCompany(t.app, owner, { name: 'Acme' });
    const otherCompanyId = await createCompany(t.app, owner, { name: 'Other' });
    await invite(companyId);

    const before = await listJobs(owner, companyId);
    expect(before.status).toBe(200);
    expect(before.page.items).toMatchObject([{ name: 'mail.deliver', status: 'queued', attempts: 0 }]);

    await t.runJobs();

    const after = await listJobs(owner, companyId);
    expect(after.page).toEqual({
      items: [
        {
          id: before.page.items[0]?.id,
          name: 'mail.deliver',
          status: 'done',
          // An invitation's mail concerns no document.
          subject: null,
          attempts: 1,
          maxAttempts: 10,
          runAt: expect.any(String),
          finishedAt: t.clock.now().toISOString(),
          lastError: null,
          createdAt: expect.any(String),
          // The payload without the company's id, its ids named (the mail by its subject).
          data: { messageId: expect.any(String) },
          references: {
            messageId: {
              type: 'mail',
              id: expect.any(String),
              label: expect.stringContaining('vous invite à rejoindre'),
            },
          },
        },
      ],
      nextCursor: null,
    });
    // Neither the other company nor system jobs (the hourly purges, with no company) show up.
    expect((await listJobs(owner, otherCompanyId)).page).toEqual({ items: [], nextCursor: null });
  });

  it('is readable only with the jobs.read permission, by members', async () => {
    const companyId = await createCompany(t.app, owner, { name: 'Guarded' });
    const sales = await addMember(t, owner, companyId, 'sales');
    const accountant = await addMember(t, owner, companyId, 'accountant');
    const stranger = await signup(t.app);

    expect((await listJobs(accountant, companyId)).status).toBe(200);
    expect((await listJobs(sales, companyId)).status).toBe(403);
    expect((await listJobs(stranger, companyId)).status).toBe(404);
  });

  it('pages newest first with a cursor, without gaps or repeats, also across equal timestamps', async () => {
    const companyId = await createCompany(t.app, owner, { name: 'Busy' });
    // Seven jobs: pairs share a creation instant, so the id tie-break is exercised at page edges.
    for (let i = 0; i < 7; i++) {
      await invite(companyId);
      if (i % 2 === 1) t.clock.advance(1_000);
    }
    const all = (await listJobs(owner, companyId, '?limit=200')).page.items;
    expect(all).toHaveLength(7);
    const sortKey = (j: JobOut) => `${j.createdAt}|${j.id}`;
    expect(all.map(sortKey)).toEqual(all.map(sortKey).sort().reverse());

    const seen: JobOut[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, page } = await listJobs(owner, companyId, query);
      expect(status).toBe(200);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen.map((j) => j.id)).toEqual(all.map((j) => j.id));
  });

  it('rejects a malformed cursor', async () => {
    const companyId = await createCompany(t.app, owner, { name: 'Cursor' });
    const res = await client(t.app, owner).get(`/api/v1/companies/${companyId}/jobs?cursor=not-a-cursor`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });
});
