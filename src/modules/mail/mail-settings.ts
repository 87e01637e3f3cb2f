import nodemailer from 'nodemailer';
import { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import {
  deleteCompanyTransport,
  mailRouteFor,
  pinSmtpHost,
  redactSmtpUrl,
  saveCompanyTransport,
} from '../../platform/mail/transports.js';
import type { Actor } from './mail.service.js';

export const MailSettingsOut = z
  .object({
    /** Where the company's mail goes now. */
    source: z.enum(['company', 'installation', 'local']),
    smtpUrl: z.string().nullable().describe('Password hidden'),
    from: z.string(),
  })
  .meta({ id: 'MailSettings' });

export const PutMailSettingsBody = z.strictObject({
  smtpUrl: z
    .string()
    .trim()
    .max(500)
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'An smtp:// or smtps:// URL, such as smtp://user:password@smtp.example.com:587',
    ),
  from: z
    .string()
    .trim()
    .max(200)
    .regex(
      /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
      'An address such as Name <billing@example.com>',
    ),
});

export async function getMailSettings(ctx: AppContext, companyId: string) {
  const route = await mailRouteFor(ctx, companyId);
  return {
    source: route.source,
    smtpUrl: route.smtpUrl ? redactSmtpUrl(route.smtpUrl) : null,
    from: route.from,
  };
}

export async function putMailSettings(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: z.infer<typeof PutMailSettingsBody>,
) {
  // Refused when saved if the host is not public (and checked again at every connection).
  await pinSmtpHost(input.smtpUrl, ctx.config.allowPrivateSmtp);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await saveCompanyTransport(trx, ctx, { companyId, smtpUrl: input.smtpUrl, from: input.from, now });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'mail_settings.updated',
      entityType: 'company',
      entityId: companyId,
      data: { smtp: redactSmtpUrl(input.smtpUrl), from: input.from },
      at: now,
    });
  });
  return getMailSettings(ctx, companyId);
}

export async function deleteMailSettings(ctx: AppContext, actor: Actor, companyId: string) {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteCompanyTransport(trx, companyId);
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'mail_settings.removed',
      entityType: 'company',
      entityId: companyId,
      at: now,
    });
  });
}

/** One answer for every way a test can fail: the test must not tell which ports or hosts exist. */
export const SMTP_TEST_FAILED =
  'Could not connect to the SMTP server or sign in to it: check the address, port, user and password';

const TEST_TIMEOUT_MS = 5_000;

/**
 * Connects and authenticates to the company's SMTP server without sending anything, within a few
 * seconds. A company's own server is checked like at delivery (public address, connected to by the
 * checked address); whatever goes wrong, the answer is the same generic message (the details are
 * logged for the operator), so the test cannot serve to map what the server can reach.
 */
export async function testMailSettings(ctx: AppContext, companyId: string) {
  const route = await mailRouteFor(ctx, companyId);
  if (!route.smtpUrl)
    return {
      ok: false,
      source: route.source,
      error: 'No SMTP server configured: mail stays in the local outbox',
    };
  let transport: ReturnType<typeof nodemailer.createTransport> | undefined;
  try {
    const connection =
      route.source === 'company'
        ? await pinSmtpHost(route.smtpUrl, ctx.config.allowPrivateSmtp)
        : { url: route.smtpUrl, servername: undefined };
    transport = nodemailer.createTransport({
      url: connection.url,
      ...(connection.servername ? { tls: { servername: connection.servername } } : {}),
      connectionTimeout: TEST_TIMEOUT_MS,
      greetingTimeout: TEST_TIMEOUT_MS,
      socketTimeout: TEST_TIMEOUT_MS,
      dnsTimeout: TEST_TIMEOUT_MS,
    });
    await transport.verify();
    return { ok: true, source: route.source, error: null };
  } catch (e) {
    ctx.log.info({ companyId, err: e instanceof Error ? e.message : String(e) }, 'SMTP settings test failed');
    return { ok: false, source: route.source, error: SMTP_TEST_FAILED };
  } finally {
    transport?.close();
  }
}
