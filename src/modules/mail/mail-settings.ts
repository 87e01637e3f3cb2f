import nodemailer from 'nodemailer';
import { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import {
  deleteCompanyTransport,
  mailRouteFor,
  redactSmtpUrl,
  saveCompanyTransport,
} from '../../platform/mail/transports.js';
import type { Actor } from './mail.service.js';

export const MailSettingsOut = z.object({
  /** Where the company's mail goes now. */
  source: z.enum(['company', 'installation', 'local']),
  smtpUrl: z.string().nullable().describe('Password hidden'),
  from: z.string(),
});

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

/** Connects and authenticates to the company's SMTP server without sending anything. */
export async function testMailSettings(ctx: AppContext, companyId: string) {
  const route = await mailRouteFor(ctx, companyId);
  if (!route.smtpUrl)
    return {
      ok: false,
      source: route.source,
      error: 'No SMTP server configured: mail stays in the local outbox',
    };
  const transport = nodemailer.createTransport({
    url: route.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
  try {
    await transport.verify();
    return { ok: true, source: route.source, error: null };
  } catch (e) {
    return { ok: false, source: route.source, error: e instanceof Error ? e.message : String(e) };
  } finally {
    transport.close();
  }
}
