import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEmailByOperator } from '../../src/modules/auth/index.js';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  linkFromOutbox,
  type Session,
  signup,
  type TestApp,
  uniqueEmail,
  verifyEmail,
} from '../helpers/app.js';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';

/**
 * What a member of one company could do with an invitation meant for someone else (issue 11,
 * point 2): read its link in the outbox, accept it from an account made for the occasion, invite
 * above their own role, or race another owner out of the company.
 */
let t: TestApp;
let smtp: FakeSmtp;
let owner: Session;
let companyId: string;
let base: string;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await buildTestApp({ SMTP_URL: smtp.url });
  owner = await signup(t.app, { name: 'Olivia Owner' });
  companyId = await createCompany(t.app, owner, { name: 'Secure Co' });
  base = `/api/v1/companies/${companyId}`;
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

const TOKEN = /\/invitations\/([A-Za-z0-9_-]{20,})/;

describe('invitation links', () => {
  it('never shows a live link in the outbox; only the invited address receives it', async () => {
    const readonly = await addMember(t, owner, companyId, 'readonly');
    const admin = await addMember(t, owner, companyId, 'admin');
    const email = uniqueEmail('future-owner');
    expect(
      (await client(t.app, owner).post(`${base}/invitations`, { email, role: 'owner' })).statusCode,
    ).toBe(201);
    await t.runJobs();

    // Reading the outbox is a settings permission: a read-only member gets 403.
    expect((await client(t.app, readonly).get(`${base}/mail-outbox`)).statusCode).toBe(403);
    // Those who may read it see the invitation with its secret hidden.
    const list = (await client(t.app, admin).get(`${base}/mail-outbox`)).json().items as {
      id: string;
      to: string[];
    }[];
    const mail = list.find((m) => m.to.includes(email));
    expect(mail).toBeDefined();
    const detail = (await client(t.app, admin).get(`${base}/mail-outbox/${mail?.id}`)).json();
    expect(detail.text).toContain('/invitations/[hidden]');
    expect(detail.text).not.toMatch(TOKEN);
    // Nor is it in the stored row: a copy of the database holds no usable link.
    const row = await t.ctx.db
      .selectFrom('mail_outbox')
      .select(['text_body', 'secrets'])
      .where('id', '=', mail?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.text_body).not.toMatch(TOKEN);
    expect(row.secrets).toMatch(/^v1\./);
    // The message the invited address receives carries the working link.
    const received = smtp.received.find((m) => m.envelopeTo.includes(email));
    expect(received?.text).toMatch(TOKEN);
    const token = received?.text.match(TOKEN)?.[1];
    expect(token).toBe(await linkFromOutbox(t, email, TOKEN));
  });

  it('is accepted only by an account that verified the invited address', async () => {
    const email = uniqueEmail('invited');
    await client(t.app, owner).post(`${base}/invitations`, { email, role: 'owner' });
    const token = await linkFromOutbox(t, email, TOKEN);

    // An attacker who got the link signs up with another address: refused.
    const other = await signup(t.app);
    await verifyEmail(t, other.user.email);
    const wrong = await client(t.app, other).post(`/api/v1/invitations/${token}/accept`);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'invitation_invalid', invitedEmail: email });

    // … or with the invited address, which they cannot verify: refused, nothing granted.
    const squatter = await signup(t.app, { email });
    expect(squatter.user).toMatchObject({ email });
    const me = (await client(t.app, squatter).get('/api/v1/me')).json();
    expect(me.user.emailVerified).toBe(false);
    const unverified = await client(t.app, squatter).post(`/api/v1/invitations/${token}/accept`);
    expect(unverified.statusCode).toBe(403);
    expect(unverified.json().code).toBe('email_unverified');
    expect((await client(t.app, squatter).get(base)).statusCode).toBe(404);

    // The owner of the mailbox opens the verification link: now the invitation can be accepted.
    await verifyEmail(t, email);
    expect((await client(t.app, squatter).get('/api/v1/me')).json().user.emailVerified).toBe(true);
    const accepted = await client(t.app, squatter).post(`/api/v1/invitations/${token}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
});

describe('e-mail verification', () => {
  it('mails a link at sign-up, stored sealed, single use; a new link voids the old one', async () => {
    const email = uniqueEmail('verify');
    const s = await signup(t.app, { email });
    const first = await linkFromOutbox(t, email, /verify-email\?token=([A-Za-z0-9_-]+)/);
    const row = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('text_body')
      .where('unique_key', 'like', 'email-verification:%')
      .where('to_addresses', '=', JSON.stringify([email]))
      .executeTakeFirstOrThrow();
    // Stored with a placeholder: the token itself is only in the sealed secrets.
    expect(row.text_body).toContain('verify-email?token=[[secret:0]]');
    expect(row.text_body).not.toContain(first);

    expect((await client(t.app, s).post('/api/v1/auth/verify-email/resend')).statusCode).toBe(202);
    const second = await linkFromOutbox(t, email, /verify-email\?token=([A-Za-z0-9_-]+)/);
    expect(second).not.toBe(first);
    const verify = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
    const old = await verify(first);
    expect(old.statusCode).toBe(422);
    expect(old.json()).toMatchObject({ code: 'token_invalid', errors: [{ path: 'token' }] });
    expect((await verify(second)).statusCode).toBe(204);
    expect((await verify(second)).statusCode).toBe(422);
    const again = await client(t.app, s).post('/api/v1/auth/verify-email/resend');
    expect(again.statusCode).toBe(409);
  });
});

describe('roles', () => {
  it('lets nobody invite or promote above their own role', async () => {
    const admin = await addMember(t, owner, companyId, 'admin');
    const asAdmin = client(t.app, admin);
    const invite = await asAdmin.post(`${base}/invitations`, { email: uniqueEmail('boss'), role: 'owner' });
    expect(invite.statusCode).toBe(403);
    expect(
      (await asAdmin.post(`${base}/invitations`, { email: uniqueEmail('peer'), role: 'admin' })).statusCode,
    ).toBe(201);
  });

  it('keeps an owner when two owners remove each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await signup(t.app, { name: `Owner A${round}` });
      const id = await createCompany(t.app, a, { name: `Race ${round}` });
      const b = await addMember(t, a, id, 'owner');
      const [ra, rb] = await Promise.all([
        client(t.app, a).delete(`/api/v1/companies/${id}/members/${b.user.id}`),
        client(t.app, b).delete(`/api/v1/companies/${id}/members/${a.user.id}`),
      ]);
      const statuses = [ra.statusCode, rb.statusCode].sort();
      // One removal wins; the other is refused (the last owner, or the remover removed already).
      expect(statuses[0]).toBe(204);
      expect(statuses[1]).toBeGreaterThanOrEqual(403);
      const owners = await t.ctx.db
        .selectFrom('memberships')
        .select('user_id')
        .where('company_id', '=', id)
        .where('role', '=', 'owner')
        .execute();
      expect(owners).toHaveLength(1);
    }
  });
});

describe('without an SMTP server', () => {
  it('gives the inviter the link to hand over, and when it is mailed as well', async () => {
    const local = await buildTestApp();
    try {
      const o = await signup(local.app);
      const id = await createCompany(local.app, o);
      const email = uniqueEmail('handed');
      const res = await client(local.app, o).post(`/api/v1/companies/${id}/invitations`, {
        email,
        role: 'sales',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().mailed).toBe(false);
      const token = res.json().link.match(TOKEN)?.[1];
      expect(token).toBe(await linkFromOutbox(local, email, TOKEN));
      // Still only for the invited address, verified (here by the operator's command).
      const invitee = await signup(local.app, { email });
      expect((await client(local.app, invitee).post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(
        403,
      );
      expect(await verifyEmailByOperator(local.ctx, email)).toBe(true);
      expect(await verifyEmailByOperator(local.ctx, 'nobody@example.test')).toBe(false);
      expect((await client(local.app, invitee).post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(
        200,
      );
    } finally {
      await local.close();
    }
    // With SMTP the link is mailed, and the inviter gets the same one to copy; the list of
    // invitations, which every manager reads, never shows it.
    const email = uniqueEmail('m');
    const mailed = await client(t.app, owner).post(`${base}/invitations`, { email, role: 'sales' });
    expect(mailed.json().mailed).toBe(true);
    expect(mailed.json().link.match(TOKEN)?.[1]).toBe(await linkFromOutbox(t, email, TOKEN));
    const listed = await client(t.app, owner).get(`${base}/invitations`);
    expect(listed.body).toContain(email);
    expect(listed.body).not.toMatch(TOKEN);
  });
});
