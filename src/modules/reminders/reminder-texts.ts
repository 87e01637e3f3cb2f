import type { Language } from '../../shared/schemas.js';
import type { ReminderLevel } from './reminder-rules.js';

/** What a reminder's letter states, already formatted in its language. */
export interface ReminderFacts {
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  /** "16 jours", "16 dagen", "16 days", "16 Tage". */
  daysLate: string;
  amountDue: string;
  payBy: string;
}

/** The heading of each level, in the customer's language: the PDF's title and `reminder.title` in mails. */
export const REMINDER_HEADINGS: Record<Language, Record<ReminderLevel, string>> = {
  fr: { 1: 'Rappel de paiement', 2: 'Deuxième rappel', 3: 'Mise en demeure' },
  nl: { 1: 'Betalingsherinnering', 2: 'Tweede herinnering', 3: 'Ingebrekestelling' },
  en: { 1: 'Payment reminder', 2: 'Second reminder', 3: 'Formal notice' },
  de: { 1: 'Zahlungserinnerung', 2: 'Zweite Mahnung', 3: 'Letzte Mahnung' },
};

type Intro = (f: ReminderFacts) => string;

/**
 * The letter above the open-invoice table: courteous at the first level, firmer at the second, and at
 * the third a formal notice (it puts the debtor in default and announces recovery), each naming the
 * invoice, its dates, the days late, the amount still due and the new deadline.
 */
const INTROS: Record<Language, Record<ReminderLevel, Intro>> = {
  fr: {
    1: (f) =>
      `Sauf erreur de notre part, la facture ${f.invoiceNumber} du ${f.issueDate}, échue le ${f.dueDate}, n’est pas encore réglée à ce jour (${f.daysLate} de retard). Le solde restant dû s’élève à ${f.amountDue}.\n\nNous vous remercions de bien vouloir le régler au plus tard le ${f.payBy} au moyen des données de paiement ci-dessous. Si votre paiement a croisé ce rappel, veuillez ne pas en tenir compte.`,
    2: (f) =>
      `Malgré notre précédent rappel, la facture ${f.invoiceNumber} du ${f.issueDate}, échue le ${f.dueDate}, reste impayée (${f.daysLate} de retard). Le solde restant dû s’élève à ${f.amountDue}.\n\nNous vous prions de le régler au plus tard le ${f.payBy}.`,
    3: (f) =>
      `Malgré nos rappels, la facture ${f.invoiceNumber} du ${f.issueDate}, échue le ${f.dueDate}, reste impayée (${f.daysLate} de retard).\n\nPar la présente, nous vous mettons en demeure de payer la somme de ${f.amountDue} au plus tard le ${f.payBy}. À défaut de paiement dans ce délai, nous nous réservons le droit d’engager une procédure de recouvrement, sans autre avis.`,
  },
  nl: {
    1: (f) =>
      `Behoudens vergissing is factuur ${f.invoiceNumber} van ${f.issueDate}, vervallen op ${f.dueDate}, nog niet betaald (${f.daysLate} achterstand). Het openstaande bedrag is ${f.amountDue}.\n\nWij vragen u vriendelijk dit bedrag uiterlijk op ${f.payBy} te betalen met de betaalgegevens hieronder. Heeft u intussen betaald, dan mag u deze herinnering als onbestaande beschouwen.`,
    2: (f) =>
      `Ondanks onze vorige herinnering blijft factuur ${f.invoiceNumber} van ${f.issueDate}, vervallen op ${f.dueDate}, onbetaald (${f.daysLate} achterstand). Het openstaande bedrag is ${f.amountDue}.\n\nWij verzoeken u dit bedrag uiterlijk op ${f.payBy} te betalen.`,
    3: (f) =>
      `Ondanks onze herinneringen blijft factuur ${f.invoiceNumber} van ${f.issueDate}, vervallen op ${f.dueDate}, onbetaald (${f.daysLate} achterstand).\n\nHierbij stellen wij u in gebreke om het bedrag van ${f.amountDue} uiterlijk op ${f.payBy} te betalen. Zonder betaling binnen die termijn behouden wij ons het recht voor om zonder verdere kennisgeving een invorderingsprocedure te starten.`,
  },
  en: {
    1: (f) =>
      `Unless we are mistaken, invoice ${f.invoiceNumber} of ${f.issueDate}, due on ${f.dueDate}, has not been paid yet (${f.daysLate} overdue). The amount outstanding is ${f.amountDue}.\n\nWe would be grateful if you could pay it by ${f.payBy}, using the payment details below. If your payment has crossed this reminder, please disregard it.`,
    2: (f) =>
      `Despite our previous reminder, invoice ${f.invoiceNumber} of ${f.issueDate}, due on ${f.dueDate}, remains unpaid (${f.daysLate} overdue). The amount outstanding is ${f.amountDue}.\n\nPlease pay it by ${f.payBy}.`,
    3: (f) =>
      `Despite our reminders, invoice ${f.invoiceNumber} of ${f.issueDate}, due on ${f.dueDate}, remains unpaid (${f.daysLate} overdue).\n\nWe hereby give you formal notice to pay the sum of ${f.amountDue} by ${f.payBy}. Failing payment within this period, we reserve the right to start recovery proceedings without further notice.`,
  },
  de: {
    1: (f) =>
      `Sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung ${f.invoiceNumber} vom ${f.issueDate}, fällig am ${f.dueDate}, ist noch nicht bezahlt (${f.daysLate} überfällig). Der offene Betrag beläuft sich auf ${f.amountDue}.\n\nBitte überweisen Sie ihn bis spätestens ${f.payBy} mit den unten stehenden Zahlungsdaten. Sollte sich Ihre Zahlung mit dieser Erinnerung überschnitten haben, betrachten Sie sie bitte als gegenstandslos.`,
    2: (f) =>
      `Trotz unserer Zahlungserinnerung ist die Rechnung ${f.invoiceNumber} vom ${f.issueDate}, fällig am ${f.dueDate}, weiterhin unbezahlt (${f.daysLate} überfällig). Der offene Betrag beläuft sich auf ${f.amountDue}.\n\nBitte überweisen Sie ihn bis spätestens ${f.payBy}.`,
    3: (f) =>
      `Trotz unserer Mahnungen ist die Rechnung ${f.invoiceNumber} vom ${f.issueDate}, fällig am ${f.dueDate}, weiterhin unbezahlt (${f.daysLate} überfällig).\n\nWir fordern Sie hiermit förmlich auf, den Betrag von ${f.amountDue} bis spätestens ${f.payBy} zu zahlen. Geht die Zahlung nicht fristgerecht ein, behalten wir uns vor, ohne weitere Ankündigung ein Beitreibungsverfahren einzuleiten.`,
  },
};

export const reminderIntro = (language: Language, level: ReminderLevel, facts: ReminderFacts): string =>
  INTROS[language][level](facts);

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-IE', de: 'de-BE' };

const dayFormats = new Map<Language, Intl.NumberFormat>();

/** "16 jours", "1 dag", "16 days", "16 Tage": a count of days in words of the language. */
export function daysText(language: Language, days: number): string {
  // Made once per language: a formatter costs more than the rest of a reminder's mail.
  let f = dayFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'day', unitDisplay: 'long' });
    dayFormats.set(language, f);
  }
  return f.format(days);
}

/** Formatted amounts of a reminder's charges; an empty string is a charge the reminder does not make. */
export interface ChargeFacts {
  fee: string;
  interest: string;
  damages: string;
  total: string;
}

const CHARGE_WORDS: Record<Language, { fee: string; interest: string; damages: string; total: string }> = {
  fr: {
    fee: 'Frais de rappel',
    interest: 'Intérêts de retard',
    damages: 'Indemnité forfaitaire',
    total: 'Total à payer',
  },
  nl: {
    fee: 'Herinneringskosten',
    interest: 'Verwijlintresten',
    damages: 'Forfaitaire schadevergoeding',
    total: 'Totaal te betalen',
  },
  en: {
    fee: 'Reminder fee',
    interest: 'Late-payment interest',
    damages: 'Fixed damages',
    total: 'Total to pay',
  },
  de: {
    fee: 'Mahngebühr',
    interest: 'Verzugszinsen',
    damages: 'Pauschale Entschädigung',
    total: 'Zu zahlen',
  },
};

/**
 * The charges a reminder adds, one per line, then the total, appended to its e-mail whatever the
 * template says: the letter and the message must state the same amounts (and in Belgium a consumer
 * must be told what is claimed, art. XIX.2 CEL). Empty when nothing is charged.
 */
export function chargesText(language: Language, c: ChargeFacts): string {
  const w = CHARGE_WORDS[language];
  const lines = (['fee', 'interest', 'damages'] as const)
    .filter((k) => c[k] !== '')
    .map((k) => `${w[k]}: ${c[k]}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n${w.total}: ${c.total}`;
}

/** What a fee invoice's lines say, formatted in the customer's language. */
export interface FeeLineFacts {
  invoiceNumber: string;
  /** The reminder's heading and date ("Deuxième rappel", "10/12/2026"). */
  reminder: string;
  reminderDate: string;
  /** "16 jours". */
  daysLate: string;
}

const FEE_LINE: Record<Language, { of: (f: FeeLineFacts) => string; late: (f: FeeLineFacts) => string }> = {
  fr: {
    of: (f) => `facture ${f.invoiceNumber}, ${f.reminder} du ${f.reminderDate}`,
    late: (f) => `${f.daysLate} de retard`,
  },
  nl: {
    of: (f) => `factuur ${f.invoiceNumber}, ${f.reminder} van ${f.reminderDate}`,
    late: (f) => `${f.daysLate} achterstand`,
  },
  en: {
    of: (f) => `invoice ${f.invoiceNumber}, ${f.reminder} of ${f.reminderDate}`,
    late: (f) => `${f.daysLate} overdue`,
  },
  de: {
    of: (f) => `Rechnung ${f.invoiceNumber}, ${f.reminder} vom ${f.reminderDate}`,
    late: (f) => `${f.daysLate} überfällig`,
  },
};

/**
 * A fee invoice line's text: the charge's name, the invoice and the reminder it comes from, and for
 * interest the days it counts ("Intérêts de retard – facture F-2026-00001, Deuxième rappel du
 * 10/12/2026 (16 jours de retard)").
 */
export function feeLineText(language: Language, charge: 'fee' | 'interest' | 'damages', f: FeeLineFacts) {
  const t = FEE_LINE[language];
  const text = `${CHARGE_WORDS[language][charge]} – ${t.of(f)}`;
  return charge === 'interest' ? `${text} (${t.late(f)})` : text;
}

/** The fee invoice's subject. */
export const feeInvoiceSubject = (language: Language, invoiceNumber: string): string =>
  ({
    fr: `Frais de recouvrement – facture ${invoiceNumber}`,
    nl: `Invorderingskosten – factuur ${invoiceNumber}`,
    en: `Collection charges – invoice ${invoiceNumber}`,
    de: `Beitreibungskosten – Rechnung ${invoiceNumber}`,
  })[language];

/**
 * Why the fee invoice charges no VAT (BT-120 of its "O" lines): damages and late-payment interest
 * compensate a loss; they are no consideration for a supply of goods or services (Directive
 * 2006/112/EC art. 2; CJEU C-277/05 Société thermale d'Eugénie-les-Bains on compensation), so they
 * fall outside the scope of VAT in Belgium and France alike: category "O" (UNCL5305).
 */
export const FEE_OUT_OF_SCOPE: Record<Language, string> = {
  fr: 'Hors champ d’application de la TVA : indemnités et intérêts de retard, sans contrepartie d’une livraison ou d’une prestation',
  nl: 'Buiten het toepassingsgebied van de btw: schadevergoeding en verwijlintresten, geen tegenprestatie voor een levering of dienst',
  en: 'Outside the scope of VAT: damages and late-payment interest, not the consideration for a supply',
  de: 'Nicht steuerbar: Schadenersatz und Verzugszinsen, kein Entgelt für eine Lieferung oder Leistung',
};
