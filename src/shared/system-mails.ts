import { localeFormatters } from './locale-format.js';
import type { Language } from './schemas.js';

/**
 * The messages Facturex itself writes (not the company's editable document templates, which are
 * `mail/mail-templates.ts`): one entry per kind, each in every language, so that a kind without a
 * translation does not compile. Every sender calls `systemMail` with the recipient's language: the
 * account's for a user, the inviter's choice for an invitation, each member's for a notice to the
 * company. Placeholders (roles, dates, amounts) are worded and formatted in that language here.
 */
export const SYSTEM_MAIL_KINDS = [
  'email_verification',
  'password_reset',
  'invitation',
  'quote_accepted',
  'quote_declined',
] as const;
export type SystemMailKind = (typeof SYSTEM_MAIL_KINDS)[number];

/** The roles of a company membership (companies/permissions.ts `ROLES`), by the names the app shows. */
export type RoleName = 'owner' | 'admin' | 'accountant' | 'sales' | 'readonly';

export const ROLE_NAMES: Record<Language, Record<RoleName, string>> = {
  fr: {
    owner: 'Propriétaire',
    admin: 'Administrateur',
    accountant: 'Comptable',
    sales: 'Commercial',
    readonly: 'Lecture seule',
  },
  nl: {
    owner: 'Eigenaar',
    admin: 'Beheerder',
    accountant: 'Boekhouder',
    sales: 'Verkoop',
    readonly: 'Alleen lezen',
  },
  en: {
    owner: 'Owner',
    admin: 'Administrator',
    accountant: 'Accountant',
    sales: 'Sales',
    readonly: 'Read-only',
  },
  de: {
    owner: 'Inhaber',
    admin: 'Administrator',
    accountant: 'Buchhaltung',
    sales: 'Vertrieb',
    readonly: 'Nur Lesen',
  },
};

export interface SystemMailVars {
  email_verification: { name: string; link: string };
  password_reset: { name: string; link: string };
  invitation: {
    inviter: string;
    company: string;
    role: RoleName;
    /** The invited address: only it, once confirmed, can accept. */
    email: string;
    link: string;
    /** Calendar date (YYYY-MM-DD) after which the link no longer works. */
    expiresOn: string;
  };
  quote_accepted: QuoteResponseVars;
  quote_declined: QuoteResponseVars;
}

interface QuoteResponseVars {
  number: string;
  customer: string;
  /** Decimal string with its currency. */
  total: { amount: string; currency: string };
  /** The name the customer typed (required to accept, optional to decline). */
  by: string | null;
  comment: string | null;
  /** Calendar date of the answer in the company's time zone (YYYY-MM-DD). */
  on: string;
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
}

type Renderers = {
  [K in SystemMailKind]: Record<Language, (v: SystemMailVars[K], f: Formatters) => RenderedMail>;
};
type Formatters = ReturnType<typeof localeFormatters>;

/** The person who answered, with the customer they answered for: "Sophie Martin (Brasserie du Parc)". */
const who = (v: QuoteResponseVars) => (v.by && v.by !== v.customer ? `${v.by} (${v.customer})` : v.customer);

const lines = (...parts: (string | false | null)[]) =>
  parts.filter((p) => p !== false && p !== null).join('\n');

const RENDERERS: Renderers = {
  email_verification: {
    fr: (v) => ({
      subject: 'Confirmez votre adresse e-mail pour Facturex',
      text: `Bonjour ${v.name},\n\nPour confirmer que cette adresse est bien la vôtre, ouvrez ce lien (valable trois jours) :\n${v.link}\n\nSi vous n'avez pas créé de compte Facturex, ignorez ce message.`,
    }),
    nl: (v) => ({
      subject: 'Bevestig uw e-mailadres voor Facturex',
      text: `Hallo ${v.name},\n\nOpen deze link (drie dagen geldig) om te bevestigen dat dit uw adres is:\n${v.link}\n\nHebt u geen Facturex-account aangemaakt, negeer dan dit bericht.`,
    }),
    en: (v) => ({
      subject: 'Confirm your e-mail address for Facturex',
      text: `Hello ${v.name},\n\nTo confirm that this address is yours, open this link (valid for three days):\n${v.link}\n\nIf you did not create a Facturex account, ignore this message.`,
    }),
    de: (v) => ({
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Facturex',
      text: `Hallo ${v.name},\n\nÖffnen Sie diesen Link (drei Tage gültig), um zu bestätigen, dass diese Adresse Ihnen gehört:\n${v.link}\n\nFalls Sie kein Facturex-Konto angelegt haben, ignorieren Sie diese Nachricht.`,
    }),
  },
  password_reset: {
    fr: (v) => ({
      subject: 'Réinitialisation de votre mot de passe Facturex',
      text: `Bonjour ${v.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n${v.link}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
    }),
    nl: (v) => ({
      subject: 'Uw Facturex-wachtwoord opnieuw instellen',
      text: `Hallo ${v.name},\n\nOpen deze link (één uur geldig) om een nieuw wachtwoord te kiezen:\n${v.link}\n\nHebt u niets gevraagd, negeer dan dit bericht.`,
    }),
    en: (v) => ({
      subject: 'Reset your Facturex password',
      text: `Hello ${v.name},\n\nTo choose a new password, open this link (valid for one hour):\n${v.link}\n\nIf you did not ask for this, ignore this message.`,
    }),
    de: (v) => ({
      subject: 'Ihr Facturex-Passwort zurücksetzen',
      text: `Hallo ${v.name},\n\nÖffnen Sie diesen Link (eine Stunde gültig), um ein neues Passwort zu wählen:\n${v.link}\n\nFalls Sie nichts angefordert haben, ignorieren Sie diese Nachricht.`,
    }),
  },
  invitation: {
    fr: (v, f) => ({
      subject: `${v.inviter} vous invite à rejoindre ${v.company} sur Facturex`,
      text: lines(
        'Bonjour,',
        '',
        `${v.inviter} vous invite à rejoindre ${v.company} sur Facturex avec le rôle « ${ROLE_NAMES.fr[v.role]} ».`,
        '',
        `Pour accepter, ouvrez ce lien (valable jusqu’au ${f.date(v.expiresOn)}) :`,
        v.link,
        '',
        `Connectez-vous ou créez votre compte avec l’adresse ${v.email} : seule cette adresse, une fois confirmée, peut accepter l’invitation.`,
        'Si vous ne vous attendiez pas à cette invitation, ignorez ce message.',
      ),
    }),
    nl: (v, f) => ({
      subject: `${v.inviter} nodigt u uit voor ${v.company} op Facturex`,
      text: lines(
        'Hallo,',
        '',
        `${v.inviter} nodigt u uit om lid te worden van ${v.company} op Facturex, met de rol ‘${ROLE_NAMES.nl[v.role]}’.`,
        '',
        `Open deze link om de uitnodiging te aanvaarden (geldig tot ${f.date(v.expiresOn)}):`,
        v.link,
        '',
        `Meld u aan of maak uw account aan met het adres ${v.email}: alleen dat adres kan de uitnodiging aanvaarden, zodra het bevestigd is.`,
        'Verwachtte u deze uitnodiging niet, negeer dan dit bericht.',
      ),
    }),
    en: (v, f) => ({
      subject: `${v.inviter} invites you to join ${v.company} on Facturex`,
      text: lines(
        'Hello,',
        '',
        `${v.inviter} invites you to join ${v.company} on Facturex with the role “${ROLE_NAMES.en[v.role]}”.`,
        '',
        `To accept, open this link (valid until ${f.date(v.expiresOn)}):`,
        v.link,
        '',
        `Sign in or create your account with the address ${v.email}: only that address, once confirmed, can accept the invitation.`,
        'If you did not expect this invitation, ignore this message.',
      ),
    }),
    de: (v, f) => ({
      subject: `${v.inviter} lädt Sie zu ${v.company} auf Facturex ein`,
      text: lines(
        'Guten Tag,',
        '',
        `${v.inviter} lädt Sie ein, ${v.company} auf Facturex mit der Rolle „${ROLE_NAMES.de[v.role]}“ beizutreten.`,
        '',
        `Öffnen Sie diesen Link, um die Einladung anzunehmen (gültig bis ${f.date(v.expiresOn)}):`,
        v.link,
        '',
        `Melden Sie sich mit der Adresse ${v.email} an oder legen Sie damit Ihr Konto an: Nur diese Adresse kann die Einladung annehmen, sobald sie bestätigt ist.`,
        'Falls Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.',
      ),
    }),
  },
  quote_accepted: {
    fr: (v, f) => ({
      subject: `Offre ${v.number} acceptée${v.by ? ` par ${v.by}` : ''}`,
      text: lines(
        'Bonjour,',
        '',
        `${who(v)} a accepté l’offre ${v.number} de ${f.money(v.total.amount)} en ligne le ${f.date(v.on)}.`,
        v.comment && `\nCommentaire : « ${v.comment} »`,
        '',
        `Ouvrir l’offre : ${v.link}`,
      ),
    }),
    nl: (v, f) => ({
      subject: `Offerte ${v.number} aanvaard${v.by ? ` door ${v.by}` : ''}`,
      text: lines(
        'Hallo,',
        '',
        `${who(v)} heeft offerte ${v.number} van ${f.money(v.total.amount)} op ${f.date(v.on)} online aanvaard.`,
        v.comment && `\nOpmerking: ‘${v.comment}’`,
        '',
        `Offerte openen: ${v.link}`,
      ),
    }),
    en: (v, f) => ({
      subject: `Quote ${v.number} accepted${v.by ? ` by ${v.by}` : ''}`,
      text: lines(
        'Hello,',
        '',
        `${who(v)} accepted quote ${v.number} for ${f.money(v.total.amount)} online on ${f.date(v.on)}.`,
        v.comment && `\nComment: “${v.comment}”`,
        '',
        `Open the quote: ${v.link}`,
      ),
    }),
    de: (v, f) => ({
      subject: `Angebot ${v.number} angenommen${v.by ? ` von ${v.by}` : ''}`,
      text: lines(
        'Guten Tag,',
        '',
        `${who(v)} hat das Angebot ${v.number} über ${f.money(v.total.amount)} am ${f.date(v.on)} online angenommen.`,
        v.comment && `\nKommentar: „${v.comment}“`,
        '',
        `Angebot öffnen: ${v.link}`,
      ),
    }),
  },
  quote_declined: {
    fr: (v, f) => ({
      subject: `Offre ${v.number} refusée${v.by ? ` par ${v.by}` : ''}`,
      text: lines(
        'Bonjour,',
        '',
        `${who(v)} a refusé l’offre ${v.number} de ${f.money(v.total.amount)} en ligne le ${f.date(v.on)}.`,
        v.comment && `\nRaison donnée : « ${v.comment} »`,
        '',
        `Ouvrir l’offre : ${v.link}`,
      ),
    }),
    nl: (v, f) => ({
      subject: `Offerte ${v.number} geweigerd${v.by ? ` door ${v.by}` : ''}`,
      text: lines(
        'Hallo,',
        '',
        `${who(v)} heeft offerte ${v.number} van ${f.money(v.total.amount)} op ${f.date(v.on)} online geweigerd.`,
        v.comment && `\nOpgegeven reden: ‘${v.comment}’`,
        '',
        `Offerte openen: ${v.link}`,
      ),
    }),
    en: (v, f) => ({
      subject: `Quote ${v.number} declined${v.by ? ` by ${v.by}` : ''}`,
      text: lines(
        'Hello,',
        '',
        `${who(v)} declined quote ${v.number} for ${f.money(v.total.amount)} online on ${f.date(v.on)}.`,
        v.comment && `\nReason given: “${v.comment}”`,
        '',
        `Open the quote: ${v.link}`,
      ),
    }),
    de: (v, f) => ({
      subject: `Angebot ${v.number} abgelehnt${v.by ? ` von ${v.by}` : ''}`,
      text: lines(
        'Guten Tag,',
        '',
        `${who(v)} hat das Angebot ${v.number} über ${f.money(v.total.amount)} am ${f.date(v.on)} online abgelehnt.`,
        v.comment && `\nAngegebener Grund: „${v.comment}“`,
        '',
        `Angebot öffnen: ${v.link}`,
      ),
    }),
  },
};

/** The currency whose amounts a kind formats (the quote's), else the euro for date-only texts. */
function currencyOf<K extends SystemMailKind>(vars: SystemMailVars[K]): string {
  return 'total' in vars ? vars.total.currency : 'EUR';
}

/** The message of `kind` in `language`, placeholders worded and formatted in that language. */
export function systemMail<K extends SystemMailKind>(
  kind: K,
  language: Language,
  vars: SystemMailVars[K],
): RenderedMail {
  const render = RENDERERS[kind][language] as (v: SystemMailVars[K], f: Formatters) => RenderedMail;
  return render(vars, localeFormatters(language, currencyOf<K>(vars)));
}
