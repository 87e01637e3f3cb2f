import { z } from 'zod';
import { AMOUNT_LIMITS } from '../../shared/amount-limits.js';
import { CalendarDateSchema } from '../../shared/dates.js';
import { decimalString } from '../../shared/decimal.js';
import { Bic, CurrencyCode, Iban } from '../../shared/identifiers.js';
import { pageSchema } from '../../shared/pagination.js';
import { Id, Text } from '../../shared/schemas.js';

export const STATEMENT_FORMATS = ['camt', 'coda', 'mt940', 'ofx', 'csv'] as const;
export type StatementFormatName = (typeof STATEMENT_FORMATS)[number];

const SignedMoney = decimalString({
  maxDecimals: 2,
  maxIntegerDigits: AMOUNT_LIMITS.amountDigits,
  allowNegative: true,
});

export const BankAccountParams = z.strictObject({ companyId: Id, accountId: Id });

// ── Input ───────────────────────────────────────────────────────────────────────────────────────
export const CreateBankAccountBody = z
  .strictObject({
    name: Text(100).pipe(z.string().min(1, 'Name is required')),
    /** Required unless the account has no IBAN (then `accountNumber`). */
    iban: Iban.nullable().optional(),
    /** The account as the bank numbers it, for an account without IBAN (PayPal, a foreign bank). */
    accountNumber: Text(64).nullable().optional(),
    bic: Bic.nullable().optional(),
    /** The company's currency when left out. */
    currency: CurrencyCode.optional(),
    /** The balance at the start of `openingDate` (before its transactions). */
    openingBalance: SignedMoney.default('0'),
    openingDate: CalendarDateSchema.nullable().optional(),
  })
  .refine((b) => b.iban || b.accountNumber, {
    message: 'An IBAN or an account number is required',
    path: ['iban'],
  });
export type CreateBankAccountInput = z.infer<typeof CreateBankAccountBody>;

export const UpdateBankAccountBody = z.strictObject({
  name: Text(100).pipe(z.string().min(1, 'Name is required')).optional(),
  bic: Bic.nullable().optional(),
  openingBalance: SignedMoney.optional(),
  openingDate: CalendarDateSchema.nullable().optional(),
  /** Archived accounts keep their transactions but take no more imports. */
  archived: z.boolean().optional(),
});
export type UpdateBankAccountInput = z.infer<typeof UpdateBankAccountBody>;

export const BankAccountListQuery = z.strictObject({
  archived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const TransactionListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  accountId: Id.optional(),
  /** Booked on or after / on or before. */
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  direction: z.enum(['in', 'out']).optional(),
  /** Counterparty name, IBAN, text, structured reference or bank reference. */
  q: Text(100).optional(),
});
export type TransactionListQuery = z.infer<typeof TransactionListQuery>;

export const StatementImportQuery = z.strictObject({
  /** The file's format; recognised from its content when left out (CSV needs `csvPreset`). */
  format: z.enum(STATEMENT_FORMATS).optional(),
  /** The account the file is for; when left out, found by the IBAN the file gives. */
  accountId: Id.optional(),
  /** A CSV file's layout: one of the presets of GET …/bank-csv-presets. */
  csvPreset: Text(64).optional(),
  fileName: Text(255).optional(),
});
export type StatementImportQuery = z.infer<typeof StatementImportQuery>;

// ── Output ──────────────────────────────────────────────────────────────────────────────────────
export const BankAccountOut = z.object({
  id: z.string(),
  name: z.string(),
  iban: z.string().nullable(),
  accountNumber: z.string().nullable(),
  bic: z.string().nullable(),
  currency: z.string(),
  openingBalance: z.string(),
  openingDate: z.string().nullable(),
  /** Opening balance plus every transaction booked from the opening date on. */
  balance: z.string(),
  transactionCount: z.number(),
  lastTransactionDate: z.string().nullable(),
  /** The closing balance of the latest statement imported, as the bank gave it. */
  lastStatement: z
    .object({ closingBalance: z.string().nullable(), closingDate: z.string().nullable() })
    .nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BankAccountOut = z.infer<typeof BankAccountOut>;
export const BankAccountListOut = z.object({ items: z.array(BankAccountOut) });

export const BankTransactionOut = z.object({
  id: z.string(),
  accountId: z.string(),
  bookingDate: z.string(),
  valueDate: z.string().nullable(),
  amount: z.string(),
  currency: z.string(),
  counterpartyName: z.string().nullable(),
  counterpartyIban: z.string().nullable(),
  counterpartyAccount: z.string().nullable(),
  counterpartyBic: z.string().nullable(),
  structuredReference: z.string().nullable(),
  remittanceText: z.string().nullable(),
  bankReference: z.string().nullable(),
  endToEndId: z.string().nullable(),
  bankTransactionCode: z.string().nullable(),
  importId: z.string().nullable(),
  createdAt: z.string(),
});
export type BankTransactionOut = z.infer<typeof BankTransactionOut>;
export const BankTransactionPageOut = pageSchema(BankTransactionOut);

export const StatementImportOut = z.object({
  format: z.string(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  /** One entry per account the file had statements for. */
  accounts: z.array(
    z.object({
      importId: z.string(),
      accountId: z.string(),
      statementCount: z.number(),
      transactionCount: z.number(),
      /** New transactions stored. */
      added: z.number(),
      /** Transactions the account already had (the same file again, or overlapping statements). */
      alreadyThere: z.number(),
      fromDate: z.string().nullable(),
      toDate: z.string().nullable(),
      closingBalance: z.string().nullable(),
      /**
       * Checks a statement failed while still readable (its balances do not add up, its trailer
       * counts otherwise): imported all the same, to take up with the bank. `message` in English;
       * `template` and `params` to show it in another language.
       */
      warnings: z.array(
        z.object({
          position: z.string(),
          message: z.string(),
          template: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
        }),
      ),
    }),
  ),
});
export type StatementImportOut = z.infer<typeof StatementImportOut>;
