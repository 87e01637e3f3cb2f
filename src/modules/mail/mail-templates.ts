import { createTemplateEngine, exceededLimit, LIMIT_MESSAGES, renderBounded } from '../../platform/liquid.js';
import { AppError } from '../../shared/errors.js';
import type { Language } from '../../shared/schemas.js';

export type MailKind = 'quote' | 'order' | 'invoice' | 'credit_note' | 'reminder';
export const MAIL_KINDS: MailKind[] = ['quote', 'order', 'invoice', 'credit_note', 'reminder'];

/**
 * Message templates: LiquidJS, which cannot reach the file system or JavaScript from a template
 * (sandboxed: no includes here, no arbitrary code), with strict variables so that a misspelt
 * variable is refused when the template is saved instead of printing nothing to a customer, and the
 * parse, time and memory limits of every user-written template (platform/liquid.ts).
 */
const engine = createTemplateEngine();

export interface Template {
  subject: string;
  body: string;
}

/** The variables a template may use, with the example values of the preview. */
export function sampleVariables(kind: MailKind, reminderLevel = 1) {
  const company = { name: 'Atelier Lumière', email: 'hello@atelier.example', phone: '+32 2 123 45 67' };
  const contact = { name: 'Brasserie du Parc' };
  if (kind === 'reminder')
    return {
      company,
      contact,
      invoice: { number: 'F-2026-00042', issueDate: '27/11/2026', total: '1 210,00 €' },
      reminder: {
        level: reminderLevel,
        tone: reminderLevel,
        title: 'Rappel de paiement',
        date: '12/01/2027',
      },
      amountDue: '605,00 €',
      fee: '7,50 €',
      interest: '2,65 €',
      damages: '30,00 €',
      totalDue: '645,15 €',
      dueDate: '27/12/2026',
      daysLate: '16 jours',
      payBy: '26/01/2027',
      paymentReference: '+++260/0000/04245+++',
      publicUrl: 'https://facturex.example/p/abc',
    };
  const document = {
    number: 'F-2026-00042',
    title: 'Facture',
    issueDate: '27/11/2026',
    total: '1 210,00 €',
  };
  return {
    company,
    contact,
    document,
    [kindAlias(kind)]: document,
    total: '1 210,00 €',
    amountDue: '1 210,00 €',
    dueDate: '27/12/2026',
    validUntil: '27/12/2026',
    paymentReference: '+++260/0000/04245+++',
    publicUrl: 'https://facturex.example/p/abc',
  };
}

export const kindAlias = (kind: MailKind): string => (kind === 'credit_note' ? 'creditNote' : kind);

export type TemplateProblem = { field: 'subject' | 'body'; message: string };

/** A render error as a problem of the field: a catalogued message for a limit, else Liquid's first line (with its line number). */
function problemOf(field: TemplateProblem['field'], e: unknown): TemplateProblem {
  const limit = exceededLimit(e);
  if (limit) return { field, message: LIMIT_MESSAGES[limit] };
  return { field, message: e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e) };
}

/**
 * Parses and renders both parts with the sample values: syntax errors and unknown variables, with
 * their line, and templates past a limit (too long, too slow, too much output). A reminder's
 * template is rendered at each level, so that a variable misspelt in the branch of a formal notice is
 * found too, and a loop hidden in that branch as well.
 */
export async function checkTemplate(kind: MailKind, t: Template): Promise<TemplateProblem[]> {
  const problems: TemplateProblem[] = [];
  const levels = kind === 'reminder' ? ([1, 2, 3] as const) : ([1] as const);
  for (const field of ['subject', 'body'] as const) {
    for (const level of levels) {
      try {
        await renderBounded(engine, t[field], sampleVariables(kind, level));
      } catch (e) {
        problems.push(problemOf(field, e));
        break;
      }
    }
  }
  return problems;
}

/**
 * Renders a template for sending, under the same limits as the check at save. A template that fails
 * now (saved before the limits existed, or fed longer values than the samples) is refused with 422
 * naming the part at fault, never left to hang or answer 500.
 */
export async function renderTemplate(t: Template, vars: Record<string, unknown>): Promise<Template> {
  const part = async (field: TemplateProblem['field']) => {
    try {
      return await renderBounded(engine, t[field], vars);
    } catch (e) {
      const p = problemOf(field, e);
      throw new AppError(
        'template_invalid',
        'The e-mail template cannot be rendered: correct it in the settings',
        { errors: [{ path: `template/${field}`, message: p.message }] },
      );
    }
  };
  return {
    subject: (await part('subject')).replace(/\s+/g, ' ').trim(),
    body: await part('body'),
  };
}

const FR: Record<MailKind, Template> = {
  quote: {
    subject: 'Offre {{ quote.number }} – {{ company.name }}',
    body: `Bonjour,

Veuillez trouver ci-joint notre offre {{ quote.number }} d'un montant de {{ total }}, valable jusqu'au {{ validUntil }}.

Vous pouvez la consulter et l'accepter en ligne : {{ publicUrl }}

Bien cordialement,
{{ company.name }}`,
  },
  order: {
    subject: 'Confirmation de commande {{ order.number }} – {{ company.name }}',
    body: `Bonjour,

Nous vous confirmons votre commande {{ order.number }} d'un montant de {{ total }}.

Détails : {{ publicUrl }}

Bien cordialement,
{{ company.name }}`,
  },
  invoice: {
    subject: 'Facture {{ invoice.number }} – {{ company.name }}',
    body: `Bonjour,

Veuillez trouver ci-joint notre facture {{ invoice.number }} d'un montant de {{ amountDue }}, à payer au plus tard le {{ dueDate }}.

Communication : {{ paymentReference }}
Consulter la facture en ligne : {{ publicUrl }}

Bien cordialement,
{{ company.name }}`,
  },
  credit_note: {
    subject: 'Note de crédit {{ creditNote.number }} – {{ company.name }}',
    body: `Bonjour,

Veuillez trouver ci-joint notre note de crédit {{ creditNote.number }} d'un montant de {{ total }}.

Consulter en ligne : {{ publicUrl }}

Bien cordialement,
{{ company.name }}`,
  },
  reminder: {
    subject:
      '{% if reminder.tone == 3 %}Mise en demeure{% elsif reminder.tone == 2 %}Deuxième rappel{% else %}Rappel{% endif %} – facture {{ invoice.number }} – {{ company.name }}',
    body: `Bonjour,

{% if reminder.tone == 3 -%}
Malgré nos rappels, la facture {{ invoice.number }} du {{ invoice.issueDate }}, échue le {{ dueDate }}, reste impayée ({{ daysLate }} de retard).

Par la présente, nous vous mettons en demeure de payer la somme de {{ amountDue }} au plus tard le {{ payBy }}. À défaut de paiement dans ce délai, nous nous réservons le droit d'engager une procédure de recouvrement, sans autre avis.
{%- elsif reminder.tone == 2 -%}
Sauf erreur de notre part, notre précédent rappel concernant la facture {{ invoice.number }} du {{ invoice.issueDate }}, échue le {{ dueDate }}, est resté sans suite ({{ daysLate }} de retard).

Nous vous prions de régler le solde de {{ amountDue }} au plus tard le {{ payBy }}.
{%- else -%}
Sauf erreur de notre part, la facture {{ invoice.number }} du {{ invoice.issueDate }}, échue le {{ dueDate }}, n'est pas encore réglée ({{ daysLate }} de retard).

Nous vous remercions de bien vouloir régler le solde de {{ amountDue }} au plus tard le {{ payBy }}. Si votre paiement a croisé ce message, veuillez ne pas en tenir compte.
{%- endif %}

Communication : {{ paymentReference }}
Consulter la facture en ligne : {{ publicUrl }}

Bien cordialement,
{{ company.name }}`,
  },
};

const NL: Record<MailKind, Template> = {
  quote: {
    subject: 'Offerte {{ quote.number }} – {{ company.name }}',
    body: `Beste,

In bijlage vindt u onze offerte {{ quote.number }} voor een bedrag van {{ total }}, geldig tot {{ validUntil }}.

U kunt ze online bekijken en aanvaarden: {{ publicUrl }}

Met vriendelijke groeten,
{{ company.name }}`,
  },
  order: {
    subject: 'Orderbevestiging {{ order.number }} – {{ company.name }}',
    body: `Beste,

Hierbij bevestigen wij uw bestelling {{ order.number }} voor een bedrag van {{ total }}.

Details: {{ publicUrl }}

Met vriendelijke groeten,
{{ company.name }}`,
  },
  invoice: {
    subject: 'Factuur {{ invoice.number }} – {{ company.name }}',
    body: `Beste,

In bijlage vindt u onze factuur {{ invoice.number }} voor een bedrag van {{ amountDue }}, te betalen uiterlijk op {{ dueDate }}.

Mededeling: {{ paymentReference }}
Factuur online bekijken: {{ publicUrl }}

Met vriendelijke groeten,
{{ company.name }}`,
  },
  credit_note: {
    subject: 'Creditnota {{ creditNote.number }} – {{ company.name }}',
    body: `Beste,

In bijlage vindt u onze creditnota {{ creditNote.number }} voor een bedrag van {{ total }}.

Online bekijken: {{ publicUrl }}

Met vriendelijke groeten,
{{ company.name }}`,
  },
  reminder: {
    subject:
      '{% if reminder.tone == 3 %}Ingebrekestelling{% elsif reminder.tone == 2 %}Tweede herinnering{% else %}Herinnering{% endif %} – factuur {{ invoice.number }} – {{ company.name }}',
    body: `Beste,

{% if reminder.tone == 3 -%}
Ondanks onze herinneringen blijft factuur {{ invoice.number }} van {{ invoice.issueDate }}, vervallen op {{ dueDate }}, onbetaald ({{ daysLate }} achterstand).

Hierbij stellen wij u in gebreke om het bedrag van {{ amountDue }} uiterlijk op {{ payBy }} te betalen. Zonder betaling binnen die termijn behouden wij ons het recht voor om zonder verdere kennisgeving een invorderingsprocedure te starten.
{%- elsif reminder.tone == 2 -%}
Behoudens vergissing bleef onze vorige herinnering over factuur {{ invoice.number }} van {{ invoice.issueDate }}, vervallen op {{ dueDate }}, zonder gevolg ({{ daysLate }} achterstand).

Wij verzoeken u het openstaande bedrag van {{ amountDue }} uiterlijk op {{ payBy }} te betalen.
{%- else -%}
Behoudens vergissing is factuur {{ invoice.number }} van {{ invoice.issueDate }}, vervallen op {{ dueDate }}, nog niet betaald ({{ daysLate }} achterstand).

Wij vragen u vriendelijk het openstaande bedrag van {{ amountDue }} uiterlijk op {{ payBy }} te betalen. Heeft u intussen betaald, dan mag u dit bericht als onbestaande beschouwen.
{%- endif %}

Mededeling: {{ paymentReference }}
Factuur online bekijken: {{ publicUrl }}

Met vriendelijke groeten,
{{ company.name }}`,
  },
};

const EN: Record<MailKind, Template> = {
  quote: {
    subject: 'Quote {{ quote.number }} – {{ company.name }}',
    body: `Hello,

Please find attached our quote {{ quote.number }} for {{ total }}, valid until {{ validUntil }}.

You can read and accept it online: {{ publicUrl }}

Kind regards,
{{ company.name }}`,
  },
  order: {
    subject: 'Order confirmation {{ order.number }} – {{ company.name }}',
    body: `Hello,

We confirm your order {{ order.number }} for {{ total }}.

Details: {{ publicUrl }}

Kind regards,
{{ company.name }}`,
  },
  invoice: {
    subject: 'Invoice {{ invoice.number }} – {{ company.name }}',
    body: `Hello,

Please find attached our invoice {{ invoice.number }} for {{ amountDue }}, due on {{ dueDate }}.

Payment reference: {{ paymentReference }}
View the invoice online: {{ publicUrl }}

Kind regards,
{{ company.name }}`,
  },
  credit_note: {
    subject: 'Credit note {{ creditNote.number }} – {{ company.name }}',
    body: `Hello,

Please find attached our credit note {{ creditNote.number }} for {{ total }}.

View it online: {{ publicUrl }}

Kind regards,
{{ company.name }}`,
  },
  reminder: {
    subject:
      '{% if reminder.tone == 3 %}Formal notice{% elsif reminder.tone == 2 %}Second reminder{% else %}Payment reminder{% endif %} – invoice {{ invoice.number }} – {{ company.name }}',
    body: `Hello,

{% if reminder.tone == 3 -%}
Despite our reminders, invoice {{ invoice.number }} of {{ invoice.issueDate }}, due on {{ dueDate }}, remains unpaid ({{ daysLate }} overdue).

We hereby give you formal notice to pay the sum of {{ amountDue }} by {{ payBy }}. Failing payment within this period, we reserve the right to start recovery proceedings without further notice.
{%- elsif reminder.tone == 2 -%}
Our previous reminder about invoice {{ invoice.number }} of {{ invoice.issueDate }}, due on {{ dueDate }}, seems to have gone unanswered ({{ daysLate }} overdue).

Please pay the outstanding {{ amountDue }} by {{ payBy }}.
{%- else -%}
Unless we are mistaken, invoice {{ invoice.number }} of {{ invoice.issueDate }}, due on {{ dueDate }}, has not been paid yet ({{ daysLate }} overdue).

We would be grateful if you could pay the outstanding {{ amountDue }} by {{ payBy }}. If your payment has crossed this message, please disregard it.
{%- endif %}

Payment reference: {{ paymentReference }}
View the invoice online: {{ publicUrl }}

Kind regards,
{{ company.name }}`,
  },
};

const DE: Record<MailKind, Template> = {
  quote: {
    subject: 'Angebot {{ quote.number }} – {{ company.name }}',
    body: `Guten Tag,

anbei erhalten Sie unser Angebot {{ quote.number }} über {{ total }}, gültig bis {{ validUntil }}.

Sie können es online ansehen und annehmen: {{ publicUrl }}

Mit freundlichen Grüßen
{{ company.name }}`,
  },
  order: {
    subject: 'Auftragsbestätigung {{ order.number }} – {{ company.name }}',
    body: `Guten Tag,

wir bestätigen Ihre Bestellung {{ order.number }} über {{ total }}.

Details: {{ publicUrl }}

Mit freundlichen Grüßen
{{ company.name }}`,
  },
  invoice: {
    subject: 'Rechnung {{ invoice.number }} – {{ company.name }}',
    body: `Guten Tag,

anbei erhalten Sie unsere Rechnung {{ invoice.number }} über {{ amountDue }}, zahlbar bis {{ dueDate }}.

Verwendungszweck: {{ paymentReference }}
Rechnung online ansehen: {{ publicUrl }}

Mit freundlichen Grüßen
{{ company.name }}`,
  },
  credit_note: {
    subject: 'Gutschrift {{ creditNote.number }} – {{ company.name }}',
    body: `Guten Tag,

anbei erhalten Sie unsere Gutschrift {{ creditNote.number }} über {{ total }}.

Online ansehen: {{ publicUrl }}

Mit freundlichen Grüßen
{{ company.name }}`,
  },
  reminder: {
    subject:
      '{% if reminder.tone == 3 %}Letzte Mahnung{% elsif reminder.tone == 2 %}Zweite Mahnung{% else %}Zahlungserinnerung{% endif %} – Rechnung {{ invoice.number }} – {{ company.name }}',
    body: `Guten Tag,

{% if reminder.tone == 3 -%}
trotz unserer Erinnerungen ist die Rechnung {{ invoice.number }} vom {{ invoice.issueDate }}, fällig am {{ dueDate }}, weiterhin unbezahlt ({{ daysLate }} überfällig).

Wir fordern Sie hiermit förmlich auf, den Betrag von {{ amountDue }} bis spätestens {{ payBy }} zu zahlen. Geht die Zahlung nicht fristgerecht ein, behalten wir uns vor, ohne weitere Ankündigung ein Beitreibungsverfahren einzuleiten.
{%- elsif reminder.tone == 2 -%}
unsere Zahlungserinnerung zur Rechnung {{ invoice.number }} vom {{ invoice.issueDate }}, fällig am {{ dueDate }}, ist bisher ohne Antwort geblieben ({{ daysLate }} überfällig).

Bitte überweisen Sie den offenen Betrag von {{ amountDue }} bis spätestens {{ payBy }}.
{%- else -%}
sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung {{ invoice.number }} vom {{ invoice.issueDate }}, fällig am {{ dueDate }}, ist noch nicht bezahlt ({{ daysLate }} überfällig).

Bitte überweisen Sie den offenen Betrag von {{ amountDue }} bis spätestens {{ payBy }}. Sollte sich Ihre Zahlung mit dieser Nachricht überschnitten haben, betrachten Sie sie bitte als gegenstandslos.
{%- endif %}

Verwendungszweck: {{ paymentReference }}
Rechnung online ansehen: {{ publicUrl }}

Mit freundlichen Grüßen
{{ company.name }}`,
  },
};

export const DEFAULT_TEMPLATES: Record<Language, Record<MailKind, Template>> = {
  fr: FR,
  nl: NL,
  en: EN,
  de: DE,
};
