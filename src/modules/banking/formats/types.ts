/*
 * What every bank statement format (camt.05x, CODA, MT940/MT942, OFX, CSV) is read into: pure data,
 * no database. The import service (banking module) checks the account, gives each transaction its
 * stable identity and stores a file's statements in one transaction, so a parser never stores
 * anything and a file that fails anywhere stores nothing.
 *
 * Conventions, the same for every format:
 * - Amounts are signed decimal strings with a dot and no exponent or thousands separator
 *   ("1234.50", "-12.3"): positive is money in (credit), negative money out (debit).
 * - Dates are calendar dates 'YYYY-MM-DD' (a date-time in the file keeps its date as written there).
 * - Texts are trimmed and their inner runs of blanks kept as the bank wrote them, except that lines
 *   of a multi-line text (CODA 21/22/23 records, MT940 :86: lines, camt Ustrd repeated) are joined
 *   with one space. An absent or blank text is null, never ''.
 * - IBANs are upper case without spaces; a domestic account number that is not an IBAN is kept in
 *   `accountNumber` / `counterpartyAccount` as written (trimmed).
 */

export type StatementFormat =
  | 'camt.052'
  | 'camt.053'
  | 'camt.054'
  | 'coda'
  | 'mt940'
  | 'mt942'
  | 'ofx'
  | 'csv';

export interface ParsedBalance {
  /** Signed, as the transactions: a debit balance is negative. */
  amount: string;
  date: string;
}

export interface ParsedTransaction {
  bookingDate: string;
  valueDate: string | null;
  amount: string;
  /** ISO 4217; the statement's currency when the transaction does not name one. */
  currency: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** The counterparty's account when it is not an IBAN (a Belgian 12-digit number, a PayPal e-mail…). */
  counterpartyAccount: string | null;
  counterpartyBic: string | null;
  /**
   * The structured reference, normalised: a Belgian structured communication as its 12 digits
   * ("010806817183", from "+++010/8068/17183+++" or CODA's type-101 communication), or an ISO 11649
   * creditor reference upper case without spaces ("RF18539007547034"). Null when the transaction has
   * none (a structured reference of another kind stays in the free text).
   */
  structuredReference: string | null;
  /** The free remittance text (unstructured communication), null when none. */
  remittanceText: string | null;
  /** The bank's own reference of the transaction (camt AcctSvcrRef, CODA bank reference, MT940 :61: reference, OFX FITID). */
  bankReference: string | null;
  /** The end-to-end id the payer gave (SEPA EndToEndId), when the format carries one; "NOTPROVIDED" is null. */
  endToEndId: string | null;
  /** The bank's transaction code as the format writes it (camt Domn/Fmly/SubFmlyCd or Prtry, CODA family code, MT940 GVC/type, OFX TRNTYPE). */
  bankTransactionCode: string | null;
  /** Where the transaction is in the file: "line 14" for text formats, an element path for XML. */
  position: string;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** The account the statement is for: an IBAN (normalised) when the file gives one. */
  accountIban: string | null;
  /** The account as written when it is not an IBAN (or alongside a missing IBAN). */
  accountNumber: string | null;
  accountBic: string | null;
  /** ISO 4217 of the account. */
  currency: string | null;
  /** The statement's own id or sequence number as the file gives it (camt Id / ElctrncSeqNb, CODA statement number, MT940 :28C:). */
  statementId: string | null;
  /** The period covered, when the file says (else the first and last booking dates may stand in: the service decides). */
  fromDate: string | null;
  toDate: string | null;
  openingBalance: ParsedBalance | null;
  closingBalance: ParsedBalance | null;
  transactions: ParsedTransaction[];
  /** Where the statement starts in the file ("line 1", an element path). */
  position: string;
  /**
   * What is wrong with the statement without making it unreadable (balances that do not add up, a
   * trailer that counts otherwise): it is imported and the warnings are shown with it, so the user
   * can check it with the bank instead of being left with nothing.
   */
  warnings?: StatementWarning[];
}

/** As StatementFormatError, but for a statement still imported. */
export interface StatementWarning {
  template: string;
  params: Record<string, string | number>;
  position: string;
}

/**
 * A file that is not a valid statement of its format: the message is an English template catalogued
 * in src/shared/messages/ (translated for the API's problem+json), its `{name}` placeholders filled
 * from `params`; `position` names where in the file ("line 12", "line 12, column 40",
 * "/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt").
 */
export class StatementFormatError extends Error {
  constructor(
    readonly template: string,
    readonly params: Record<string, string | number>,
    readonly position: string,
  ) {
    super(`${position}: ${template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`))}`);
    this.name = 'StatementFormatError';
  }
}

/**
 * A parser: reads the file as it arrives (chunks of a stream; a whole Buffer is one chunk), so a
 * large file is never held whole in memory as text, and yields each statement once complete.
 * Throws StatementFormatError on the first fault (the caller then stores nothing of the file).
 */
export type StatementParser = (source: AsyncIterable<Buffer>) => AsyncGenerator<ParsedStatement>;
