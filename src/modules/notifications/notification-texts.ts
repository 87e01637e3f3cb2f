import { fillPlaceholders } from '../../shared/errors.js';
import { translate } from '../../shared/messages.js';
import type { Language } from '../../shared/schemas.js';

/**
 * Every kind of in-app notification, with the data it carries and its sentence in each language:
 * the bell shows the server's sentence in the reader's language, so a kind without a translation
 * does not compile, and test/api/mail-languages.test.ts walks them all.
 */
export const NOTIFICATION_TYPES = [
  'quote.accepted',
  'quote.declined',
  'mail.failed',
  'reminders.run',
  'recurring.paused',
  'peppol.failed',
  'peppol.refused',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

type DocumentKind = 'quote' | 'order' | 'invoice' | 'credit_note';

export interface NotificationData {
  /** A document sent over Peppol was refused, failed, or could not be handed to the access point. */
  'peppol.failed': { kind: DocumentKind; number: string | null; receiver: string; error: string };
  /** A document received over Peppol could not be read as a purchase invoice: kept aside with the reason. */
  'peppol.refused': {
    messageId: string;
    error: string;
    /** The refusal's message template and its values, so that each reader gets it in their language. */
    template?: string;
    params?: Record<string, string | number>;
  };
  /** The recurring run paused a profile: three failed generations, or a customer it cannot invoice. */
  'recurring.paused': { name: string; reason: string; failures: number };
  /** The automatic reminder run's summary (details in the job's history). */
  'reminders.run': { sent: number; toPrint: number; failed: number };
  'quote.accepted': { number: string | null; by: string | null };
  'quote.declined': { number: string | null; by: string | null };
  /** A message was refused by the mail server for good or given up after its last attempt. */
  'mail.failed': {
    mailId: string;
    to: string[];
    subject: string;
    error: string;
    permanent: boolean;
    /** The document the message carried, when it carried one. */
    kind?: DocumentKind;
    number?: string | null;
    status?: string;
    /** The document stopped claiming "sent" (the failed message was the one that made it sent). */
    withdrawn?: boolean;
  };
}

const KIND_NAMES: Record<Language, Record<DocumentKind, string>> = {
  fr: { quote: 'Offre', order: 'Bon de commande', invoice: 'Facture', credit_note: 'Note de crédit' },
  nl: { quote: 'Offerte', order: 'Bestelbon', invoice: 'Factuur', credit_note: 'Creditnota' },
  en: { quote: 'Quote', order: 'Order', invoice: 'Invoice', credit_note: 'Credit note' },
  de: { quote: 'Angebot', order: 'Bestellung', invoice: 'Rechnung', credit_note: 'Gutschrift' },
};

type Sentences = { [T in NotificationType]: Record<Language, (d: NotificationData[T]) => string> };

const list = (to: string[]) => to.join(', ');

const reasonIn = (reason: string, language: Language) => translate(reason, language);

const refusalIn = (d: NotificationData['peppol.refused'], language: Language) =>
  d.template ? fillPlaceholders(translate(d.template, language), d.params) : reasonIn(d.error, language);

const SENTENCES: Sentences = {
  'peppol.failed': {
    fr: (d) => `${KIND_NAMES.fr[d.kind]} ${d.number ?? ''} : l’envoi Peppol à ${d.receiver} a échoué`,
    nl: (d) => `${KIND_NAMES.nl[d.kind]} ${d.number ?? ''}: verzending via Peppol naar ${d.receiver} mislukt`,
    en: (d) => `${KIND_NAMES.en[d.kind]} ${d.number ?? ''}: sending over Peppol to ${d.receiver} failed`,
    de: (d) =>
      `${KIND_NAMES.de[d.kind]} ${d.number ?? ''}: Versand über Peppol an ${d.receiver} fehlgeschlagen`,
  },
  'peppol.refused': {
    fr: (d) => `Document reçu via Peppol (${d.messageId}) non importé : ${refusalIn(d, 'fr')}`,
    nl: (d) => `Via Peppol ontvangen document (${d.messageId}) niet geïmporteerd: ${refusalIn(d, 'nl')}`,
    en: (d) => `Document received over Peppol (${d.messageId}) not imported: ${d.error}`,
    de: (d) => `Über Peppol empfangenes Dokument (${d.messageId}) nicht importiert: ${refusalIn(d, 'de')}`,
  },
  'recurring.paused': {
    fr: (d) => `Facture récurrente « ${d.name} » mise en pause : ${reasonIn(d.reason, 'fr')}`,
    nl: (d) => `Terugkerende factuur ‘${d.name}’ gepauzeerd: ${reasonIn(d.reason, 'nl')}`,
    en: (d) => `Recurring invoice “${d.name}” paused: ${d.reason}`,
    de: (d) => `Wiederkehrende Rechnung „${d.name}“ pausiert: ${reasonIn(d.reason, 'de')}`,
  },
  'reminders.run': {
    fr: (d) =>
      `Rappels automatiques : ${d.sent} envoyé(s), ${d.toPrint} à imprimer${d.failed ? `, ${d.failed} en échec` : ''}`,
    nl: (d) =>
      `Automatische herinneringen: ${d.sent} verzonden, ${d.toPrint} af te drukken${d.failed ? `, ${d.failed} mislukt` : ''}`,
    en: (d) =>
      `Automatic reminders: ${d.sent} sent, ${d.toPrint} to print${d.failed ? `, ${d.failed} failed` : ''}`,
    de: (d) =>
      `Automatische Mahnungen: ${d.sent} versendet, ${d.toPrint} zu drucken${d.failed ? `, ${d.failed} fehlgeschlagen` : ''}`,
  },
  'quote.accepted': {
    fr: (d) => `Offre ${d.number ?? ''} acceptée${d.by ? ` par ${d.by}` : ''}`,
    nl: (d) => `Offerte ${d.number ?? ''} aanvaard${d.by ? ` door ${d.by}` : ''}`,
    en: (d) => `Quote ${d.number ?? ''} accepted${d.by ? ` by ${d.by}` : ''}`,
    de: (d) => `Angebot ${d.number ?? ''} angenommen${d.by ? ` von ${d.by}` : ''}`,
  },
  'quote.declined': {
    fr: (d) => `Offre ${d.number ?? ''} refusée${d.by ? ` par ${d.by}` : ''}`,
    nl: (d) => `Offerte ${d.number ?? ''} geweigerd${d.by ? ` door ${d.by}` : ''}`,
    en: (d) => `Quote ${d.number ?? ''} declined${d.by ? ` by ${d.by}` : ''}`,
    de: (d) => `Angebot ${d.number ?? ''} abgelehnt${d.by ? ` von ${d.by}` : ''}`,
  },
  'mail.failed': {
    fr: (d) =>
      d.kind
        ? `${KIND_NAMES.fr[d.kind]} ${d.number ?? ''} : l’e-mail à ${list(d.to)} n’a pas été remis${d.withdrawn ? ' ; le document n’est plus marqué comme envoyé' : ''}`
        : `L’e-mail « ${d.subject} » à ${list(d.to)} n’a pas été remis`,
    nl: (d) =>
      d.kind
        ? `${KIND_NAMES.nl[d.kind]} ${d.number ?? ''}: de e-mail aan ${list(d.to)} werd niet afgeleverd${d.withdrawn ? '; het document staat niet langer als verzonden' : ''}`
        : `De e-mail ‘${d.subject}’ aan ${list(d.to)} werd niet afgeleverd`,
    en: (d) =>
      d.kind
        ? `${KIND_NAMES.en[d.kind]} ${d.number ?? ''}: the e-mail to ${list(d.to)} was not delivered${d.withdrawn ? '; the document is no longer marked as sent' : ''}`
        : `The e-mail “${d.subject}” to ${list(d.to)} was not delivered`,
    de: (d) =>
      d.kind
        ? `${KIND_NAMES.de[d.kind]} ${d.number ?? ''}: Die E-Mail an ${list(d.to)} wurde nicht zugestellt${d.withdrawn ? '; das Dokument gilt nicht mehr als versendet' : ''}`
        : `Die E-Mail „${d.subject}“ an ${list(d.to)} wurde nicht zugestellt`,
  },
};

const isType = (t: string): t is NotificationType => (NOTIFICATION_TYPES as readonly string[]).includes(t);

/**
 * The notification's sentence in `language`. Its data was written by `notify` for its type; a row
 * of a type this version no longer knows reads as a plain "notification", never as its raw type.
 */
export function notificationText(type: string, data: Record<string, unknown>, language: Language): string {
  if (!isType(type))
    return { fr: 'Notification', nl: 'Melding', en: 'Notification', de: 'Benachrichtigung' }[language];
  const sentence = SENTENCES[type][language] as (d: Record<string, unknown>) => string;
  return sentence({ to: [], ...data })
    .replace(/\s+/g, ' ')
    .trim();
}
