import type { PdfDocumentKind, PdfLanguage } from './pdf.types.js';

/** The renderer's own words, per document language. */
export interface Labels {
  draft: string;
  number: string;
  issueDate: string;
  dueDate: string;
  deliveryDate: string;
  validUntil: string;
  buyerReference: string;
  subject: string;
  from: string;
  to: string;
  vatNumber: string;
  enterpriseNumber: { BE: string; FR: string; other: string };
  email: string;
  phone: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  vat: string;
  amount: string;
  subtotal: string;
  allowance: string;
  /** "Total HTVA" (Belgium), "Total HT" (France)… */
  totalExcl: { FR: string; other: string };
  totalIncl: { FR: string; other: string };
  vatLine: string;
  paid: string;
  credited: string;
  due: string;
  /** Reminders: the open-invoices table and the fee. */
  daysLate: string;
  open: string;
  fee: string;
  /** Late-payment interest and fixed damages claimed by a reminder. */
  interest: string;
  damages: string;
  /** Statements: the customer's credit, the ageing summary and its buckets. */
  credit: string;
  ageing: string;
  notDue: string;
  days1to30: string;
  days31to60: string;
  days61to90: string;
  over90: string;
  noOpenItems: string;
  vatSummary: string;
  /** `{currency}`, `{amount}`, `{from}` and `{rate}` filled in by the renderer. */
  vatInCurrency: string;
  rate: string;
  taxable: string;
  payment: string;
  payBy: string;
  beneficiary: string;
  communication: string;
  structuredCommunication: string;
  scanToPay: string;
  notes: string;
  conditions: string;
  paymentTerms: string;
  page: string;
  continued: string;
  of: string;
}

const fr: Labels = {
  draft: 'BROUILLON',
  number: 'Numéro',
  issueDate: 'Date',
  dueDate: 'Échéance',
  deliveryDate: 'Date de livraison / prestation',
  validUntil: 'Valable jusqu’au',
  buyerReference: 'Votre référence',
  subject: 'Objet',
  from: 'De',
  to: 'Client',
  vatNumber: 'TVA',
  enterpriseNumber: { BE: 'N° d’entreprise', FR: 'SIREN', other: 'N° d’immatriculation' },
  email: 'E-mail',
  phone: 'Tél.',
  description: 'Description',
  quantity: 'Qté',
  unit: 'Unité',
  unitPrice: 'Prix unitaire',
  discount: 'Remise',
  vat: 'TVA',
  amount: 'Montant',
  subtotal: 'Sous-total',
  allowance: 'Remise',
  totalExcl: { FR: 'Total HT', other: 'Total HTVA' },
  totalIncl: { FR: 'Total TTC', other: 'Total TVAC' },
  vatLine: 'TVA',
  paid: 'Déjà payé',
  credited: 'Crédité',
  due: 'Reste à payer',
  daysLate: 'Retard',
  open: 'Solde dû',
  fee: 'Frais de rappel',
  interest: 'Intérêts de retard',
  damages: 'Indemnité forfaitaire',
  credit: 'Votre avoir',
  ageing: 'Ancienneté des montants ouverts',
  notDue: 'Non échu',
  days1to30: '1–30 jours',
  days31to60: '31–60 jours',
  days61to90: '61–90 jours',
  over90: '> 90 jours',
  noOpenItems: 'Aucune facture ouverte.',
  vatSummary: 'Récapitulatif TVA',
  vatInCurrency: 'TVA en {currency} : {amount} (1 {from} = {rate} {currency})',
  rate: 'Taux',
  taxable: 'Base',
  payment: 'Paiement',
  payBy: 'À payer avant le',
  beneficiary: 'Bénéficiaire',
  communication: 'Communication',
  structuredCommunication: 'Communication structurée',
  scanToPay: 'Scannez avec votre app bancaire',
  notes: 'Remarques',
  conditions: 'Conditions',
  paymentTerms: 'Conditions de paiement',
  page: 'Page',
  continued: 'suite',
  of: 'du',
};

const nl: Labels = {
  draft: 'CONCEPT',
  number: 'Nummer',
  issueDate: 'Datum',
  dueDate: 'Vervaldag',
  deliveryDate: 'Leverings-/prestatiedatum',
  validUntil: 'Geldig tot',
  buyerReference: 'Uw referentie',
  subject: 'Betreft',
  from: 'Van',
  to: 'Klant',
  vatNumber: 'Btw',
  enterpriseNumber: { BE: 'Ondernemingsnummer', FR: 'SIREN', other: 'Registratienummer' },
  email: 'E-mail',
  phone: 'Tel.',
  description: 'Omschrijving',
  quantity: 'Aantal',
  unit: 'Eenheid',
  unitPrice: 'Eenheidsprijs',
  discount: 'Korting',
  vat: 'Btw',
  amount: 'Bedrag',
  subtotal: 'Subtotaal',
  allowance: 'Korting',
  totalExcl: { FR: 'Totaal excl. btw', other: 'Totaal excl. btw' },
  totalIncl: { FR: 'Totaal incl. btw', other: 'Totaal incl. btw' },
  vatLine: 'Btw',
  paid: 'Reeds betaald',
  credited: 'Gecrediteerd',
  due: 'Te betalen',
  daysLate: 'Achterstand',
  open: 'Openstaand',
  fee: 'Herinneringskosten',
  interest: 'Verwijlintresten',
  damages: 'Forfaitaire schadevergoeding',
  credit: 'Uw tegoed',
  ageing: 'Ouderdom van de openstaande bedragen',
  notDue: 'Niet vervallen',
  days1to30: '1–30 dagen',
  days31to60: '31–60 dagen',
  days61to90: '61–90 dagen',
  over90: '> 90 dagen',
  noOpenItems: 'Geen openstaande facturen.',
  vatSummary: 'Btw-overzicht',
  vatInCurrency: 'Btw in {currency}: {amount} (1 {from} = {rate} {currency})',
  rate: 'Tarief',
  taxable: 'Maatstaf',
  payment: 'Betaling',
  payBy: 'Te betalen vóór',
  beneficiary: 'Begunstigde',
  communication: 'Mededeling',
  structuredCommunication: 'Gestructureerde mededeling',
  scanToPay: 'Scan met je bankapp',
  notes: 'Opmerkingen',
  conditions: 'Voorwaarden',
  paymentTerms: 'Betalingsvoorwaarden',
  page: 'Pagina',
  continued: 'vervolg',
  of: 'van',
};

const en: Labels = {
  draft: 'DRAFT',
  number: 'Number',
  issueDate: 'Date',
  dueDate: 'Due date',
  deliveryDate: 'Date of supply',
  validUntil: 'Valid until',
  buyerReference: 'Your reference',
  subject: 'Subject',
  from: 'From',
  to: 'Bill to',
  vatNumber: 'VAT',
  enterpriseNumber: { BE: 'Enterprise no.', FR: 'SIREN', other: 'Registration no.' },
  email: 'Email',
  phone: 'Phone',
  description: 'Description',
  quantity: 'Qty',
  unit: 'Unit',
  unitPrice: 'Unit price',
  discount: 'Disc.',
  vat: 'VAT',
  amount: 'Amount',
  subtotal: 'Subtotal',
  allowance: 'Discount',
  totalExcl: { FR: 'Total excl. VAT', other: 'Total excl. VAT' },
  totalIncl: { FR: 'Total incl. VAT', other: 'Total incl. VAT' },
  vatLine: 'VAT',
  paid: 'Paid',
  credited: 'Credited',
  due: 'Amount due',
  daysLate: 'Overdue',
  open: 'Outstanding',
  fee: 'Reminder fee',
  interest: 'Late-payment interest',
  damages: 'Fixed damages',
  credit: 'Your credit',
  ageing: 'Ageing of open amounts',
  notDue: 'Not due',
  days1to30: '1–30 days',
  days31to60: '31–60 days',
  days61to90: '61–90 days',
  over90: '> 90 days',
  noOpenItems: 'No open invoices.',
  vatSummary: 'VAT summary',
  vatInCurrency: 'VAT in {currency}: {amount} (1 {from} = {rate} {currency})',
  rate: 'Rate',
  taxable: 'Taxable',
  payment: 'Payment',
  payBy: 'Pay by',
  beneficiary: 'Beneficiary',
  communication: 'Reference',
  structuredCommunication: 'Structured reference',
  scanToPay: 'Scan with your banking app',
  notes: 'Notes',
  conditions: 'Terms and conditions',
  paymentTerms: 'Payment terms',
  page: 'Page',
  continued: 'continued',
  of: 'of',
};

const de: Labels = {
  draft: 'ENTWURF',
  number: 'Nummer',
  issueDate: 'Datum',
  dueDate: 'Fällig am',
  deliveryDate: 'Liefer-/Leistungsdatum',
  validUntil: 'Gültig bis',
  buyerReference: 'Ihre Referenz',
  subject: 'Betreff',
  from: 'Von',
  to: 'Kunde',
  vatNumber: 'USt-IdNr.',
  enterpriseNumber: { BE: 'Unternehmensnummer', FR: 'SIREN', other: 'Registernummer' },
  email: 'E-Mail',
  phone: 'Tel.',
  description: 'Beschreibung',
  quantity: 'Menge',
  unit: 'Einheit',
  unitPrice: 'Einzelpreis',
  discount: 'Rabatt',
  vat: 'USt.',
  amount: 'Betrag',
  subtotal: 'Zwischensumme',
  allowance: 'Rabatt',
  totalExcl: { FR: 'Gesamt netto', other: 'Gesamt netto' },
  totalIncl: { FR: 'Gesamtbetrag', other: 'Gesamtbetrag' },
  vatLine: 'USt.',
  paid: 'Bereits bezahlt',
  credited: 'Gutgeschrieben',
  due: 'Offener Betrag',
  daysLate: 'Verzug',
  open: 'Offen',
  fee: 'Mahngebühr',
  interest: 'Verzugszinsen',
  damages: 'Pauschale Entschädigung',
  credit: 'Ihr Guthaben',
  ageing: 'Altersstruktur der offenen Beträge',
  notDue: 'Nicht fällig',
  days1to30: '1–30 Tage',
  days31to60: '31–60 Tage',
  days61to90: '61–90 Tage',
  over90: '> 90 Tage',
  noOpenItems: 'Keine offenen Rechnungen.',
  vatSummary: 'USt.-Übersicht',
  vatInCurrency: 'USt. in {currency}: {amount} (1 {from} = {rate} {currency})',
  rate: 'Satz',
  taxable: 'Netto',
  payment: 'Zahlung',
  payBy: 'Zahlbar bis',
  beneficiary: 'Empfänger',
  communication: 'Verwendungszweck',
  structuredCommunication: 'Strukturierte Mitteilung',
  scanToPay: 'Mit der Banking-App scannen',
  notes: 'Anmerkungen',
  conditions: 'Bedingungen',
  paymentTerms: 'Zahlungsbedingungen',
  page: 'Seite',
  continued: 'Fortsetzung',
  of: 'vom',
};

export const LABELS: Record<PdfLanguage, Labels> = { fr, nl, en, de };

/**
 * The document's title. French speakers in France and in Belgium name two documents differently: a
 * quote is a "devis" in France and an "offre" in Belgium, a credit note an "avoir" in France and a
 * "note de crédit" in Belgium (the term of the Belgian VAT Code, art. 79).
 */
export function documentTitle(kind: PdfDocumentKind, language: PdfLanguage, sellerCountry?: string | null) {
  const france = sellerCountry?.toUpperCase() === 'FR';
  const titles: Record<PdfLanguage, Record<PdfDocumentKind, string>> = {
    fr: {
      quote: france ? 'Devis' : 'Offre',
      order: 'Bon de commande',
      invoice: 'Facture',
      credit_note: france ? 'Avoir' : 'Note de crédit',
      reminder: 'Rappel de paiement',
      statement: 'Relevé de compte',
    },
    nl: {
      quote: 'Offerte',
      order: 'Bestelbon',
      invoice: 'Factuur',
      credit_note: 'Creditnota',
      reminder: 'Betalingsherinnering',
      statement: 'Rekeningoverzicht',
    },
    en: {
      quote: 'Quote',
      order: 'Order confirmation',
      invoice: 'Invoice',
      credit_note: 'Credit note',
      reminder: 'Payment reminder',
      statement: 'Statement of account',
    },
    de: {
      quote: 'Angebot',
      order: 'Auftragsbestätigung',
      invoice: 'Rechnung',
      credit_note: 'Gutschrift',
      reminder: 'Zahlungserinnerung',
      statement: 'Kontoauszug',
    },
  };
  return titles[language][kind];
}
