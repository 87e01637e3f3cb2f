import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { todayIn } from '../../shared/dates.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId, newSecretToken } from '../../shared/ids.js';
import { pickLanguage } from '../../shared/messages.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { Email, type Language } from '../../shared/schemas.js';
import { systemMail } from '../../shared/system-mails.js';
import { findCompany, listCompanyMembers } from '../companies/index.js';
import {
  applyActionIn,
  companyToday,
  type DocumentKind,
  type DocumentRow,
  documentLegalMentions,
  documentPdf,
  getDocument,
  readDocumentOfKind,
  readDocumentRow,
  readDocumentRows,
} from '../documents/index.js';
import { notify } from '../notifications/index.js';
import { epcQrSvg } from './epc-qr-svg.js';
import { fill, formatters, renderPublicPage } from './public-page.js';
import { PUBLIC_TEXTS } from './public-texts.js';
import * as repo from './sharing.repository.js';

export interface Actor {
  userId: string;
}

export interface PublicLinkOut {
  url: string;
  createdAt: string;
}

const publicUrl = (ctx: AppContext, token: string) => `${ctx.config.publicUrl.replace(/\/$/, '')}/p/${token}`;

async function documentOfKind(ctx: AppContext, companyId: string, kind: DocumentKind, documentId: string) {
  const doc = await readDocumentRow(ctx.db, { companyId, documentId, kind });
  if (!doc) throw notFound('Document');
  return doc;
}

/**
 * The document's public link, created on first use. Drafts have none: the customer only ever sees a
 * document as it was sent.
 */
export async function publicLink(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
): Promise<PublicLinkOut> {
  const doc = await documentOfKind(ctx, companyId, kind, documentId);
  if (doc.status === 'draft')
    throw new AppError('invalid_transition', 'A draft has no public page: send or issue it first');
  const now = nowIso(ctx.clock);
  return ctx.db
    .transaction()
    .execute((trx) =>
      ensurePublicLink(trx, ctx, { actorId: actor.userId, companyId, kind, documentId, now }),
    );
}

/** The document's active public link, or null: read only (a preview shows it without making one). */
export async function activePublicLinkUrl(
  ctx: AppContext,
  companyId: string,
  documentId: string,
): Promise<string | null> {
  const existing = await repo.findActiveLink(ctx.db, { companyId, documentId });
  return existing ? publicUrl(ctx, existing.token) : null;
}

/** The document's active public link, created in the caller's transaction when it has none. */
export async function ensurePublicLink(
  trx: DbOrTx,
  ctx: AppContext,
  p: { actorId: string | null; companyId: string; kind: DocumentKind; documentId: string; now: string },
): Promise<PublicLinkOut> {
  await readDocumentOfKind(trx, p.companyId, p.kind, p.documentId);
  const existing = await repo.findActiveLink(trx, { companyId: p.companyId, documentId: p.documentId });
  if (existing) return { url: publicUrl(ctx, existing.token), createdAt: existing.created_at };
  const token = newSecretToken();
  await repo.insertLink(trx, {
    id: newId(),
    company_id: p.companyId,
    document_id: p.documentId,
    token,
    created_by: p.actorId,
    created_at: p.now,
    revoked_at: null,
  });
  await audit(trx, {
    companyId: p.companyId,
    userId: p.actorId,
    action: `${p.kind}.public_link_created`,
    entityType: p.kind,
    entityId: p.documentId,
    at: p.now,
  });
  return { url: publicUrl(ctx, token), createdAt: p.now };
}

/**
 * `ensurePublicLink` for many documents of one kind at once (the reminder run): one read of their
 * active links, a new link (and its audit row) for each that has none. Returns each document's URL.
 */
export async function ensurePublicLinks(
  trx: DbOrTx,
  ctx: AppContext,
  p: { actorId: string | null; companyId: string; kind: DocumentKind; documentIds: string[]; now: string },
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  if (p.documentIds.length === 0) return urls;
  const known = new Set(
    (await readDocumentRows(trx, { companyId: p.companyId, kind: p.kind, documentIds: p.documentIds })).map(
      (d) => d.id,
    ),
  );
  // Ascending by creation: the newest active link of a document is the one left in the map.
  for (const l of await repo.findActiveLinks(trx, { companyId: p.companyId, documentIds: p.documentIds }))
    urls.set(l.document_id, publicUrl(ctx, l.token));
  for (const documentId of p.documentIds) {
    if (urls.has(documentId)) continue;
    if (!known.has(documentId)) throw notFound(p.kind === 'invoice' ? 'Invoice' : 'Document');
    const token = newSecretToken();
    await repo.insertLink(trx, {
      id: newId(),
      company_id: p.companyId,
      document_id: documentId,
      token,
      created_by: p.actorId,
      created_at: p.now,
      revoked_at: null,
    });
    await audit(trx, {
      companyId: p.companyId,
      userId: p.actorId,
      action: `${p.kind}.public_link_created`,
      entityType: p.kind,
      entityId: documentId,
      at: p.now,
    });
    urls.set(documentId, publicUrl(ctx, token));
  }
  return urls;
}

/** Revokes every public link of the document: they answer 404 from now on. */
export async function revokePublicLinks(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
): Promise<void> {
  await documentOfKind(ctx, companyId, kind, documentId);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const n = await repo.revokeLinks(trx, { companyId, documentId, now });
    if (n > 0)
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: `${kind}.public_link_revoked`,
        entityType: kind,
        entityId: documentId,
        at: now,
      });
  });
}

/** An unknown and a revoked token look the same: 404, no hint. */
async function linkOf(ctx: AppContext, token: string) {
  const link = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await repo.findActiveLinkByToken(ctx.db, { token })
    : undefined;
  if (!link) throw notFound('Page');
  const doc = await readDocumentRow(ctx.db, { companyId: link.company_id, documentId: link.document_id });
  if (!doc || doc.status === 'draft') throw notFound('Page');
  return { link, doc };
}

type QuoteState = 'open' | 'accepted' | 'declined' | 'expired' | 'closed';

function quoteState(doc: DocumentRow, today: string): QuoteState {
  if (doc.status === 'accepted') return 'accepted';
  if (doc.status === 'declined') return 'declined';
  if (
    doc.status === 'expired' ||
    (doc.status === 'sent' && doc.valid_until !== null && doc.valid_until < today)
  )
    return 'expired';
  return doc.status === 'sent' ? 'open' : 'closed';
}

export async function renderPublicDocument(
  ctx: AppContext,
  token: string,
  flash: 'thanks' | 'name' | 'email' | null,
): Promise<string> {
  const { link, doc } = await linkOf(ctx, token);
  const company = await findCompany(ctx.db, { companyId: link.company_id });
  if (!company) throw notFound('Page');
  const document = await getDocument(ctx, link.company_id, doc.kind as DocumentKind, doc.id, company);
  const t = PUBLIC_TEXTS[document.language];
  const f = formatters(document.language, document.currency);
  const base = `/p/${token}`;
  let quote: { open: boolean; message: string | null; tone: 'ok' | 'no' | '' } | null = null;
  let status: { label: string; tone: 'ok' | 'no' | '' } | null = null;
  if (doc.kind === 'quote') {
    const state = quoteState(doc, companyToday(ctx, company));
    const response = await repo.findResponse(ctx.db, { companyId: link.company_id, documentId: doc.id });
    const who = response?.name ?? '';
    const messages: Record<QuoteState, string | null> = {
      open: flash === 'name' ? t.nameRequired : flash === 'email' ? t.emailInvalid : null,
      accepted:
        response?.response === 'accepted'
          ? `${flash === 'thanks' ? `${fill(t.thanks, { company: company.name })} ` : ''}${fill(
              t.acceptedBy,
              {
                name: who,
                // The day in the company's time zone, as on the quote's page in the app.
                date: f.date(todayIn(company.timezone, new Date(response.at))) ?? '',
              },
            )}`
          : t.accepted,
      declined: flash === 'thanks' ? fill(t.thanks, { company: company.name }) : t.declined,
      expired: fill(t.expired, { date: f.date(doc.valid_until) ?? '', company: company.name }),
      closed: t.notOpen,
    };
    if (state !== 'closed')
      status = {
        label: t.status[state === 'open' ? 'sent' : state],
        tone: state === 'accepted' ? 'ok' : state === 'open' ? '' : 'no',
      };
    quote = {
      open: state === 'open',
      message: messages[state],
      tone: state === 'accepted' ? 'ok' : state === 'open' ? '' : 'no',
    };
  }
  const payment =
    doc.kind === 'invoice' &&
    company.iban &&
    document.balance !== null &&
    document.balance !== '0.00' &&
    !document.balance.startsWith('-')
      ? {
          amount: document.balance,
          dueDate: document.dueDate,
          iban: company.iban,
          bic: company.bic,
          reference: document.paymentReference,
          qrSvg: await epcQrSvg({
            name: document.seller?.legalName ?? company.legal_name ?? company.name,
            iban: company.iban,
            bic: company.bic,
            amount: document.balance,
            currency: document.currency,
            reference: document.paymentReference,
            text: `${document.number ?? ''}`,
          }),
        }
      : null;
  return renderPublicPage({
    document,
    logoUrl: company.logo_mime ? `${base}/logo` : null,
    base,
    payment,
    quote,
    status,
    accent: company.accent_color,
    legalMentions: documentLegalMentions(document, company),
  });
}

export async function publicLogo(ctx: AppContext, token: string) {
  const { link } = await linkOf(ctx, token);
  const logo = await ctx.db
    .selectFrom('companies')
    .select(['logo', 'logo_mime'])
    .where('id', '=', link.company_id)
    .executeTakeFirst();
  if (!logo?.logo || !logo.logo_mime) throw notFound('Logo');
  return { bytes: logo.logo, mime: logo.logo_mime };
}

export type ResponseOutcome =
  | 'recorded'
  | 'already'
  | 'expired'
  | 'closed'
  | 'name_required'
  | 'email_invalid';

/**
 * The customer accepts or declines a quote on its public page. The answer, the quote's new status,
 * its timeline entry, an in-app notification and an e-mail to the company commit together, once: a
 * second click, a double submit or a second tab finds the answer already recorded and changes nothing.
 */
export async function respondToQuote(
  ctx: AppContext,
  token: string,
  input: {
    response: 'accepted' | 'declined';
    name?: string;
    /** Optional, beside the name of who accepts. */
    email?: string;
    comment?: string;
    ip: string;
    userAgent: string | null;
  },
): Promise<ResponseOutcome> {
  const { link, doc } = await linkOf(ctx, token);
  if (doc.kind !== 'quote') throw notFound('Page');
  const company = await findCompany(ctx.db, { companyId: link.company_id });
  if (!company) throw notFound('Page');
  const state = quoteState(doc, companyToday(ctx, company));
  if (state === 'accepted' || state === 'declined') return 'already';
  if (state === 'expired') return 'expired';
  if (state === 'closed') return 'closed';
  const name = input.name?.trim().slice(0, 200) ?? '';
  if (input.response === 'accepted' && !name) return 'name_required';
  let email: string | null = null;
  if (input.email?.trim()) {
    const parsed = Email.safeParse(input.email);
    if (!parsed.success) return 'email_invalid';
    email = parsed.data;
  }
  const notices = noticeRecipients(
    company.email,
    await listCompanyMembers(ctx.db, { companyId: company.id }),
  );
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = await repo.insertResponse(trx, {
      id: newId(),
      company_id: company.id,
      document_id: doc.id,
      response: input.response,
      name: name || null,
      email,
      comment: input.comment?.trim().slice(0, 2000) || null,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 500) ?? null,
      link_id: link.id,
      at: now,
    });
    if (!inserted) return 'already';
    // What the quote's page shows as who accepted it (documents' acceptance), with the event's instant.
    const data = {
      by: name || null,
      email,
      comment: input.comment?.trim() || null,
      ip: input.ip,
      via: 'public_page',
    };
    await applyActionIn(trx, {
      actor: null,
      companyId: company.id,
      kind: 'quote',
      documentId: doc.id,
      action: input.response === 'accepted' ? 'accept' : 'decline',
      now,
      data,
    });
    await notify(trx, {
      companyId: company.id,
      type: input.response === 'accepted' ? 'quote.accepted' : 'quote.declined',
      entityType: 'quote',
      entityId: doc.id,
      data: { number: doc.number, by: name || null },
      at: now,
    });
    const kind = input.response === 'accepted' ? 'quote_accepted' : 'quote_declined';
    const vars = {
      number: doc.number ?? '',
      customer: doc.buyer ? ((JSON.parse(doc.buyer) as { name?: string }).name ?? '') : '',
      total: {
        amount: fromMinor(doc.tax_inclusive_minor, currencyDecimals(doc.currency)),
        currency: doc.currency,
      },
      by: name || null,
      comment: input.comment?.trim() || null,
      on: companyToday(ctx, company),
      link: `${ctx.config.publicUrl.replace(/\/$/, '')}/c/${company.id}/quotes/${doc.id}`,
    };
    for (const { language, to } of notices)
      await queueMail(trx, now, {
        uniqueKey: `quote-response:${doc.id}:${language}`,
        companyId: company.id,
        to,
        ...systemMail(kind, language, vars),
      });
    return 'recorded';
  });
}

/**
 * Who hears of a customer's answer, and in which language: the company's own address when it has
 * one, in the language of its first owner (the address is the company's, no one's account says how
 * it reads); else each owner and administrator, one message per language their accounts chose.
 */
function noticeRecipients(
  companyEmail: string | null,
  members: { email: string; role: string; language: string; created_at: string }[],
): { language: Language; to: string[] }[] {
  const managers = members.filter((m) => m.role === 'owner' || m.role === 'admin');
  if (companyEmail) {
    const first = [...managers]
      .filter((m) => m.role === 'owner')
      .sort((a, b) => a.created_at.localeCompare(b.created_at))[0];
    return [{ language: pickLanguage(undefined, first?.language ?? 'fr'), to: [companyEmail] }];
  }
  const byLanguage = new Map<Language, string[]>();
  for (const m of managers) {
    const language = pickLanguage(undefined, m.language);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), m.email]);
  }
  return [...byLanguage].map(([language, to]) => ({ language, to }));
}

/** The document's PDF as issued, for the customer. */
export async function publicPdf(ctx: AppContext, token: string) {
  const { link, doc } = await linkOf(ctx, token);
  return documentPdf(ctx, link.company_id, doc.kind as DocumentKind, doc.id);
}
