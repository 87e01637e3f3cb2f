import * as OTPAuth from 'otpauth';
import { addMs, DAY, HOUR, MINUTE, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { clearHits, countHit } from '../../platform/rate-limit.js';
import { secretKey } from '../../platform/secrets.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId, newSecretToken } from '../../shared/ids.js';
import { pickLanguage } from '../../shared/messages.js';
import type { Language } from '../../shared/schemas.js';
import { systemMail } from '../../shared/system-mails.js';
import * as repo from './auth.repository.js';
import type { UserOut } from './auth.schema.js';
import { hashPassword, verifyPassword } from './password.js';

export interface SessionInfo {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export const toUserOut = (u: {
  id: string;
  email: string;
  name: string;
  language: string;
  totp_enabled: number;
  email_verified_at: string | null;
  created_at: string;
}): UserOut => ({
  id: u.id,
  email: u.email,
  name: u.name,
  language: u.language as Language,
  totpEnabled: u.totp_enabled === 1,
  emailVerified: u.email_verified_at !== null,
  createdAt: u.created_at,
});

const sessionTtl = (ctx: AppContext) => ctx.config.sessionTtlDays * DAY;

async function openSession(ctx: AppContext, userId: string, client: ClientInfo): Promise<SessionInfo> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const now = nowIso(ctx.clock);
  const expiresAt = addMs(now, sessionTtl(ctx));
  await repo.insertSession(ctx.db, {
    id: sha256Hex(token),
    userId,
    csrfToken,
    now,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 500) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * Makes an account. Its address counts as verified only when the caller vouches for it (`verified`:
 * the operator's command line, the demo seed); a sign-up proves it by the link it is mailed.
 */
export async function createUser(
  ctx: AppContext,
  input: { email: string; password: string; name: string; language?: Language | undefined },
  opts: { verified?: boolean } = {},
): Promise<UserOut> {
  const existing = await repo.findUserByEmail(ctx.db, { email: input.email });
  if (existing) throw fieldError('email', 'An account with this e-mail already exists', 'email_taken');
  const now = nowIso(ctx.clock);
  const row: repo.UserRow = {
    id: newId(),
    email: input.email,
    name: input.name,
    password_hash: await hashPassword(input.password),
    language: input.language ?? 'fr',
    totp_secret: null,
    totp_enabled: 0,
    created_at: now,
    updated_at: now,
    email_verified_at: opts.verified ? now : null,
    totp_last_step: null,
  };
  try {
    await repo.insertUser(ctx.db, row);
  } catch (err) {
    // Two sign-ups racing for one address: the unique index decides, the loser gets the same answer.
    if (await repo.findUserByEmail(ctx.db, { email: input.email })) {
      throw fieldError('email', 'An account with this e-mail already exists', 'email_taken');
    }
    throw err;
  }
  return toUserOut(row);
}

export async function signup(
  ctx: AppContext,
  input: { email: string; password: string; name: string; language?: Language | undefined },
  client: ClientInfo,
): Promise<{ user: UserOut; session: SessionInfo }> {
  const user = await createUser(ctx, input);
  await mailVerificationLink(ctx, user);
  return { user, session: await openSession(ctx, user.id, client) };
}

const VERIFICATION_TTL_MS = 3 * DAY;

/**
 * Mails a link that proves the account's owner reads its address; a new link voids the older ones.
 * The token is a live secret: the outbox keeps it sealed.
 */
async function mailVerificationLink(
  ctx: AppContext,
  user: { id: string; email: string; name: string; language: string },
): Promise<void> {
  const token = newSecretToken();
  const id = sha256Hex(token);
  const now = nowIso(ctx.clock);
  const link = `${ctx.config.publicUrl}/verify-email?token=${token}`;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.voidEmailVerifications(trx, { userId: user.id, now });
    await repo.insertEmailVerification(trx, {
      id,
      userId: user.id,
      email: user.email,
      now,
      expiresAt: addMs(now, VERIFICATION_TTL_MS),
    });
    await queueMail(trx, now, {
      uniqueKey: `email-verification:${id}`,
      to: [user.email],
      ...systemMail('email_verification', pickLanguage(undefined, user.language), { name: user.name, link }),
      secrets: { key: secretKey(ctx.config), values: [token] },
    });
  });
}

/** Sends the signed-in user a new verification link (the previous one stops working). */
export async function resendVerification(ctx: AppContext, auth: Authenticated): Promise<void> {
  if (auth.user.emailVerified) throw new AppError('conflict', 'Your e-mail address is already verified');
  await mailVerificationLink(ctx, auth.user);
}

/** The operator vouches for an address (command line `verify-email`); false when no account has it. */
export async function verifyEmailByOperator(ctx: AppContext, email: string): Promise<boolean> {
  const user = await repo.findUserByEmail(ctx.db, { email });
  if (!user) return false;
  if (!user.email_verified_at)
    await repo.markEmailVerified(ctx.db, { userId: user.id, email: user.email, now: nowIso(ctx.clock) });
  return true;
}

/** Opens a verification link: the address is verified if the account still has the one it was sent to. */
export async function verifyEmail(ctx: AppContext, token: string): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.consumeEmailVerification(trx, { id: sha256Hex(token), now });
    if (!row || !(await repo.markEmailVerified(trx, { userId: row.user_id, email: row.email, now })))
      throw fieldError('token', 'This verification link is invalid or has expired', 'token_invalid');
  });
}

export async function login(
  ctx: AppContext,
  input: { email: string; password: string; totpCode?: string | undefined },
  client: ClientInfo,
): Promise<{ user: UserOut; session: SessionInfo }> {
  const user = await repo.findUserByEmail(ctx.db, { email: input.email });
  const ok = await verifyPassword(user?.password_hash, input.password);
  // One answer for an unknown e-mail and a wrong password: nothing tells which accounts exist.
  if (!user || !ok) throw new AppError('invalid_credentials', 'Invalid e-mail or password');
  if (user.totp_enabled === 1) {
    if (!input.totpCode) throw new AppError('totp_required', 'Enter the code from your authenticator app');
    await verifyTotp(ctx, user, input.totpCode, 'totpCode');
  }
  return { user: toUserOut(user), session: await openSession(ctx, user.id, client) };
}

export async function logout(ctx: AppContext, sessionId: string): Promise<void> {
  await repo.deleteSession(ctx.db, { sessionId });
}

export interface Authenticated {
  user: UserOut;
  sessionId: string;
  csrfToken: string;
}

const TOUCH_EVERY_MS = 10 * 60_000;

/** Resolves a session cookie to its user; sliding expiry, written at most every ten minutes. */
export async function authenticate(ctx: AppContext, token: string): Promise<Authenticated | null> {
  const now = nowIso(ctx.clock);
  const sessionId = sha256Hex(token);
  const row = await repo.findLiveSession(ctx.db, { sessionId, now });
  if (!row) return null;
  if (Date.parse(now) - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await repo.touchSession(ctx.db, { sessionId, now, expiresAt: addMs(now, sessionTtl(ctx)) });
  }
  return { user: toUserOut(row), sessionId, csrfToken: row.csrf_token };
}

export async function updateMe(
  ctx: AppContext,
  userId: string,
  input: { name?: string | undefined; language?: Language | undefined },
): Promise<UserOut> {
  const values: Partial<repo.UserRow> = { updated_at: nowIso(ctx.clock) };
  if (input.name !== undefined) values.name = input.name;
  if (input.language !== undefined) values.language = input.language;
  await repo.updateUser(ctx.db, { userId, values });
  const user = await repo.findUserById(ctx.db, { userId });
  if (!user) throw new AppError('unauthenticated', 'Not signed in');
  return toUserOut(user);
}

export async function changePassword(
  ctx: AppContext,
  auth: Authenticated,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserById(ctx.db, { userId: auth.user.id });
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw fieldError('currentPassword', 'Current password is wrong', 'invalid_credentials');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, {
      userId: user.id,
      values: { password_hash: passwordHash, updated_at: nowIso(ctx.clock) },
    });
    // Other devices are signed out: a changed password must cut a thief's session.
    await repo.deleteUserSessions(trx, { userId: user.id, exceptSessionId: auth.sessionId });
    // A reset link mailed earlier would undo the change: it is void now.
    await repo.voidPasswordResets(trx, { userId: user.id, now: nowIso(ctx.clock) });
  });
}

const RESET_TTL_MS = HOUR;

/** Always succeeds from the caller's view; mails a single-use link only when the account exists. */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, { email });
  if (!user) return;
  const token = newSecretToken();
  const now = nowIso(ctx.clock);
  const id = sha256Hex(token);
  const link = `${ctx.config.publicUrl}/reset-password?token=${token}`;
  await ctx.db.transaction().execute(async (trx) => {
    // Only the newest link works: asking again voids the links mailed before.
    await repo.voidPasswordResets(trx, { userId: user.id, now });
    await repo.insertPasswordReset(trx, { id, userId: user.id, now, expiresAt: addMs(now, RESET_TTL_MS) });
    await queueMail(trx, now, {
      uniqueKey: `password-reset:${id}`,
      to: [user.email],
      ...systemMail('password_reset', pickLanguage(undefined, user.language), { name: user.name, link }),
      secrets: { key: secretKey(ctx.config), values: [token] },
    });
  });
}

export async function confirmPasswordReset(ctx: AppContext, input: { token: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const userId = await repo.consumePasswordReset(trx, { id: sha256Hex(input.token), now });
    if (!userId) throw fieldError('token', 'This reset link is invalid or has expired', 'token_invalid');
    await repo.updateUser(trx, { userId, values: { password_hash: passwordHash, updated_at: now } });
    await repo.deleteUserSessions(trx, { userId });
    await repo.voidPasswordResets(trx, { userId, now });
    // The link reached the account's mailbox: that proves the address as a verification link would.
    const user = await repo.findUserById(trx, { userId });
    if (user && !user.email_verified_at)
      await repo.markEmailVerified(trx, { userId, email: user.email, now });
  });
}

function totpFor(secret: string, email: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Facturex', label: email, secret: OTPAuth.Secret.fromBase32(secret) });
}

const TOTP_PERIOD_MS = 30_000;
/** Wrong codes allowed per account in a quarter of an hour; then even a right one waits. */
export const TOTP_MAX_ATTEMPTS = 5;
const TOTP_WINDOW_MS = 15 * MINUTE;

/**
 * Checks a two-factor code. Attempts are counted per account in the database (every app process
 * sees them): past TOTP_MAX_ATTEMPTS in the window, 429 whatever the code. A right code is accepted
 * once: its 30-second step must be later than the last accepted one (compare-and-set), so a code
 * seen over a shoulder or replayed from a log cannot open a second session.
 */
async function verifyTotp(
  ctx: AppContext,
  user: { id: string; email: string; totp_secret: string | null },
  code: string,
  field: string,
): Promise<void> {
  const key = `totp|${user.id}`;
  const nowMs = ctx.clock.now().getTime();
  const hits = await countHit(ctx.db, { key, windowMs: TOTP_WINDOW_MS, nowMs });
  if (hits.count > TOTP_MAX_ATTEMPTS)
    throw new AppError('rate_limited', 'Too many attempts; try again in {minutes} min', {
      params: { minutes: Math.max(1, Math.ceil((hits.resetAt - nowMs) / MINUTE)) },
    });
  const delta = user.totp_secret
    ? totpFor(user.totp_secret, user.email).validate({ token: code, window: 1, timestamp: nowMs })
    : null;
  if (delta === null) throw fieldError(field, 'Invalid authentication code', 'totp_invalid');
  const step = Math.floor(nowMs / TOTP_PERIOD_MS) + delta;
  if (!(await repo.claimTotpStep(ctx.db, { userId: user.id, step })))
    throw fieldError(field, 'This code has been used already: wait for the next one', 'totp_invalid');
  await clearHits(ctx.db, key);
}

/** Starts two-factor setup: a fresh secret, not active until a code from it is confirmed. */
export async function setupTotp(
  ctx: AppContext,
  auth: Authenticated,
): Promise<{ secret: string; otpauthUrl: string }> {
  if (auth.user.totpEnabled) throw new AppError('conflict', 'Two-factor authentication is already enabled');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await repo.updateUser(ctx.db, {
    userId: auth.user.id,
    values: { totp_secret: secret, totp_last_step: null, updated_at: nowIso(ctx.clock) },
  });
  return { secret, otpauthUrl: totpFor(secret, auth.user.email).toString() };
}

export async function enableTotp(ctx: AppContext, auth: Authenticated, code: string): Promise<void> {
  const user = await repo.findUserById(ctx.db, { userId: auth.user.id });
  if (!user?.totp_secret) throw new AppError('conflict', 'Start two-factor setup first');
  await verifyTotp(ctx, user, code, 'code');
  await repo.updateUser(ctx.db, {
    userId: user.id,
    values: { totp_enabled: 1, updated_at: nowIso(ctx.clock) },
  });
}

export async function disableTotp(ctx: AppContext, auth: Authenticated, password: string): Promise<void> {
  const user = await repo.findUserById(ctx.db, { userId: auth.user.id });
  if (!user || !(await verifyPassword(user.password_hash, password))) {
    throw fieldError('password', 'Password is wrong', 'invalid_credentials');
  }
  await repo.updateUser(ctx.db, {
    userId: user.id,
    values: { totp_enabled: 0, totp_secret: null, totp_last_step: null, updated_at: nowIso(ctx.clock) },
  });
}

export async function purgeExpiredSessions(ctx: AppContext): Promise<number> {
  return repo.deleteExpiredSessions(ctx.db, { now: nowIso(ctx.clock) });
}
