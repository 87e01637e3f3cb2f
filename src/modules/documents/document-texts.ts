import type { Language } from '../../shared/schemas.js';

/** Line texts the conversions write, in the document's (the customer's) language. */
const TEXTS = {
  depositPercent: {
    fr: 'Acompte de {pct} % sur {ref}',
    nl: 'Voorschot van {pct} % op {ref}',
    en: 'Deposit of {pct}% on {ref}',
    de: 'Anzahlung von {pct} % auf {ref}',
  },
  depositAmount: {
    fr: 'Acompte sur {ref}',
    nl: 'Voorschot op {ref}',
    en: 'Deposit on {ref}',
    de: 'Anzahlung auf {ref}',
  },
  depositDeduction: {
    fr: 'Déduction de la facture d’acompte {ref}',
    nl: 'Aftrek van voorschotfactuur {ref}',
    en: 'Less deposit invoice {ref}',
    de: 'Abzüglich Anzahlungsrechnung {ref}',
  },
  creditAmount: {
    fr: 'Crédit sur la facture {ref}',
    nl: 'Creditering van factuur {ref}',
    en: 'Credit on invoice {ref}',
    de: 'Gutschrift zu Rechnung {ref}',
  },
} satisfies Record<string, Record<Language, string>>;

export function documentText(key: keyof typeof TEXTS, lang: Language, vars: Record<string, string>): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
