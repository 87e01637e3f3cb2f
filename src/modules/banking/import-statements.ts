import type { Selectable } from 'kysely';
import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { BankAccountsTable, BankTransactionsTable } from '../../platform/db/schema.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { AppError, fillPlaceholders } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor, toMinor } from '../../shared/money.js';
import type { CompanyAccess } from '../companies/index.js';
import { BANK_RECONCILE_JOB } from './banking.jobs.js';
import * as repo from './banking.repository.js';
import type { StatementImportOut, StatementImportQuery } from './banking.schema.js';
import { type ParsedStatement, StatementFormatError, statementParser } from './formats/index.js';
import { TransactionIdentities } from './transaction-identity.js';

type Account = Selectable<BankAccountsTable>;

/** Bytes handed to the parser at a time, with a turn of the event loop between two. */
const CHUNK = 256 * 1024;
/** Rows per INSERT (20 columns: well under SQLite's 32,766 parameters). */
const BATCH = 500;

async function* chunksOf(content: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += CHUNK) {
    if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    yield content.subarray(at, at + CHUNK);
  }
}

/** A format error as the API answers it: the position in the file as the field, nothing stored. */
function refused(e: StatementFormatError): AppError {
  return new AppError('validation_failed', e.template, {
    errors: [{ path: e.position, message: e.template }],
    params: e.params,
    meta: { position: e.position },
  });
}

const accountRefusal = (message: string, position: string, params: Record<string, string>) =>
  new AppError('rule_violation', message, {
    errors: [{ path: position, message }],
    params,
    meta: { position },
  });

/** The digits of an account number, to compare a domestic number with an IBAN's. */
const digitsOf = (v: string) => v.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/** Whether the statement's account is this account: by IBAN, else by the domestic number inside it. */
function isFor(statement: ParsedStatement, account: Account): boolean {
  if (statement.accountIban) return account.iban === statement.accountIban;
  const number = statement.accountNumber ? digitsOf(statement.accountNumber) : '';
  if (!number) return true;
  if (account.account_number && digitsOf(account.account_number) === number) return true;
  return !!account.iban && number.length >= 8 && account.iban.endsWith(number);
}

/** How the statement names its account, for messages. */
const accountLabel = (s: ParsedStatement) => s.accountIban ?? s.accountNumber ?? '?';

/**
 * Imports a statement file into the company's bank accounts: parsed whole first (a fault anywhere
 * refuses the file with its position, and nothing is stored), each statement checked to be for the
 * account named — or matched to one of the company's accounts by its IBAN — and in the account's
 * currency; then, in one transaction, the import, its statements and the transactions the accounts do
 * not have yet (by their stable identity: the same file twice, or overlapping statements, add nothing
 * twice, even two imports at the same moment).
 */
export async function importStatementFile(
  ctx: AppContext,
  actor: CompanyAccess,
  companyId: string,
  q: StatementImportQuery,
  content: Buffer,
): Promise<StatementImportOut> {
  const named = q.accountId
    ? await repo.findAccount(ctx.db, { companyId, accountId: q.accountId })
    : undefined;
  if (q.accountId && !named)
    throw new AppError('not_found', 'Bank account not found', {
      errors: [{ path: 'query/accountId', message: 'Bank account not found' }],
    });
  if (named?.archived_at)
    throw new AppError('rule_violation', 'The bank account is archived: it takes no more statements');

  if (content.length === 0)
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ path: 'body', message: 'The file is empty' }],
    });
  const { format, parse } = statementParser(content, { format: q.format, csvPreset: q.csvPreset });
  const statements: ParsedStatement[] = [];
  try {
    for await (const s of parse(chunksOf(content))) statements.push(s);
  } catch (e) {
    if (e instanceof StatementFormatError) throw refused(e);
    throw e;
  }
  if (statements.length === 0)
    throw new AppError('validation_failed', 'The file holds no statement', {
      errors: [{ path: 'body', message: 'The file holds no statement' }],
    });

  // Each statement to its account.
  const accounts = named ? [named] : await repo.accountsOf(ctx.db, { companyId });
  const groups = new Map<string, { account: Account; statements: ParsedStatement[] }>();
  for (const s of statements) {
    if (!named && !s.accountIban && !s.accountNumber)
      throw accountRefusal(
        'The file does not say which account it is for: choose the account (accountId)',
        s.position,
        {},
      );
    const account = named
      ? isFor(s, named)
        ? named
        : undefined
      : accounts.find((a) => a.archived_at === null && isFor(s, a));
    if (!account)
      throw named
        ? accountRefusal('This statement is for account {statementAccount}, not {account}', s.position, {
            statementAccount: accountLabel(s),
            account: named.iban ?? named.account_number ?? named.name,
          })
        : accountRefusal(
            'No bank account of the company is {statementAccount}: add it, or choose the account (accountId)',
            s.position,
            { statementAccount: accountLabel(s) },
          );
    if (s.currency && s.currency !== account.currency)
      throw accountRefusal(
        'This statement is in {currency}; the account is in {accountCurrency}',
        s.position,
        {
          currency: s.currency,
          accountCurrency: account.currency,
        },
      );
    const group = groups.get(account.id) ?? { account, statements: [] };
    group.statements.push(s);
    groups.set(account.id, group);
  }

  const now = nowIso(ctx.clock);
  const sha256 = sha256Hex(content);
  const out: StatementImportOut = { format, fileName: q.fileName ?? null, sha256, accounts: [] };
  await ctx.db.transaction().execute(async (trx) => {
    for (const { account, statements: list } of groups.values()) {
      const d = currencyDecimals(account.currency);
      const minor = (amount: string, position: string, field: string) => {
        try {
          return toMinor(amount, d);
        } catch {
          throw accountRefusal('The amount {amount} has more decimals than {currency} allows', position, {
            amount,
            currency: account.currency,
            field,
          });
        }
      };
      const importId = newId();
      const count = list.reduce((n, s) => n + s.transactions.length, 0);
      await repo.insertImport(trx, {
        id: importId,
        company_id: companyId,
        account_id: account.id,
        format,
        file_name: q.fileName ?? null,
        sha256,
        size: content.length,
        statement_count: list.length,
        transaction_count: count,
        added_count: 0,
        created_by: actor.userId,
        created_at: now,
      });
      const identities = new TransactionIdentities();
      let added = 0;
      let batch: BankTransactionsTable[] = [];
      for (const s of list) {
        const statementId = newId();
        await repo.insertStatement(trx, {
          id: statementId,
          company_id: companyId,
          account_id: account.id,
          import_id: importId,
          statement_ref: s.statementId,
          from_date: s.fromDate ?? s.transactions[0]?.bookingDate ?? null,
          to_date: s.toDate ?? s.transactions.at(-1)?.bookingDate ?? null,
          opening_minor: s.openingBalance
            ? minor(s.openingBalance.amount, s.position, 'openingBalance')
            : null,
          opening_date: s.openingBalance?.date ?? null,
          closing_minor: s.closingBalance
            ? minor(s.closingBalance.amount, s.position, 'closingBalance')
            : null,
          closing_date: s.closingBalance?.date ?? null,
          transaction_count: s.transactions.length,
          warnings: s.warnings?.length ? JSON.stringify(s.warnings) : null,
          created_at: now,
        });
        for (const t of s.transactions) {
          batch.push({
            id: newId(),
            company_id: companyId,
            account_id: account.id,
            identity: identities.next(t),
            import_id: importId,
            statement_id: statementId,
            booking_date: t.bookingDate,
            value_date: t.valueDate,
            amount_minor: minor(t.amount, t.position, 'amount'),
            currency: t.currency,
            counterparty_name: t.counterpartyName,
            counterparty_iban: t.counterpartyIban,
            counterparty_account: t.counterpartyAccount,
            counterparty_bic: t.counterpartyBic,
            structured_reference: t.structuredReference,
            remittance_text: t.remittanceText,
            bank_reference: t.bankReference,
            end_to_end_id: t.endToEndId,
            bank_transaction_code: t.bankTransactionCode,
            created_at: now,
          });
          if (batch.length >= BATCH) {
            added += await repo.insertTransactions(trx, batch);
            batch = [];
          }
        }
      }
      added += await repo.insertTransactions(trx, batch);
      await repo.setImportAdded(trx, { companyId, importId, added });
      if (added > 0)
        await enqueueJob(
          trx,
          now,
          BANK_RECONCILE_JOB,
          { companyId, importId },
          { companyId, uniqueKey: `bank-reconcile:${importId}` },
        );
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: 'bank_statement.imported',
        entityType: 'bank_account',
        entityId: account.id,
        data: { importId, format, fileName: q.fileName ?? null, sha256, transactions: count, added },
        at: now,
      });
      const dates = list.flatMap((s) => [s.fromDate, s.toDate, ...s.transactions.map((t) => t.bookingDate)]);
      const known = dates.filter((x): x is string => !!x).sort();
      const closing = [...list].reverse().find((s) => s.closingBalance)?.closingBalance;
      out.accounts.push({
        importId,
        accountId: account.id,
        statementCount: list.length,
        transactionCount: count,
        added,
        alreadyThere: count - added,
        fromDate: known[0] ?? null,
        toDate: known.at(-1) ?? null,
        closingBalance: closing ? fromMinor(minor(closing.amount, '', 'closingBalance'), d) : null,
        warnings: list.flatMap((s) =>
          (s.warnings ?? []).map((w) => ({
            position: w.position,
            message: fillPlaceholders(w.template, w.params),
            template: w.template,
            params: w.params,
          })),
        ),
      });
    }
  });
  return out;
}
