import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/index.js';
import { decryptSecret, encryptSecret, secretKey } from '../secrets.js';

export interface MailRoute {
  /** Where the message goes: the company's SMTP server, the installation's, or the local outbox. */
  source: 'company' | 'installation' | 'local';
  smtpUrl: string | null;
  from: string;
}

/** A company's own SMTP server wins over the installation's (SMTP_URL); without either, mail stays local. */
export async function mailRouteFor(ctx: AppContext, companyId: string | null): Promise<MailRoute> {
  if (companyId) {
    const own = await ctx.db
      .selectFrom('mail_transports')
      .selectAll()
      .where('company_id', '=', companyId)
      .executeTakeFirst();
    if (own)
      return {
        source: 'company',
        smtpUrl: decryptSecret(secretKey(ctx.config), own.smtp_url_encrypted),
        from: own.from_address,
      };
  }
  if (ctx.config.smtpUrl)
    return { source: 'installation', smtpUrl: ctx.config.smtpUrl, from: ctx.config.mailFrom };
  return { source: 'local', smtpUrl: null, from: ctx.config.mailFrom };
}

export async function saveCompanyTransport(
  db: DbOrTx,
  ctx: Pick<AppContext, 'config'>,
  p: { companyId: string; smtpUrl: string; from: string; now: string },
): Promise<void> {
  const encrypted = encryptSecret(secretKey(ctx.config), p.smtpUrl);
  await db
    .insertInto('mail_transports')
    .values({
      company_id: p.companyId,
      smtp_url_encrypted: encrypted,
      from_address: p.from,
      updated_at: p.now,
    })
    .onConflict((oc) =>
      oc
        .column('company_id')
        .doUpdateSet({ smtp_url_encrypted: encrypted, from_address: p.from, updated_at: p.now }),
    )
    .execute();
}

export const deleteCompanyTransport = (db: DbOrTx, companyId: string) =>
  db.deleteFrom('mail_transports').where('company_id', '=', companyId).execute();

/** The URL as it may be shown: the password replaced. */
export function redactSmtpUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '••••';
    return u.toString();
  } catch {
    return 'smtp://…';
  }
}
