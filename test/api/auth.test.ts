import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, sessionCookie, signup, type TestApp, uniqueEmail } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ LOGIN_RATE_LIMIT: '5' });
});
afterAll(() => t.close());

const login = (email: string, password: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password, ...extra } });

describe('accounts', () => {
  it('signs up, is logged in at once, and sees itself in /me', async () => {
    const email = uniqueEmail();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: email.toUpperCase(), password: 'a long enough password', name: 'Ada' },
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'fx_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.email).toBe(email);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: sessionCookie(res) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email, name: 'Ada' }, memberships: [] });
  });

  it('stores only an argon2id hash of the password', async () => {
    const s = await signup(t.app, { password: 'my secret password' });
    const row = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', s.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('my secret password');
  });

  it('refuses a second account with the same e-mail, naming the field', async () => {
    const s = await signup(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: s.user.email, password: 'another password', name: 'Dup' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', errors: [{ path: 'email' }] });
  });

  it('answers an unknown e-mail and a wrong password identically', async () => {
    const s = await signup(t.app, { password: 'the right password' });
    const wrong = await login(s.user.email, 'the wrong password');
    const unknown = await login(uniqueEmail('nobody'), 'the wrong password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  it('logs in and out; the logged-out session is dead server-side', async () => {
    const s = await signup(t.app, { password: 'the right password' });
    const res = await login(s.user.email, 'the right password');
    expect(res.statusCode).toBe(200);
    const cookie = sessionCookie(res);
    const csrf = res.json().csrfToken as string;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.headers['content-type']).toContain('application/problem+json');
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const s = await signup(t.app);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: { cookie: s.cookie },
      payload: { name: 'X', country: 'BE' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_invalid');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: { name: 'X', country: 'BE' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(
      await t.ctx.db.selectFrom('companies').select('id').where('name', '=', 'X').execute(),
    ).toHaveLength(0);
    const csrf = await client(t.app, s).get('/api/v1/auth/csrf');
    expect(csrf.json().csrfToken).toBe(s.csrf);
  });

  it('changes the password and signs out the other sessions', async () => {
    const s = await signup(t.app, { password: 'first password!' });
    const other = await login(s.user.email, 'first password!');
    const otherCookie = sessionCookie(other);
    const bad = await client(t.app, s).post('/api/v1/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'second password!',
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().errors[0].path).toBe('currentPassword');
    const ok = await client(t.app, s).post('/api/v1/auth/password', {
      currentPassword: 'first password!',
      newPassword: 'second password!',
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: otherCookie } })).statusCode,
    ).toBe(401);
    expect((await client(t.app, s).get('/api/v1/me')).statusCode).toBe(200);
    expect((await login(s.user.email, 'first password!')).statusCode).toBe(401);
    expect((await login(s.user.email, 'second password!')).statusCode).toBe(200);
  });

  it('updates name and language', async () => {
    const s = await signup(t.app);
    const res = await client(t.app, s).patch('/api/v1/me', { language: 'nl', name: 'Jan' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ language: 'nl', name: 'Jan' });
    const bad = await client(t.app, s).patch('/api/v1/me', { language: 'xx' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('language');
  });

  it('enables TOTP two-factor: login then needs a valid code', async () => {
    const s = await signup(t.app, { password: 'two factor pass' });
    const setup = await client(t.app, s).post('/api/v1/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    // Codes as the app shows them at the server's (test) time; each step's code is good once.
    const code = () => totp.generate({ timestamp: t.clock.now().getTime() });
    const nextStep = () => t.clock.advance(30_000);
    expect(
      (
        await client(t.app, s).post('/api/v1/auth/totp/enable', {
          code: '000000' === code() ? '111111' : '000000',
        })
      ).statusCode,
    ).toBe(401);
    expect((await client(t.app, s).post('/api/v1/auth/totp/enable', { code: code() })).statusCode).toBe(204);

    const noCode = await login(s.user.email, 'two factor pass');
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('totp_required');
    expect(noCode.cookies).toHaveLength(0);
    nextStep();
    const badCode = await login(s.user.email, 'two factor pass', {
      totpCode: code() === '123456' ? '654321' : '123456',
    });
    expect(badCode.json().code).toBe('totp_invalid');
    const good = await login(s.user.email, 'two factor pass', { totpCode: code() });
    expect(good.statusCode).toBe(200);
    expect(good.json().user.totpEnabled).toBe(true);

    expect(
      (await client(t.app, s).post('/api/v1/auth/totp/disable', { password: 'two factor pass' })).statusCode,
    ).toBe(204);
    expect((await login(s.user.email, 'two factor pass')).statusCode).toBe(200);
  });

  it('accepts a two-factor code once: the same code again is refused, even on another login', async () => {
    const s = await signup(t.app, { password: 'replayed code pass' });
    const { secret } = (await client(t.app, s).post('/api/v1/auth/totp/setup')).json();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const code = () => totp.generate({ timestamp: t.clock.now().getTime() });
    await client(t.app, s).post('/api/v1/auth/totp/enable', { code: code() });
    t.clock.advance(30_000);
    const seen = code();
    expect((await login(s.user.email, 'replayed code pass', { totpCode: seen })).statusCode).toBe(200);
    const replay = await login(s.user.email, 'replayed code pass', { totpCode: seen });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'totp_invalid', errors: [{ path: 'totpCode' }] });
    expect(replay.cookies).toHaveLength(0);
    // An older step's code (still within the drift window) is refused too; the next step's works.
    t.clock.advance(30_000);
    expect(
      (
        await login(s.user.email, 'replayed code pass', {
          totpCode: totp.generate({ timestamp: t.clock.now().getTime() - 30_000 }),
        })
      ).statusCode,
    ).toBe(401);
    expect((await login(s.user.email, 'replayed code pass', { totpCode: code() })).statusCode).toBe(200);
  });

  it('limits two-factor attempts per account: after five, even the right code waits', async () => {
    const s = await signup(t.app, { password: 'guessed code pass' });
    const { secret } = (await client(t.app, s).post('/api/v1/auth/totp/setup')).json();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const code = () => totp.generate({ timestamp: t.clock.now().getTime() });
    await client(t.app, s).post('/api/v1/auth/totp/enable', { code: code() });
    t.clock.advance(30_000);
    const wrong = () => (code() === '000001' ? '000002' : '000001');
    // Each guess from another address: the per-IP login limit does not come into it.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.0.0.${i + 1}`,
        payload: { email: s.user.email, password: 'guessed code pass', totpCode: wrong() },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await login(s.user.email, 'guessed code pass', { totpCode: code() });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('rate_limited');
    // The window passes: the right code works again.
    t.clock.advance(15 * 60_000);
    expect((await login(s.user.email, 'guessed code pass', { totpCode: code() })).statusCode).toBe(200);
  });

  it('rate-limits repeated login attempts', async () => {
    const email = uniqueEmail('brute');
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await login(email, `guess number ${i}`)).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[5]).toBe(429);
    const res = await login(email, 'one more guess');
    expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(res.json().detail).toMatch(/^Too many attempts; try again in \d+ min$/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // In the caller's language, like every problem.
    const fr = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'fr' },
      payload: { email, password: 'encore une' },
    });
    expect(fr.statusCode).toBe(429);
    expect(fr.json().detail).toMatch(/^Trop de tentatives ; réessayez dans \d+ min$/);
  });

  it('expires sessions after their lifetime', async () => {
    const s = await signup(t.app);
    t.clock.advance(31 * 24 * 3600 * 1000);
    try {
      expect((await client(t.app, s).get('/api/v1/me')).statusCode).toBe(401);
    } finally {
      t.clock.advance(-31 * 24 * 3600 * 1000);
    }
  });
});
