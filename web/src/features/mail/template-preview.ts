import type { DocumentKind } from '../documents/types';
import type { MailKind } from './types';

/** The number variable named after the kind (`invoice.number`…), besides `document.number`. */
export const kindAlias = (kind: DocumentKind): string => (kind === 'credit_note' ? 'creditNote' : kind);

/**
 * A reminder's variables: the invoice it is about, its level (the rules' step, from 1), its tone
 * (1, 2, 3 = formal notice, as its title and letter say) and what is due.
 */
const REMINDER_VARIABLES = [
  'company.name',
  'contact.name',
  'invoice.number',
  'invoice.issueDate',
  'reminder.level',
  'reminder.tone',
  'reminder.title',
  'amountDue',
  'fee',
  'interest',
  'damages',
  'totalDue',
  'dueDate',
  'daysLate',
  'payBy',
  'paymentReference',
  'publicUrl',
];

/** The variables a template may insert, in the order the editor offers them. */
export function templateVariables(kind: MailKind): string[] {
  if (kind === 'reminder') return REMINDER_VARIABLES;
  return [
    'company.name',
    'contact.name',
    'document.number',
    `${kindAlias(kind)}.number`,
    'total',
    'amountDue',
    'dueDate',
    'validUntil',
    'paymentReference',
    'publicUrl',
  ];
}

/** Every variable the server accepts (its sample values), so that the preview can flag the others. */
function sampleValues(kind: MailKind): Record<string, string> {
  if (kind === 'reminder')
    return {
      'company.name': 'Atelier Lumière',
      'company.email': 'hello@atelier.example',
      'company.phone': '+32 2 123 45 67',
      'contact.name': 'Brasserie du Parc',
      'invoice.number': 'F-2026-00042',
      'invoice.issueDate': '27/11/2026',
      'invoice.total': '1 210,00 €',
      'reminder.level': '1',
      'reminder.tone': '1',
      'reminder.title': 'Rappel de paiement',
      'reminder.date': '12/01/2027',
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
  const number = {
    quote: 'Q-2026-0042',
    order: 'O-2026-0042',
    invoice: 'F-2026-00042',
    credit_note: 'CN-2026-00042',
  }[kind];
  return {
    'company.name': 'Atelier Lumière',
    'company.email': 'hello@atelier.example',
    'company.phone': '+32 2 123 45 67',
    'contact.name': 'Brasserie du Parc',
    'document.number': number,
    'document.title': '',
    'document.issueDate': '27/11/2026',
    'document.total': '1 210,00 €',
    [`${kindAlias(kind)}.number`]: number,
    [`${kindAlias(kind)}.issueDate`]: '27/11/2026',
    [`${kindAlias(kind)}.total`]: '1 210,00 €',
    total: '1 210,00 €',
    amountDue: '1 210,00 €',
    dueDate: '27/12/2026',
    validUntil: '27/12/2026',
    paymentReference: '+++260/0000/04245+++',
    publicUrl: 'https://facturex.example/p/abc',
  };
}

export interface PreviewPart {
  text: string;
  /** A value put in place of a variable (shown highlighted). */
  value?: boolean;
  /** A variable the server does not know. */
  unknown?: boolean;
}

export interface TemplatePreview {
  parts: PreviewPart[];
  unknown: string[];
  /** `{% … %}` tags: not rendered here, checked by the server on save. */
  hasTags: boolean;
}

const OUTPUT = /\{\{-?\s*([A-Za-z_][\w.]*)\s*(?:\|[^}]*)?-?\}\}/g;

/**
 * An approximate preview with example values: `{{ variable }}` outputs are replaced; Liquid tags are
 * left as written. The server's engine (LiquidJS, strict variables) is the judge when saving.
 */
export function previewTemplate(kind: MailKind, source: string): TemplatePreview {
  const values = sampleValues(kind);
  const parts: PreviewPart[] = [];
  const unknown = new Set<string>();
  let last = 0;
  for (const match of source.matchAll(OUTPUT)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push({ text: source.slice(last, match.index) });
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      parts.push({ text: match[0], unknown: true });
    } else {
      parts.push({ text: value, value: true });
    }
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return { parts, unknown: [...unknown], hasTags: /\{%/.test(source) };
}
