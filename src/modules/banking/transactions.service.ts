import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.js';
import * as repo from './banking.repository.js';
import type { BankTransactionOut, TransactionListQuery } from './banking.schema.js';

export function transactionOut(r: repo.BankTransactionRow): BankTransactionOut {
  return {
    id: r.id,
    accountId: r.account_id,
    bookingDate: r.booking_date,
    valueDate: r.value_date,
    amount: fromMinor(Number(r.amount_minor), currencyDecimals(r.currency)),
    currency: r.currency,
    counterpartyName: r.counterparty_name,
    counterpartyIban: r.counterparty_iban,
    counterpartyAccount: r.counterparty_account,
    counterpartyBic: r.counterparty_bic,
    structuredReference: r.structured_reference,
    remittanceText: r.remittance_text,
    bankReference: r.bank_reference,
    endToEndId: r.end_to_end_id,
    bankTransactionCode: r.bank_transaction_code,
    importId: r.import_id,
    createdAt: r.created_at,
  };
}

/** Newest booking first, filtered; keyset pages on (booking date, id). */
export async function listBankTransactions(
  ctx: AppContext,
  companyId: string,
  q: TransactionListQuery,
): Promise<Page<BankTransactionOut>> {
  // A filter naming an account the company does not have is a reference not found, not an empty list.
  if (q.accountId && !(await repo.findAccount(ctx.db, { companyId, accountId: q.accountId })))
    throw new AppError('not_found', 'Bank account not found', {
      errors: [{ path: 'query/accountId', message: 'Bank account not found' }],
    });
  const rows = await repo.listTransactions(ctx.db, {
    companyId,
    accountId: q.accountId,
    from: q.from,
    to: q.to,
    direction: q.direction,
    q: q.q,
    cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(transactionOut),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ createdAt: last.booking_date, id: last.id }) : null,
  };
}
