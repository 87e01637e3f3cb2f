import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../src/platform/clock.js';
import { buildTestApp, client, signup, type TestApp, uniqueEmail } from '../helpers/app.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from './smtp.js';

let t: TestApp;
let smtp: FakeSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await buildTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://app.facturex.test' });
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

const OLD_PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'tr0ub4dor & three';

/** The reset mails an address received (sign-up also mails it a verification link). */
const mailsTo = (email: string): ReceivedMail[] =>
  smtp.received.filter((m) => m.envelopeTo.includes(email) && m.text.includes('/reset-password?token='));
const resetToken = (mail: ReceivedMail | undefined): string => {
  const m = mail?.text.match(/https:\/\/app\.facturex\.test\/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!m?.[1]) throw new Error(`no reset link in ${JSON.stringify(mail?.text)}`);
  return m[1];
};
const login = (email: string, password: string) =>
  client(t.app).post('/api/v1/auth/login', { email, password });
const requestReset = (email: string) => client(t.app).post('/api/v1/auth/password-reset', { email });
const confirmReset = (token: string, newPassword = NEW_PASSWORD) =>
  client(t.app).post('/api/v1/auth/password-reset/confirm', { token, newPassword });

describe('password reset by e-mail', () => {
  it('mails a single-use link that replaces the password and signs out old sessions', async () => {
    const email = uniqueEmail('reset');
    const session = await signup(t.app, { email, password: OLD_PASSWORD });

    const res = await requestReset(email);
    expect(res.statusCode).toBe(202);
    // The mail leaves through the queue, after the request's transaction committed.
    expect(mailsTo(email)).toEqual([]);
    await t.runJobs();

    const mails = mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.headers.subject).toMatch(/mot de passe|password/i);
    const token = resetToken(mails[0]);

    expect((await confirmReset(token)).statusCode).toBe(204);

    expect((await login(email, OLD_PASSWORD)).statusCode).toBe(401);
    const ok = await login(email, NEW_PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { email: string } }>().user.email).toBe(email);
    // Whoever held the old password is signed out.
    expect((await client(t.app, session).get('/api/v1/auth/csrf')).statusCode).toBe(401);

    const again = await confirmReset(token, 'another password 123');
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'token_invalid' });
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a reset link older than an hour', async () => {
    const email = uniqueEmail('late');
    await signup(t.app, { email, password: OLD_PASSWORD });
    await requestReset(email);
    await t.runJobs();
    const token = resetToken(mailsTo(email)[0]);

    t.clock.advance(HOUR + 1);
    const res = await confirmReset(token);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'token_invalid' });
    expect((await login(email, OLD_PASSWORD)).statusCode).toBe(200);
  });

  it('answers an unknown e-mail address the same way and sends nothing', async () => {
    const known = uniqueEmail('known');
    await signup(t.app, { email: known });
    const unknown = uniqueEmail('unknown');

    const forKnown = await requestReset(known);
    const forUnknown = await requestReset(unknown);
    expect(forUnknown.statusCode).toBe(202);
    expect(forUnknown.statusCode).toBe(forKnown.statusCode);
    expect(forUnknown.body).toBe(forKnown.body);

    await t.runJobs();
    expect(mailsTo(known)).toHaveLength(1);
    expect(mailsTo(unknown)).toEqual([]);
    const outbox = await t.ctx.db.selectFrom('mail_outbox').select('to_addresses').execute();
    expect(outbox.filter((m) => m.to_addresses.includes(unknown))).toEqual([]);
  });

  it('keeps only the newest link alive: asking again, or changing the password, voids older links', async () => {
    const email = uniqueEmail('voided');
    const session = await signup(t.app, { email, password: OLD_PASSWORD });
    await requestReset(email);
    await t.runJobs();
    const older = resetToken(mailsTo(email)[0]);
    await requestReset(email);
    await t.runJobs();
    const newer = mailsTo(email)
      .map(resetToken)
      .find((token) => token !== older);
    expect(newer).toBeDefined();
    const stale = await confirmReset(older ?? '');
    expect(stale.statusCode).toBe(422);
    expect(stale.json()).toMatchObject({ code: 'token_invalid', errors: [{ path: 'token' }] });

    // The account owner changes the password while the newer link lies in the mailbox: it dies too.
    const changed = await client(t.app, session).post('/api/v1/auth/password', {
      currentPassword: OLD_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect((await confirmReset(newer ?? '', 'an attacker password')).statusCode).toBe(422);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('counts a used reset link as proof of the address', async () => {
    const email = uniqueEmail('proved');
    await signup(t.app, { email, password: OLD_PASSWORD });
    await requestReset(email);
    await t.runJobs();
    expect((await confirmReset(resetToken(mailsTo(email)[0]))).statusCode).toBe(204);
    const ok = await login(email, NEW_PASSWORD);
    expect(ok.json().user.emailVerified).toBe(true);
  });
});
