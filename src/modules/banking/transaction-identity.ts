import { createHash } from 'node:crypto';
import type { ParsedTransaction } from './formats/types.js';

/**
 * The stable identity of a bank transaction within its account, the key that makes importing a file
 * twice, or two statements that overlap, add nothing twice (unique with the account in the database).
 *
 * It is what the bank says of the movement — booking date, amount, currency, the bank's reference,
 * the counterparty, the references and the text — plus its occurrence among movements saying exactly
 * the same on the same day in the same file: two identical €4.50 card payments on one day are two
 * transactions (occurrences 0 and 1), and a later statement repeating that day gives them the same
 * two identities again. The value date and the bank's transaction code are left out: some banks
 * restate them between an intraday report and the end-of-day statement.
 */
export function identityKey(t: ParsedTransaction): string {
  return JSON.stringify([
    t.bookingDate,
    t.amount,
    t.currency,
    t.bankReference ?? '',
    t.counterpartyIban ?? t.counterpartyAccount ?? '',
    t.counterpartyName?.toLowerCase() ?? '',
    t.structuredReference ?? '',
    t.endToEndId ?? '',
    (t.remittanceText ?? '').replace(/\s+/g, ' ').toLowerCase(),
  ]);
}

/** Gives each transaction of one file its identity, counting repeats of the same key in that file. */
export class TransactionIdentities {
  private readonly seen = new Map<string, number>();

  next(t: ParsedTransaction): string {
    const key = identityKey(t);
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}#${occurrence}`).digest('base64url');
  }
}
