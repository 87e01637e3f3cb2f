import * as OTPAuth from 'otpauth';
import { addMs, DAY, HOUR, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId, newSecretToken } from '../../shared/ids.js';
import type { Language } from '../../shared/schemas.js';
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
  created_at: string;
}): UserOut => ({
  id: u.id,
  email: u.email,
  name: u.name,
  language: u.language as Language,
  totpEnabled: u.totp_enabled === 1,
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

export async function createUser(
  ctx: AppContext,
  input: { email: string; password: string; name: string; language?: Language | undefined },
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
  return { user, session: await openSession(ctx, user.id, client) };
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
    if (!checkTotp(user.totp_secret, user.email, input.totpCode)) {
      throw fieldError('totpCode', 'Invalid authentication code', 'totp_invalid');
    }
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
    await repo.insertPasswordReset(trx, { id, userId: user.id, now, expiresAt: addMs(now, RESET_TTL_MS) });
    await queueMail(trx, now, {
      uniqueKey: `password-reset:${id}`,
      to: [user.email],
      subject: resetSubject(user.language),
      text: resetText(user.language, user.name, link),
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
  });
}

function totpFor(secret: string, email: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Facturex', label: email, secret: OTPAuth.Secret.fromBase32(secret) });
}

function checkTotp(secret: string | null, email: string, code: string): boolean {
  if (!secret) return false;
  return totpFor(secret, email).validate({ token: code, window: 1 }) !== null;
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
    values: { totp_secret: secret, updated_at: nowIso(ctx.clock) },
  });
  return { secret, otpauthUrl: totpFor(secret, auth.user.email).toString() };
}

export async function enableTotp(ctx: AppContext, auth: Authenticated, code: string): Promise<void> {
  const user = await repo.findUserById(ctx.db, { userId: auth.user.id });
  if (!user?.totp_secret) throw new AppError('conflict', 'Start two-factor setup first');
  if (!checkTotp(user.totp_secret, user.email, code))
    throw fieldError('code', 'Invalid authentication code', 'totp_invalid');
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
    values: { totp_enabled: 0, totp_secret: null, updated_at: nowIso(ctx.clock) },
  });
}

export async function purgeExpiredSessions(ctx: AppContext): Promise<number> {
  return repo.deleteExpiredSessions(ctx.db, { now: nowIso(ctx.clock) });
}

const RESET_SUBJECT: Record<string, string> = {
  fr: 'Réinitialisation de votre mot de passe Facturex',
  nl: 'Uw Facturex-wachtwoord opnieuw instellen',
  en: 'Reset your Facturex password',
  de: 'Ihr Facturex-Passwort zurücksetzen',
};
const resetSubject = (lang: string) => RESET_SUBJECT[lang] ?? RESET_SUBJECT.en!;

const RESET_TEXT: Record<string, (name: string, link: string) => string> = {
  fr: (n, l) =>
    `Bonjour ${n},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n${l}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
  nl: (n, l) =>
    `Hallo ${n},\n\nOpen deze link (één uur geldig) om een nieuw wachtwoord te kiezen:\n${l}\n\nHebt u niets gevraagd, negeer dan dit bericht.`,
  en: (n, l) =>
    `Hello ${n},\n\nTo choose a new password, open this link (valid for one hour):\n${l}\n\nIf you did not ask for this, ignore this message.`,
  de: (n, l) =>
    `Hallo ${n},\n\nÖffnen Sie diesen Link (eine Stunde gültig), um ein neues Passwort zu wählen:\n${l}\n\nFalls Sie nichts angefordert haben, ignorieren Sie diese Nachricht.`,
};
const resetText = (lang: string, name: string, link: string) =>
  (RESET_TEXT[lang] ?? RESET_TEXT.en!)(name, link);
