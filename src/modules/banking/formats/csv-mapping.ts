import { z } from 'zod';
import { DELIMITERS, ENCODINGS } from '../../../shared/csv-text.js';

/*
 * How a bank's CSV export maps onto a statement: saved per bank account (a company picks a preset or
 * maps the columns once), then applied to every file of that bank by parseBankCsv (csv.ts).
 */

/** A column: its header as the bank writes it (compared trimmed, case-insensitively), or its number, 1 for the first. */
export const CsvColumn = z.union([z.string().trim().min(1).max(120), z.number().int().min(1).max(500)]);
export type CsvColumn = z.infer<typeof CsvColumn>;

/** Date layouts; a day or month may have one digit where two are shown (9/4/2018 reads as M/D/YYYY). */
export const DATE_FORMATS = [
  'DD/MM/YYYY',
  'DD-MM-YYYY',
  'DD.MM.YYYY',
  'DD/MM/YY',
  'DD-MM-YY',
  'DD.MM.YY',
  'YYYY-MM-DD',
  'YYYY/MM/DD',
  'YYYYMMDD',
  'MM/DD/YYYY',
  'MM-DD-YYYY',
  'MM/DD/YY',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const AmountMapping = z.discriminatedUnion('kind', [
  /** One signed column. `inverted` for exports that show money out as positive (credit-card style). */
  z.object({
    kind: z.literal('signed'),
    column: CsvColumn,
    sign: z.enum(['as-is', 'inverted']).default('as-is'),
  }),
  /**
   * A debit column and a credit column, one of them filled per row (a zero counts as empty). The
   * column says the direction, whatever sign the bank writes: some write debits as 12,50, others as
   * -12,50.
   */
  z.object({ kind: z.literal('debit-credit'), debit: CsvColumn, credit: CsvColumn }),
  /** An unsigned amount and a column saying debit or credit ("D"/"C", "Af"/"Bij", "Débit"/"Crédit"). */
  z.object({
    kind: z.literal('indicator'),
    column: CsvColumn,
    indicator: CsvColumn,
    debitValues: z.array(z.string().trim().min(1)).min(1),
    creditValues: z.array(z.string().trim().min(1)).min(1),
  }),
]);
export type AmountMapping = z.infer<typeof AmountMapping>;

export const BankCsvMappingSchema = z
  .object({
    /** 'auto': a byte-order mark decides, else valid UTF-8 is UTF-8 and anything else Windows-1252. */
    encoding: z.enum(['auto', ...ENCODINGS]).default('auto'),
    delimiter: z.enum(['auto', ...(Object.keys(DELIMITERS) as [keyof typeof DELIMITERS])]).default('auto'),
    /**
     * Whether the file names its columns. With a header, the header is the first row (after
     * `skipRows`) holding every mapped header, looked for within the first rows: banks such as
     * Belfius or Crédit Agricole write a few lines about the account above it.
     */
    headerRow: z.boolean().default(true),
    /** Lines above the header (or the first transaction, without a header) that are never data. */
    skipRows: z.number().int().min(0).max(100).default(0),
    columns: z.object({
      bookingDate: CsvColumn,
      valueDate: CsvColumn.optional(),
      currency: CsvColumn.optional(),
      counterpartyName: CsvColumn.optional(),
      /** The counterparty's IBAN or account (an e-mail for PayPal). */
      counterpartyAccount: CsvColumn.optional(),
      /** When the file names the payee in another column for money out (PayPal's "To Email Address"). */
      counterpartyAccountForDebits: CsvColumn.optional(),
      counterpartyBic: CsvColumn.optional(),
      /** Joined with one space, blank cells left out. */
      remittanceText: z.array(CsvColumn).max(8).optional(),
      structuredReference: CsvColumn.optional(),
      bankReference: CsvColumn.optional(),
      bankTransactionCode: CsvColumn.optional(),
      /** The account's balance after the row: gives the statement's opening and closing balances. */
      balance: CsvColumn.optional(),
      /** The statement's own account (IBAN or number); rows of different accounts make different statements. */
      account: CsvColumn.optional(),
      /** A fee charged apart from the amount on the same row (PayPal): read as its own transaction. */
      fee: CsvColumn.optional(),
    }),
    amount: AmountMapping,
    dateFormat: z.enum(DATE_FORMATS),
    decimalSeparator: z.enum([',', '.']),
    /** '' when the bank writes none; a space also matches the no-break spaces of French exports. */
    thousandsSeparator: z.enum(['', '.', ',', ' ', "'"]).default(''),
    /** The account when the file does not say (a saved mapping belongs to one bank account). */
    fixedAccount: z.string().trim().min(1).max(40).optional(),
    /** ISO 4217 of the account when the file has no currency column. */
    defaultCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    /** One statement per currency (a PayPal account holds a balance per currency). */
    statementPerCurrency: z.boolean().default(false),
    /**
     * The counterparty written in the text as "<name> <account> BIC <bic>", as BNP Paribas Fortis
     * details do; read only for what the mapped columns leave blank.
     */
    counterpartyInText: z.boolean().default(false),
  })
  .refine((m) => m.thousandsSeparator !== m.decimalSeparator, {
    message: 'The thousands separator cannot be the decimal separator',
    path: ['thousandsSeparator'],
  })
  .refine((m) => m.headerRow || allColumns(m).every((c) => typeof c === 'number'), {
    message: 'Without a header row, columns are given by number',
    path: ['columns'],
  });

export type BankCsvMapping = z.output<typeof BankCsvMappingSchema>;
export type BankCsvMappingInput = z.input<typeof BankCsvMappingSchema>;

/** Every column the mapping reads, amount columns first. */
export function allColumns(m: {
  columns: Record<string, CsvColumn | CsvColumn[] | undefined>;
  amount: AmountMapping;
}): CsvColumn[] {
  const a = m.amount;
  const amountColumns =
    a.kind === 'debit-credit'
      ? [a.debit, a.credit]
      : a.kind === 'indicator'
        ? [a.column, a.indicator]
        : [a.column];
  const rest = Object.values(m.columns).flatMap((c) => (c === undefined ? [] : Array.isArray(c) ? c : [c]));
  return [...amountColumns, ...rest];
}

export interface BankCsvPreset {
  id: string;
  name: string;
  country: 'BE' | 'FR' | null;
  /**
   * True when checked against a real export (a sample in the conformance set); false when written
   * from the bank's documented or commonly known layout, to be confirmed on a customer's file.
   */
  verified: boolean;
  mapping: BankCsvMapping;
}

const preset = (
  id: string,
  name: string,
  country: BankCsvPreset['country'],
  verified: boolean,
  mapping: BankCsvMappingInput,
): BankCsvPreset => ({ id, name, country, verified, mapping: BankCsvMappingSchema.parse(mapping) });

const belgian = {
  delimiter: 'semicolon',
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
  thousandsSeparator: '.',
} as const;
const french = {
  delimiter: 'semicolon',
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
  thousandsSeparator: ' ',
  defaultCurrency: 'EUR',
} as const;

export const BANK_CSV_PRESETS: readonly BankCsvPreset[] = [
  // BNP Paribas Fortis, Fintro and Hello bank! share one system and so one export.
  preset('bnp-fortis-legacy-nl', 'BNP Paribas Fortis / Fintro / Hello bank! (7 columns, Dutch)', 'BE', true, {
    ...belgian,
    counterpartyInText: true,
    columns: {
      bookingDate: 'Uitvoeringsdatum',
      valueDate: 'Valutadatum',
      currency: 'Valuta rekening',
      remittanceText: ['Details'],
      bankReference: 'Volgnummer',
      account: 'Rekeningnummer',
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset(
    'bnp-fortis-legacy-fr',
    'BNP Paribas Fortis / Fintro / Hello bank! (7 columns, French)',
    'BE',
    false,
    {
      ...belgian,
      counterpartyInText: true,
      columns: {
        bookingDate: "Date d'exécution",
        valueDate: 'Date valeur',
        currency: 'Devise du compte',
        remittanceText: ['Détails'],
        bankReference: 'Numéro de séquence',
        account: 'Numéro de compte',
      },
      amount: { kind: 'signed', column: 'Montant' },
    },
  ),
  preset('bnp-fortis-nl', 'BNP Paribas Fortis / Fintro / Hello bank! (Dutch)', 'BE', false, {
    ...belgian,
    columns: {
      bookingDate: 'Uitvoeringsdatum',
      valueDate: 'Valutadatum',
      currency: 'Valuta rekening',
      account: 'Rekeningnummer',
      bankTransactionCode: 'Type verrichting',
      counterpartyAccount: 'Tegenpartij',
      counterpartyName: 'Naam van de tegenpartij',
      remittanceText: ['Mededeling', 'Details'],
      bankReference: 'Volgnummer',
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset('bnp-fortis-fr', 'BNP Paribas Fortis / Fintro / Hello bank! (French)', 'BE', false, {
    ...belgian,
    columns: {
      bookingDate: "Date d'exécution",
      valueDate: 'Date valeur',
      currency: 'Devise du compte',
      account: 'Numéro de compte',
      bankTransactionCode: 'Type de transaction',
      counterpartyAccount: 'Contrepartie',
      counterpartyName: 'Nom de la contrepartie',
      remittanceText: ['Communication', 'Détails'],
      bankReference: 'Numéro de séquence',
    },
    amount: { kind: 'signed', column: 'Montant' },
  }),
  preset('kbc-nl', 'KBC (Dutch)', 'BE', false, {
    ...belgian,
    thousandsSeparator: '',
    columns: {
      account: 'Rekeningnummer',
      bookingDate: 'Datum',
      valueDate: 'Valuta',
      currency: 'Munt',
      balance: 'Saldo',
      counterpartyAccount: 'Rekeningnummer tegenpartij',
      counterpartyBic: 'BIC tegenpartij',
      counterpartyName: 'Naam tegenpartij',
      structuredReference: 'Gestructureerde mededeling',
      remittanceText: ['Vrije mededeling', 'Omschrijving'],
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset('cbc-fr', 'CBC / KBC (French)', 'BE', false, {
    ...belgian,
    thousandsSeparator: '',
    columns: {
      account: 'Numéro de compte',
      bookingDate: 'Date',
      valueDate: 'Valeur',
      currency: 'Devise',
      balance: 'Solde',
      counterpartyAccount: 'Numéro de compte contrepartie',
      counterpartyBic: 'BIC contrepartie',
      counterpartyName: 'Nom contrepartie',
      structuredReference: 'Communication structurée',
      remittanceText: ['Communication libre', 'Description'],
    },
    amount: { kind: 'signed', column: 'Montant' },
  }),
  preset('belfius-nl', 'Belfius (Dutch)', 'BE', false, {
    ...belgian,
    columns: {
      account: 'Rekening',
      bookingDate: 'Boekingsdatum',
      valueDate: 'Valutadatum',
      bankReference: 'Transactienummer',
      counterpartyAccount: 'Rekening tegenpartij',
      counterpartyName: 'Naam tegenpartij bevat',
      counterpartyBic: 'BIC',
      currency: 'Devies',
      remittanceText: ['Mededelingen'],
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset('belfius-fr', 'Belfius (French)', 'BE', false, {
    ...belgian,
    columns: {
      account: 'Compte',
      bookingDate: 'Date de comptabilisation',
      valueDate: 'Date valeur',
      bankReference: 'Numéro de transaction',
      counterpartyAccount: 'Compte contrepartie',
      counterpartyName: 'Nom contrepartie contient',
      counterpartyBic: 'BIC',
      currency: 'Devise',
      remittanceText: ['Communications'],
    },
    amount: { kind: 'signed', column: 'Montant' },
  }),
  preset('ing-be-nl', 'ING Belgium (Dutch)', 'BE', false, {
    ...belgian,
    columns: {
      account: 'Rekeningnummer',
      counterpartyAccount: 'Rekening tegenpartij',
      bankReference: 'Omzetnummer',
      bookingDate: 'Boekingsdatum',
      valueDate: 'Valutadatum',
      currency: 'Munteenheid',
      remittanceText: ['Omschrijving', 'Detail van de omzet', 'Bericht'],
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset('ing-be-fr', 'ING Belgique (French)', 'BE', false, {
    ...belgian,
    columns: {
      account: 'Numéro de compte',
      counterpartyAccount: 'Compte partie adverse',
      bankReference: 'Numéro de mouvement',
      bookingDate: 'Date de comptabilisation',
      valueDate: 'Date valeur',
      currency: 'Devise',
      remittanceText: ['Libellés', 'Détails du mouvement', 'Message'],
    },
    amount: { kind: 'signed', column: 'Montant' },
  }),
  preset('argenta-nl', 'Argenta (Dutch)', 'BE', false, {
    ...belgian,
    columns: {
      account: 'Nr v/d rekening',
      bookingDate: 'Boekdatum',
      valueDate: 'Valuta datum',
      bankReference: 'Referentie',
      currency: 'Munt',
      counterpartyAccount: 'Rekening tegenpartij',
      counterpartyName: 'Naam v/d tegenpartij :',
      remittanceText: ['Beschrijving', 'Mededeling'],
    },
    amount: { kind: 'signed', column: 'Bedrag' },
  }),
  preset('bnp-paribas-fr', 'BNP Paribas (France)', 'FR', false, {
    ...french,
    columns: {
      bookingDate: 'Date operation',
      bankTransactionCode: 'Categorie operation',
      remittanceText: ['Libelle operation'],
    },
    amount: { kind: 'signed', column: 'Montant operation' },
  }),
  preset('credit-agricole', 'Crédit Agricole', 'FR', false, {
    ...french,
    columns: { bookingDate: 'Date', remittanceText: ['Libellé'] },
    amount: { kind: 'debit-credit', debit: 'Débit euros', credit: 'Crédit euros' },
  }),
  preset('societe-generale', 'Société Générale', 'FR', false, {
    ...french,
    columns: {
      bookingDate: "Date de l'opération",
      remittanceText: ['Libellé', "Détail de l'écriture"],
      currency: 'Devise',
    },
    amount: { kind: 'signed', column: "Montant de l'opération" },
  }),
  // LCL's export has no header row: date, amount, payment type, cheque number, label, category.
  preset('lcl', 'LCL', 'FR', false, {
    ...french,
    headerRow: false,
    columns: { bookingDate: 1, bankTransactionCode: 3, remittanceText: [5] },
    amount: { kind: 'signed', column: 2 },
  }),
  preset('credit-mutuel-cic', 'Crédit Mutuel / CIC', 'FR', false, {
    ...french,
    columns: {
      bookingDate: 'Date',
      valueDate: 'Date de valeur',
      remittanceText: ['Libellé'],
      balance: 'Solde',
    },
    amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  }),
  preset('la-banque-postale', 'La Banque Postale', 'FR', false, {
    ...french,
    columns: { bookingDate: 'Date', remittanceText: ['Libellé'] },
    amount: { kind: 'signed', column: 'Montant(EUROS)' },
  }),
  preset('qonto', 'Qonto', 'FR', false, {
    ...french,
    dateFormat: 'DD-MM-YYYY',
    thousandsSeparator: '',
    columns: {
      bookingDate: 'Settlement date (UTC)',
      valueDate: 'Operation date (UTC)',
      currency: 'Currency',
      counterpartyName: 'Counterparty name',
      counterpartyAccount: 'IBAN',
      bankReference: 'Transaction ID',
      bankTransactionCode: 'Payment method',
      remittanceText: ['Reference'],
    },
    amount: { kind: 'signed', column: 'Total amount (incl. VAT)' },
  }),
  preset('shine', 'Shine', 'FR', false, {
    ...french,
    thousandsSeparator: '',
    columns: {
      bookingDate: 'Date de la transaction',
      counterpartyName: 'Nom de la transaction',
      bankTransactionCode: 'Moyen de paiement',
    },
    amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  }),
  // PayPal: money in the currency of each row, a balance per currency, the fee beside the gross.
  preset('paypal-statement-en', 'PayPal (monthly statement, English)', null, true, {
    delimiter: 'comma',
    dateFormat: 'MM/DD/YYYY',
    decimalSeparator: '.',
    thousandsSeparator: ',',
    statementPerCurrency: true,
    columns: {
      bookingDate: 'Date',
      currency: 'Currency',
      fee: 'Fee',
      balance: 'Balance',
      bankReference: 'Transaction ID',
      counterpartyName: 'Name',
      counterpartyAccount: 'From Email Address',
      bankTransactionCode: 'Description',
      remittanceText: ['Invoice ID'],
    },
    amount: { kind: 'signed', column: 'Gross' },
  }),
  preset('paypal-activity-en', 'PayPal (activity download, English)', null, true, {
    delimiter: 'comma',
    dateFormat: 'DD/MM/YYYY',
    decimalSeparator: '.',
    thousandsSeparator: ',',
    statementPerCurrency: true,
    columns: {
      bookingDate: 'Date',
      currency: 'Currency',
      fee: 'Fee',
      balance: 'Balance',
      bankReference: 'Transaction ID',
      counterpartyName: 'Name',
      counterpartyAccount: 'From Email Address',
      counterpartyAccountForDebits: 'To Email Address',
      bankTransactionCode: 'Type',
      remittanceText: ['Invoice Number', 'Subject', 'Note'],
    },
    amount: { kind: 'signed', column: 'Gross' },
  }),
];

const headerKey = (h: string) => h.trim().toLowerCase();

/** The headers a file must have for the preset to apply (none for a preset without a header row). */
export const requiredHeaders = (m: BankCsvMapping): string[] =>
  m.headerRow ? allColumns(m).filter((c): c is string => typeof c === 'string') : [];

/**
 * The preset whose required headers all appear in the header row; when several do, the one that
 * explains the most of them (the 13-column BNP Paribas Fortis layout before the 7-column one).
 */
export function detectPreset(headerRow: readonly string[]): BankCsvPreset | null {
  const present = new Set(headerRow.map(headerKey));
  let best: { preset: BankCsvPreset; size: number } | null = null;
  for (const p of BANK_CSV_PRESETS) {
    const required = requiredHeaders(p.mapping);
    if (required.length === 0 || !required.every((h) => present.has(headerKey(h)))) continue;
    if (!best || required.length > best.size) best = { preset: p, size: required.length };
  }
  return best?.preset ?? null;
}

export const findPreset = (id: string): BankCsvPreset | null =>
  BANK_CSV_PRESETS.find((p) => p.id === id) ?? null;
