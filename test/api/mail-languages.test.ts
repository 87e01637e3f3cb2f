import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_KINDS, type MailKind } from '../../src/modules/mail/mail-templates.js';
import { NOTIFICATION_TYPES, type NotificationType } from '../../src/modules/notifications/index.js';
import { revealSecrets } from '../../src/platform/mail/secrets.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { secretKey } from '../../src/platform/secrets.js';
import { ROLE_NAMES, SYSTEM_MAIL_KINDS, type SystemMailKind } from '../../src/shared/system-mails.js';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  type Session,
  sessionCookie,
  type TestApp,
  uniqueEmail,
} from '../helpers/app.js';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';

/**
 * Issue 12, point 7: every message the server sends and every in-app notification, walked through
 * the real flows in each language, reads in that language — no untranslated key, no unrendered
 * placeholder, no English left in a French or Dutch text, roles and dates worded in the language.
 * The kinds come from the code's own registries: a kind added without a flow here fails the
 * coverage test (and the `Record` types below), one added without a translation does not compile.
 */
const LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
type Lang = (typeof LANGUAGES)[number];
type AnyMailKind = MailKind | SystemMailKind;

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

let t: TestApp;
let smtp: FakeSmtp;
const mails = new Map<AnyMailKind, Partial<Record<Lang, Mail>>>();
const notifications = new Map<NotificationType, Partial<Record<Lang, string[]>>>();

const record = (kind: AnyMailKind, lang: Lang, mail: Mail) =>
  mails.set(kind, { ...mails.get(kind), [lang]: mail });

/** The newest message whose unique key starts with `prefix`, as its recipient reads it (secrets back in). */
async function outbox(prefix: string): Promise<Mail> {
  const row = await t.ctx.db
    .selectFrom('mail_outbox')
    .select(['to_addresses', 'subject', 'text_body', 'secrets'])
    .where('unique_key', 'like', `${prefix}%`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return {
    to: JSON.parse(row.to_addresses) as string[],
    subject: row.subject,
    text: revealSecrets(secretKey(t.ctx.config), row.text_body, row.secrets),
  };
}

async function signupIn(lang: Lang, name: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email: uniqueEmail(`owner-${lang}`), password: 'correct horse battery', name, language: lang },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json<{ user: Session['user']; csrfToken: string }>();
  return { cookie: sessionCookie(res), csrf: body.csrfToken, user: body.user };
}

const ok = (res: { statusCode: number; body: string }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.body ? JSON.parse(res.body) : null;
};

const line = { description: 'Étude', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

interface World {
  owner: Session;
  base: string;
  api: ReturnType<typeof client>;
  overdue: string;
  companyId: string;
}
const worlds = new Map<Lang, World>();

/** One company per language, its owner and customer speaking it; each kind of message sent once. */
async function walk(lang: Lang): Promise<void> {
  const owner = await signupIn(lang, 'Olivia Peeters');
  record('email_verification', lang, await outbox(`email-verification:`));
  ok(await client(t.app).post('/api/v1/auth/password-reset', { email: owner.user.email }), 202);
  record('password_reset', lang, await outbox('password-reset:'));

  const api = client(t.app, owner);
  const companyId = await createCompany(t.app, owner, {
    name: 'Atelier Lumière',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
  });
  const base = `/api/v1/companies/${companyId}`;
  const contactId = ok(
    await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name: 'Brasserie du Parc',
      emails: [`compta-${lang}@brasserie.example`],
      language: lang,
    }),
    201,
  ).id as string;

  const invited = ok(
    await api.post(`${base}/invitations`, {
      email: uniqueEmail('invitee'),
      role: 'accountant',
      language: lang,
    }),
    201,
  );
  record('invitation', lang, await outbox(`invitation:${invited.id}`));
  // Refused by the mail server: a notification without a document.
  ok(await api.post(`${base}/invitations`, { email: `nobody-${lang}@example.test`, role: 'sales' }), 201);

  const doc = async (path: string, finalize: string) => {
    const d = ok(await api.post(`${base}/${path}`, { contactId, lines: [line] }), 201);
    ok(await api.post(`${base}/${path}/${d.id}/${finalize}`));
    return d.id as string;
  };
  const email = async (kind: MailKind, path: string, id: string) => {
    ok(await api.post(`${base}/${path}/${id}/email`, {}), 202);
    record(kind, lang, await outbox(`document-mail:${id}:`));
  };
  const quote = await doc('quotes', 'send');
  await email('quote', 'quotes', quote);
  const order = await doc('orders', 'confirm');
  await email('order', 'orders', order);
  const invoice = await doc('invoices', 'issue');
  await email('invoice', 'invoices', invoice);
  const note = ok(
    await api.post(`${base}/invoices/${invoice}/credit-note`, { mode: 'amount', amount: '121.00' }),
    201,
  );
  ok(await api.post(`${base}/credit-notes/${note.id}/issue`));
  await email('credit_note', 'credit-notes', note.id);
  // Refused by the mail server: a notification about the invoice, which stops claiming "sent".
  const refused = await doc('invoices', 'issue');
  ok(await api.post(`${base}/invoices/${refused}/email`, { to: [`nobody-${lang}@brasserie.example`] }), 202);

  const answer = async (response: 'accept' | 'decline', form: Record<string, string>) => {
    const id = await doc('quotes', 'send');
    const url = new URL(ok(await api.post(`${base}/quotes/${id}/public-link`)).url as string);
    const res = await t.app.inject({
      method: 'POST',
      url: `${url.pathname}/${response}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });
    expect(res.statusCode, res.body).toBe(303);
    return outbox(`quote-response:${id}:`);
  };
  record('quote_accepted', lang, await answer('accept', { name: 'Sophie Lambert', comment: '👍' }));
  record('quote_declined', lang, await answer('decline', { reason: '€€€' }));
  worlds.set(lang, { owner, base, api, overdue: invoice, companyId });
}

beforeAll(async () => {
  smtp = await startSmtp({ rejectRecipient: (a) => a.startsWith('nobody-') });
  t = await buildTestApp({ SMTP_URL: smtp.url, SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  for (const lang of LANGUAGES) await walk(lang);
  // Forty days later the invoices are overdue: a first reminder each.
  t.clock.set('2027-01-06T10:00:00.000Z');
  for (const [lang, w] of worlds) {
    const reminder = ok(await w.api.post(`${w.base}/invoices/${w.overdue}/reminders`, {}), 201);
    ok(await w.api.post(`${w.base}/reminders/${reminder.id}/send`, {}), 202);
    record('reminder', lang, await outbox(`reminder-mail:${reminder.id}`));
    ok(await w.api.post(`${w.base}/reminder-rules/preset`, { preset: 'b2b' }));
  }
  // A recurring profile whose customer was archived since: the run pauses it and says why.
  for (const [lang, w] of worlds) {
    const customer = ok(
      await w.api.post(`${w.base}/contacts`, {
        roles: ['customer'],
        name: 'Fleuriste Rose',
        emails: [`rose-${lang}@fleurs.example`],
        language: lang,
      }),
      201,
    );
    ok(
      await w.api.post(`${w.base}/recurring-profiles`, {
        contactId: customer.id,
        name: 'Abonnement',
        currency: 'EUR',
        lines: [
          {
            description: 'Abonnement {{month}}',
            quantity: '1',
            unitPrice: '10',
            vatCategory: 'S',
            vatRate: '21',
          },
        ],
        schedule: {
          frequency: 'month',
          startDate: '2027-01-10',
          timeOfDay: '08:00',
          timeZone: 'Europe/Brussels',
        },
      }),
      201,
    );
    ok(await w.api.patch(`${w.base}/contacts/${customer.id}`, { archived: true }));
  }
  // An invoice sent over Peppol whose customer has no address: its e-invoice is refused, never sent.
  for (const w of worlds.values()) {
    ok(await w.api.put(`${w.base}/peppol-settings`, { provider: 'local' }));
    const customer = ok(
      await w.api.post(`${w.base}/contacts`, {
        roles: ['customer'],
        name: 'Brasserie sans adresse',
        vatNumber: 'BE0403199702',
      }),
      201,
    );
    const draft = ok(await w.api.post(`${w.base}/invoices`, { contactId: customer.id, lines: [line] }), 201);
    ok(await w.api.post(`${w.base}/invoices/${draft.id}/send`, { delivery: { method: 'peppol' } }));
    // A document received over Peppol that is no e-invoice: refused with the reason.
    const inbox = join(t.ctx.config.peppolLocalDir, 'peppol-inbox', w.companyId);
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, 'received-1.xml'), 'not an e-invoice');
  }
  await enqueueJob(t.ctx.db, t.clock.now().toISOString(), 'peppol.receive', {});
  // Twenty-four days late: the automatic run sends the second level and notifies its summary.
  t.clock.set('2027-01-20T10:00:00.000Z');
  await enqueueJob(t.ctx.db, t.clock.now().toISOString(), 'reminders.run', {});
  await enqueueJob(t.ctx.db, t.clock.now().toISOString(), 'recurring.run', {});
  await t.runJobs();
  for (const [lang, w] of worlds) {
    const list = ok(await client(t.app, w.owner).get(`${w.base}/notifications`)).items as {
      type: NotificationType;
      text: string;
    }[];
    for (const n of list)
      notifications.set(n.type, {
        ...notifications.get(n.type),
        [lang]: [...(notifications.get(n.type)?.[lang] ?? []), n.text],
      });
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

/** Words of the English texts that have no business in a French or Dutch one. */
const ENGLISH =
  /\b(the|and|you|your|please|hello|dear|regards|has|been|with|this|invites|role|accepted|declined|quote|invoice|order|credit note|payment|reminder|valid|until|sign in|password|delivered|no longer|marked|sent|reason|comment)\b/i;

/** What a renderer leaves when it misses: a message key, a placeholder, a JavaScript value. */
const prose = (text: string) => text.replace(/https?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');

function leftovers(text: string): string[] {
  return [
    ...(prose(text).match(/\b[a-z]+(?:[A-Z_][a-z]+)*\.[a-z]+(?:[A-Z_][a-zA-Z]+)*\b/g) ?? []),
    ...(prose(text).match(/\{\{|\}\}|\{%|%\}|\{[a-zA-Z_.]+\}/g) ?? []),
    ...(prose(text).match(/\b(undefined|null|NaN|Invalid Date)\b|\[object \w+\]/g) ?? []),
  ];
}

function expectWrittenIn(lang: Lang, what: string, text: string) {
  expect(leftovers(text), `${what} (${lang}): ${text}`).toEqual([]);
  if (lang === 'fr' || lang === 'nl') expect(prose(text), `${what} (${lang})`).not.toMatch(ENGLISH);
}

const ALL_MAIL_KINDS: AnyMailKind[] = [...MAIL_KINDS, ...SYSTEM_MAIL_KINDS];

describe('every mail and notification kind in every language', () => {
  it('walks every kind of the registries', () => {
    expect([...mails.keys()].sort()).toEqual([...ALL_MAIL_KINDS].sort());
    for (const kind of ALL_MAIL_KINDS)
      expect(Object.keys(mails.get(kind) ?? {}).sort(), kind).toEqual([...LANGUAGES].sort());
    expect([...notifications.keys()].sort()).toEqual([...NOTIFICATION_TYPES].sort());
    for (const type of NOTIFICATION_TYPES)
      expect(Object.keys(notifications.get(type) ?? {}).sort(), type).toEqual([...LANGUAGES].sort());
  });

  it('writes each mail in its recipient’s language, with nothing left untranslated', () => {
    for (const kind of ALL_MAIL_KINDS)
      for (const lang of LANGUAGES) {
        const mail = mails.get(kind)?.[lang];
        expect(mail, `${kind} ${lang}`).toBeDefined();
        if (!mail) continue;
        expectWrittenIn(lang, `${kind} subject`, mail.subject);
        expectWrittenIn(lang, `${kind} body`, mail.text);
        // Not the English text: each language has its own words for the same message.
        if (lang !== 'en') expect(mail.subject, kind).not.toBe(mails.get(kind)?.en?.subject);
      }
    // The English texts are English (the check above would pass on texts that are all blank).
    expect(mails.get('invitation')?.en?.text).toMatch(ENGLISH);
    expect(mails.get('quote_accepted')?.en?.subject).toMatch(/^Quote \S+ accepted by Sophie Lambert$/);
  });

  const GREETING: Record<Lang, RegExp> = {
    fr: /^Bonjour/,
    nl: /^(Hallo|Beste)/,
    en: /^(Hello|Dear)/,
    de: /^(Hallo|Guten Tag)/,
  };
  it('greets in the language of each', () => {
    for (const kind of ALL_MAIL_KINDS)
      for (const lang of LANGUAGES)
        expect(mails.get(kind)?.[lang]?.text, `${kind} ${lang}`).toMatch(GREETING[lang]);
  });

  it('names the role the app shows, and words dates and amounts in the language', () => {
    const ROLE: Record<Lang, string> = {
      fr: 'Comptable',
      nl: 'Boekhouder',
      en: 'Accountant',
      de: 'Buchhaltung',
    };
    // Invited on 27 November 2026, for 14 days.
    const EXPIRES: Record<Lang, string> = {
      fr: '11 décembre 2026',
      nl: '11 december 2026',
      en: '11 December 2026',
      de: '11. Dezember 2026',
    };
    const ANSWERED: Record<Lang, string> = {
      fr: '27 novembre 2026',
      nl: '27 november 2026',
      en: '27 November 2026',
      de: '27. November 2026',
    };
    // 10 × 100 + 21 % VAT.
    const TOTAL: Record<Lang, RegExp> = {
      fr: /1\s210,00\s€/,
      nl: /€\s1\.210,00/,
      en: /€1,210\.00/,
      de: /1\.210,00\s€/,
    };
    for (const lang of LANGUAGES) {
      const invitation = mails.get('invitation')?.[lang]?.text ?? '';
      expect(invitation).toContain(ROLE[lang]);
      expect(invitation).not.toContain('accountant');
      expect(invitation).toContain(EXPIRES[lang]);
      expect(invitation).toContain('Olivia Peeters');
      expect(invitation).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}/);
      for (const kind of ['quote_accepted', 'quote_declined'] as const) {
        const notice = mails.get(kind)?.[lang]?.text ?? '';
        expect(notice, `${kind} ${lang}`).toContain(ANSWERED[lang]);
        expect(notice, `${kind} ${lang}`).toMatch(TOTAL[lang]);
        expect(notice, `${kind} ${lang}`).toContain('Brasserie du Parc');
      }
      expect(mails.get('quote_accepted')?.[lang]?.text).toContain('Sophie Lambert');
      expect(mails.get('quote_accepted')?.[lang]?.text).toContain('👍');
      expect(mails.get('quote_declined')?.[lang]?.text).toContain('€€€');
    }
  });

  it('names roles as the web app does', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const web = JSON.parse(readFileSync(`web/src/lib/i18n/${lang}.json`, 'utf8')) as {
        roles: Record<string, { label: string }>;
      };
      for (const [role, name] of Object.entries(ROLE_NAMES[lang]))
        expect(web.roles[role]?.label, role).toBe(name);
    }
  });

  it('shows each notification in the reader’s language, the document kind and state worded', () => {
    for (const type of NOTIFICATION_TYPES)
      for (const lang of LANGUAGES)
        for (const text of notifications.get(type)?.[lang] ?? []) {
          expectWrittenIn(lang, type, text);
          expect(text).not.toBe(type);
        }
    const failed = (lang: Lang) => notifications.get('mail.failed')?.[lang] ?? [];
    expect(failed('fr')).toEqual(
      expect.arrayContaining([
        // A failed e-mail never made the invoice "sent" (only a delivered one does): nothing to withdraw.
        expect.stringMatching(/^Facture \S+ : l’e-mail à nobody-fr@brasserie\.example n’a pas été remis$/),
        expect.stringMatching(/^L’e-mail « .+ » à nobody-fr@example\.test n’a pas été remis$/),
      ]),
    );
    expect(failed('nl')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Factuur \S+: de e-mail aan/)]),
    );
    expect(notifications.get('quote.accepted')?.fr).toEqual([
      expect.stringMatching(/^Offre \S+ acceptée par Sophie Lambert$/),
    ]);
    expect(notifications.get('quote.declined')?.nl).toEqual([
      expect.stringMatching(/^Offerte \S+ geweigerd$/),
    ]);
    expect(notifications.get('quote.accepted')?.en).toEqual([
      expect.stringMatching(/^Quote \S+ accepted by Sophie Lambert$/),
    ]);
  });

  it('lets the reader’s language win over the account’s when the app asks for it', async () => {
    const w = worlds.get('fr');
    if (!w) throw new Error('no French world');
    const nl = ok(await client(t.app, w.owner).get(`${w.base}/notifications`, { 'accept-language': 'nl' }));
    expect(nl.items.map((n: { text: string }) => n.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Offerte \S+ aanvaard door Sophie Lambert$/)]),
    );
  });
});

describe('who reads a notice, in which language', () => {
  it('writes to each manager in their own language, and to the company’s address in its first owner’s', async () => {
    const owner = await signupIn('nl', 'Pieter Claes');
    const api = client(t.app, owner);
    const companyId = await createCompany(t.app, owner, {
      name: 'Drukkerij Claes',
      vatNumber: 'BE0417497106',
    });
    const base = `/api/v1/companies/${companyId}`;
    // Invited without a language: in the inviter's (Dutch).
    const admin = await addMember(t, owner, companyId, 'admin');
    expect((await outbox('invitation:')).subject).toBe(
      'Pieter Claes nodigt u uit voor Drukkerij Claes op Facturex',
    );
    ok(await client(t.app, admin).patch('/api/v1/me', { language: 'fr' }));
    const contactId = ok(
      await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Café Central', language: 'en' }),
      201,
    ).id;
    const accept = async () => {
      const q = ok(await api.post(`${base}/quotes`, { contactId, lines: [line] }), 201);
      ok(await api.post(`${base}/quotes/${q.id}/send`));
      const url = new URL(ok(await api.post(`${base}/quotes/${q.id}/public-link`)).url as string);
      await t.app.inject({
        method: 'POST',
        url: `${url.pathname}/accept`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'name=Ann',
      });
      return t.ctx.db
        .selectFrom('mail_outbox')
        .select(['to_addresses', 'subject'])
        .where('unique_key', 'like', `quote-response:${q.id}:%`)
        .orderBy('subject')
        .execute();
    };
    const both = await accept();
    expect(both.map((m) => [JSON.parse(m.to_addresses), m.subject])).toEqual([
      [[owner.user.email], expect.stringMatching(/^Offerte \S+ aanvaard door Ann$/)],
      [[admin.user.email], expect.stringMatching(/^Offre \S+ acceptée par Ann$/)],
    ]);
    ok(await api.patch(base, { email: 'info@claes.example' }));
    const one = await accept();
    expect(one.map((m) => [JSON.parse(m.to_addresses), m.subject])).toEqual([
      [['info@claes.example'], expect.stringMatching(/^Offerte \S+ aanvaard door Ann$/)],
    ]);
  });
});

describe('every sender goes through a registry', () => {
  it('queues only mails written by systemMail or a company template', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
      });
    const senders = files('src/modules').filter((f) => /\bqueueMail\(/.test(readFileSync(f, 'utf8')));
    expect(senders.length).toBeGreaterThan(0);
    for (const f of senders) expect(readFileSync(f, 'utf8'), f).toMatch(/\bsystemMail\(|\brenderTemplate\(/);
  });
});
