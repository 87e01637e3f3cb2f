import { Liquid } from 'liquidjs';
import type { Language } from '../../shared/schemas.js';

export type MailKind = 'quote' | 'order' | 'invoice' | 'credit_note';
export const MAIL_KINDS: MailKind[] = ['quote', 'order', 'invoice', 'credit_note'];

/**
 * Message templates: LiquidJS, which cannot reach the file system or JavaScript from a template
 * (sandboxed: no includes here, no arbitrary code), with strict variables so that a misspelt
 * variable is refused when the template is saved instead of printing nothing to a customer.
 */
// `templates: {}`: an empty in-memory file system, so `include` and `render` can never read a file.
const engine = new Liquid({
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
});

export interface Template {
  subject: string;
  body: string;
}

/** The variables a template may use, with the example values of the preview. */
export function sampleVariables(kind: MailKind) {
  const document = {
    number: 'F-2026-00042',
    title: 'Facture',
    issueDate: '27/11/2026',
    total: '1 210,00 €',
  };
  return {
    company: { name: 'Atelier Lumière', email: 'hello@atelier.example', phone: '+32 2 123 45 67' },
    contact: { name: 'Brasserie du Parc' },
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

/** Parses and renders both parts with the sample values: syntax errors and unknown variables, with their line. */
export async function checkTemplate(kind: MailKind, t: Template): Promise<TemplateProblem[]> {
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    try {
      await engine.parseAndRender(t[field], sampleVariables(kind));
    } catch (e) {
      problems.push({
        field,
        message: e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e),
      });
    }
  }
  return problems;
}

export async function renderTemplate(t: Template, vars: Record<string, unknown>): Promise<Template> {
  return {
    subject: (await engine.parseAndRender(t.subject, vars)).replace(/\s+/g, ' ').trim(),
    body: await engine.parseAndRender(t.body, vars),
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
};

export const DEFAULT_TEMPLATES: Record<Language, Record<MailKind, Template>> = {
  fr: FR,
  nl: NL,
  en: EN,
  de: DE,
};
