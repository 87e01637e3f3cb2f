import type { DbOrTx } from '../../platform/db/index.js';
import { prepareQuery } from '../../platform/db/prepared.js';
import type { UsersTable } from '../../platform/db/schema.js';

export type UserRow = UsersTable;

export const findUserByEmail = (db: DbOrTx, p: { email: string }) =>
  db.selectFrom('users').selectAll().where('email', '=', p.email).executeTakeFirst();

export const findUserById = (db: DbOrTx, p: { userId: string }) =>
  db.selectFrom('users').selectAll().where('id', '=', p.userId).executeTakeFirst();

export async function insertUser(db: DbOrTx, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(
  db: DbOrTx,
  p: { userId: string; values: Partial<Omit<UserRow, 'id' | 'created_at'>> },
): Promise<void> {
  await db.updateTable('users').set(p.values).where('id', '=', p.userId).execute();
}

export async function insertSession(
  db: DbOrTx,
  row: {
    id: string;
    userId: string;
    csrfToken: string;
    now: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: row.id,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

/** The session and its user in one query: this runs on every authenticated request. */
const liveSession = prepareQuery((db, p: { sessionId: string; now: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'users.id',
      'users.email',
      'users.name',
      'users.language',
      'users.totp_enabled',
      'users.email_verified_at',
      'users.created_at',
    ])
    .where('sessions.id', '=', p.sessionId)
    .where('sessions.expires_at', '>', p.now),
);

/** The session and its user, if the session exists and has not expired (checked on every request). */
export const findLiveSession = (db: DbOrTx, p: { sessionId: string; now: string }) =>
  liveSession.first(db, p);

export async function touchSession(db: DbOrTx, p: { sessionId: string; now: string; expiresAt: string }) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: p.now, expires_at: p.expiresAt })
    .where('id', '=', p.sessionId)
    .execute();
}

export async function deleteSession(db: DbOrTx, p: { sessionId: string }): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', p.sessionId).execute();
}

export async function deleteUserSessions(db: DbOrTx, p: { userId: string; exceptSessionId?: string }) {
  let q = db.deleteFrom('sessions').where('user_id', '=', p.userId);
  if (p.exceptSessionId) q = q.where('id', '!=', p.exceptSessionId);
  await q.execute();
}

export async function deleteExpiredSessions(db: DbOrTx, p: { now: string }): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', p.now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertPasswordReset(
  db: DbOrTx,
  row: { id: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      id: row.id,
      user_id: row.userId,
      created_at: row.now,
      expires_at: row.expiresAt,
      used_at: null,
    })
    .execute();
}

/**
 * Ends every unused reset link of a user: a new link, a changed password or a reset replaces them,
 * so a link lying in an old mailbox copy is worth nothing.
 */
export async function voidPasswordResets(db: DbOrTx, p: { userId: string; now: string }): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: p.now })
    .where('user_id', '=', p.userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Marks a reset token used, only if it is still valid; returns its user. Single use by construction. */
export async function consumePasswordReset(
  db: DbOrTx,
  p: { id: string; now: string },
): Promise<string | null> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: p.now })
    .where('id', '=', p.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', p.now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function insertEmailVerification(
  db: DbOrTx,
  row: { id: string; userId: string; email: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('email_verifications')
    .values({
      id: row.id,
      user_id: row.userId,
      email: row.email,
      created_at: row.now,
      expires_at: row.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Ends every unused verification link of a user (a newer one replaces them). */
export async function voidEmailVerifications(db: DbOrTx, p: { userId: string; now: string }): Promise<void> {
  await db
    .updateTable('email_verifications')
    .set({ used_at: p.now })
    .where('user_id', '=', p.userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Marks a verification token used if it is still valid; returns its user and the address it was sent to. */
export async function consumeEmailVerification(db: DbOrTx, p: { id: string; now: string }) {
  return db
    .updateTable('email_verifications')
    .set({ used_at: p.now })
    .where('id', '=', p.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', p.now)
    .returning(['user_id', 'email'])
    .executeTakeFirst();
}

/** The address is verified only if the account still has it (a change of address needs a new link). */
export async function markEmailVerified(db: DbOrTx, p: { userId: string; email: string; now: string }) {
  const r = await db
    .updateTable('users')
    .set({ email_verified_at: p.now, updated_at: p.now })
    .where('id', '=', p.userId)
    .where('email', '=', p.email)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Records the TOTP step whose code was just accepted, only if it is later than the last one: two
 * logins with one code, however close, cannot both pass (compare-and-set).
 */
export async function claimTotpStep(db: DbOrTx, p: { userId: string; step: number }): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_step: p.step })
    .where('id', '=', p.userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', p.step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
