import type { MigrationDb } from './helpers.js';

/**
 * Accounts that an attacker cannot borrow (issue 11):
 * - `rate_limits`: attempt counters shared by every app process (login, sign-up, password reset,
 *   two-factor codes), so limits hold behind a load balancer too. One row per key and window.
 * - `users.email_verified_at`: set when the owner of the address opened the link mailed at sign-up
 *   (or a password-reset link). Accepting an invitation needs it. Accounts made before this version
 *   start unverified and verify with a new link.
 * - `users.totp_last_step`: the last 30-second step whose code was accepted; a code of that step or
 *   an earlier one is refused, so a code seen over a shoulder cannot be used again.
 * - `email_verifications`: single-use verification links (only the SHA-256 of the token is kept).
 * - `mail_outbox.secrets`: the live secrets of a message (invitation, reset, verification links),
 *   encrypted; the stored text carries placeholders, so no outbox view can show them.
 * - `companies.demo`: a company made by the demo seed. Its mail never leaves through an SMTP server
 *   (it stays in the local outbox), whatever the installation or the company configures.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    // Epoch milliseconds: the counter restarts at 1 after this instant.
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_reset_idx').on('rate_limits').column('reset_at').execute();

  await db.schema.alterTable('users').addColumn('email_verified_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'bigint').execute();

  await db.schema
    .createTable('email_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('email_verifications_user_idx')
    .on('email_verifications')
    .column('user_id')
    .execute();

  await db.schema.alterTable('mail_outbox').addColumn('secrets', 'text').execute();
  await db.schema
    .alterTable('companies')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
