import type { Language } from '../../shared/schemas.js';

/** The statement's own words in the customer's language (the PDF's labels are the renderer's). */

/** "au 3 décembre 2026": printed after the title, where a document has its number. */
export const AS_OF: Record<Language, (date: string) => string> = {
  fr: (d) => `au ${d}`,
  nl: (d) => `op ${d}`,
  en: (d) => `as of ${d}`,
  de: (d) => `zum ${d}`,
};

export const STATEMENT_INTRO: Record<Language, (date: string) => string> = {
  fr: (d) =>
    `Voici le relevé de votre compte au ${d} : les factures encore ouvertes et ce qu’il reste à payer. Si votre paiement a croisé ce relevé, merci de ne pas en tenir compte.`,
  nl: (d) =>
    `Hierbij het overzicht van uw rekening op ${d}: de openstaande facturen en wat nog te betalen blijft. Heeft uw betaling dit overzicht gekruist, dan mag u het als onbestaande beschouwen.`,
  en: (d) =>
    `Here is the statement of your account as of ${d}: the invoices still open and what remains to be paid. If your payment has crossed this statement, please disregard it.`,
  de: (d) =>
    `Anbei der Auszug Ihres Kontos zum ${d}: die noch offenen Rechnungen und der verbleibende Betrag. Sollte sich Ihre Zahlung mit diesem Auszug überschnitten haben, betrachten Sie ihn bitte als gegenstandslos.`,
};

/** When several invoices are open: each payment should name its invoice's communication. */
export const ONE_REFERENCE_EACH: Record<Language, string> = {
  fr: 'Merci d’indiquer lors de chaque paiement la communication de la facture qu’il règle (sous son numéro ci-dessous).',
  nl: 'Vermeld bij elke betaling de mededeling van de factuur die ze betaalt (onder haar nummer hieronder).',
  en: 'Please quote with each payment the reference of the invoice it pays (under its number below).',
  de: 'Bitte geben Sie bei jeder Zahlung den Verwendungszweck der bezahlten Rechnung an (unter ihrer Nummer unten).',
};

/** "releve-de-compte-2026-12-03.pdf" */
export const FILE_NAME: Record<Language, string> = {
  fr: 'releve-de-compte',
  nl: 'rekeningoverzicht',
  en: 'statement-of-account',
  de: 'kontoauszug',
};
