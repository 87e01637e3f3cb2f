import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, type E2E, expectAccessible, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('account security in the browser', () => {
  it('sets up two-factor authentication from a QR code, then asks for a code at login', async () => {
    const email = `totp.${Date.now()}@example.test`;
    const password = 'a long passphrase';
    const context = await e.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const signup = await page.request.post('/api/v1/auth/signup', {
      data: { email, password, name: 'Tess Totp', language: 'en' },
    });
    expect(signup.status()).toBe(201);

    await page.goto('/account');
    await page.getByRole('button', { name: 'Set up' }).click();
    const qr = page.getByRole('img', { name: 'QR code to set up two-factor authentication' });
    await expect.poll(async () => (await qr.getAttribute('src')) ?? '').toMatch(/^data:image\/png;base64,/);
    await expectAccessible(page);

    const secret = ((await page.getByRole('code').first().textContent()) ?? '').replace(/\s/g, '');
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    await page.getByLabel(/^6-digit code/).fill(totp.generate());
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByText('Two-factor authentication is on.').first().waitFor();

    // A code is good once: signing in right after turning it on takes the next 30-second step's
    // code, which the server accepts a step early (its window is one step either side) and which is
    // later than the one just used. Deterministic: no wait for the clock to turn.
    const nextCode = totp.generate({ timestamp: Date.now() + 30_000 });
    const signIn = async (totpCode: string) => {
      const fresh = await e.newContext({ locale: 'en-GB' });
      const login = await fresh.newPage();
      await login.goto('/login');
      await login.evaluate(`localStorage.setItem('facturex.language', 'en')`);
      await login.reload();
      await login.getByLabel(/^Email address/).fill(email);
      await login.getByLabel(/^Password/).fill(password);
      await login.getByRole('button', { name: 'Sign in' }).click();
      const code = login.getByLabel(/^6-digit code/);
      await code.waitFor();
      await code.fill(totpCode);
      await login.getByRole('button', { name: /Verify/ }).click();
      return { fresh, login, code };
    };
    const first = await signIn(nextCode);
    await first.login.waitForURL('**/companies/new');
    await first.fresh.close();

    // The same code again (seen over a shoulder, replayed) is refused, and the form says why.
    const replay = await signIn(nextCode);
    await replay.login.getByText('This code has been used already: wait for the next one').waitFor();
    await expect.poll(() => replay.code.getAttribute('aria-invalid')).toBe('true');
    expect(replay.login.url()).toContain('/login');
    expect(await accessibilityViolations(replay.login)).toEqual([]);
    await replay.fresh.close();
    await context.close();
  });
});
