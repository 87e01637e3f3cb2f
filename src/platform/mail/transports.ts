import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../shared/errors.js';
import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/index.js';
import { decryptSecret, encryptSecret, secretKey } from '../secrets.js';

export interface MailRoute {
  /** Where the message goes: the company's SMTP server, the installation's, or the local outbox. */
  source: 'company' | 'installation' | 'local';
  smtpUrl: string | null;
  from: string;
}

/**
 * A company's own SMTP server wins over the installation's (SMTP_URL); without either, mail stays
 * local. A demo company's mail always stays local.
 */
export async function mailRouteFor(ctx: AppContext, companyId: string | null): Promise<MailRoute> {
  if (companyId) {
    // Demo data stays demo: its invitations and reminders go to made-up addresses, and a production
    // installation that kept SEED_DEMO on must not mail them through its real server.
    const company = await ctx.db
      .selectFrom('companies')
      .select('demo')
      .where('id', '=', companyId)
      .executeTakeFirst();
    if (company?.demo === 1) return { source: 'local', smtpUrl: null, from: ctx.config.mailFrom };
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

/**
 * A company's SMTP setting makes the server open a connection where the company says: pointed at
 * 127.0.0.1:5432 or an internal host, it would let a member probe what the server can reach. So a
 * company-provided host must resolve to public addresses only (not loopback, link-local, private,
 * carrier-grade NAT, unique-local or reserved), unless the operator allows them (ALLOW_PRIVATE_SMTP).
 * The check runs when the setting is saved and again at every connection, which then goes to the
 * address that was checked (the URL's host replaced by it, the name kept for TLS), so a DNS answer
 * that changes in between (rebinding) cannot lead elsewhere.
 */
export const NOT_PUBLIC_SMTP = 'The SMTP server must have a public address that can be found';

const DNS_TIMEOUT_MS = 5_000;

async function addressesOf(hostname: string): Promise<string[]> {
  if (ipaddr.isValid(hostname)) return [hostname];
  let timer: NodeJS.Timeout | undefined;
  try {
    const found = await Promise.race([
      lookup(hostname, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('DNS timeout')), DNS_TIMEOUT_MS);
      }),
    ]);
    return found.map((a) => a.address);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

const isPublic = (address: string): boolean => ipaddr.process(address).range() === 'unicast';

/**
 * Whether a host a company gave (an SMTP server, an access point's API) resolves, and only to public
 * unicast addresses: the server must not be made to call into its own network.
 */
export async function resolvesToPublic(hostname: string): Promise<boolean> {
  const addresses = await addressesOf(hostname.replace(/^\[|\]$/g, ''));
  return addresses.length > 0 && addresses.every(isPublic);
}

export interface PinnedSmtp {
  /** The URL with its host replaced by the checked address. */
  url: string;
  /** The host name for TLS (certificate check, SNI); undefined when the URL named an address. */
  servername: string | undefined;
}

/** Resolves and checks a company-provided SMTP URL; refuses (422 on `smtpUrl`) what is not public. */
export async function pinSmtpHost(smtpUrl: string, allowPrivate: boolean): Promise<PinnedSmtp> {
  const url = new URL(smtpUrl);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await addressesOf(hostname);
  const refused = addresses.length === 0 || (!allowPrivate && !addresses.every(isPublic));
  if (refused)
    throw new AppError('rule_violation', NOT_PUBLIC_SMTP, {
      errors: [{ path: 'smtpUrl', message: NOT_PUBLIC_SMTP }],
    });
  const [address] = addresses as [string];
  url.hostname = ipaddr.parse(address).kind() === 'ipv6' ? `[${address}]` : address;
  return { url: url.toString(), servername: ipaddr.isValid(hostname) ? undefined : hostname };
}
