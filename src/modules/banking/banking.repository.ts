import { type Selectable, sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import type {
  BankAccountsTable,
  BankImportsTable,
  BankMatchesTable,
  BankStatementsTable,
  BankTransactionsTable,
} from '../../platform/db/schema.js';
import type { Cursor } from '../../shared/pagination.js';

export type BankAccountRow = Selectable<BankAccountsTable> & {
  movement_minor: number | string | null;
  transaction_count: number | string;
  last_transaction_date: string | null;
  last_closing_minor: number | string | null;
  last_closing_date: string | null;
};

/** Accounts with their balance and latest statement, each figure one indexed aggregate. */
function accountsQuery(db: DbOrTx, companyId: string) {
  return db
    .selectFrom('bank_accounts as a')
    .selectAll('a')
    .select((eb) => [
      eb
        .selectFrom('bank_transactions as t')
        .select((e) => e.fn.sum<number | string>('t.amount_minor').as('s'))
        .whereRef('t.company_id', '=', 'a.company_id')
        .whereRef('t.account_id', '=', 'a.id')
        .where((e) =>
          e.or([e('a.opening_date', 'is', null), e('t.booking_date', '>=', e.ref('a.opening_date'))]),
        )
        .as('movement_minor'),
      eb
        .selectFrom('bank_transactions as t')
        .select((e) => e.fn.countAll<number | string>().as('c'))
        .whereRef('t.company_id', '=', 'a.company_id')
        .whereRef('t.account_id', '=', 'a.id')
        .as('transaction_count'),
      eb
        .selectFrom('bank_transactions as t')
        .select((e) => e.fn.max('t.booking_date').as('d'))
        .whereRef('t.company_id', '=', 'a.company_id')
        .whereRef('t.account_id', '=', 'a.id')
        .as('last_transaction_date'),
      eb
        .selectFrom('bank_statements as s')
        .select('s.closing_minor')
        .whereRef('s.company_id', '=', 'a.company_id')
        .whereRef('s.account_id', '=', 'a.id')
        .orderBy('s.closing_date', 'desc')
        .orderBy('s.created_at', 'desc')
        .limit(1)
        .as('last_closing_minor'),
      eb
        .selectFrom('bank_statements as s')
        .select('s.closing_date')
        .whereRef('s.company_id', '=', 'a.company_id')
        .whereRef('s.account_id', '=', 'a.id')
        .orderBy('s.closing_date', 'desc')
        .orderBy('s.created_at', 'desc')
        .limit(1)
        .as('last_closing_date'),
    ])
    .where('a.company_id', '=', companyId);
}

export async function listAccounts(
  db: DbOrTx,
  p: { companyId: string; archived?: boolean },
): Promise<BankAccountRow[]> {
  let q = accountsQuery(db, p.companyId);
  if (p.archived !== undefined) q = q.where('a.archived_at', p.archived ? 'is not' : 'is', null);
  return (await q.orderBy('a.name').orderBy('a.id').execute()) as BankAccountRow[];
}

export async function findAccount(
  db: DbOrTx,
  p: { companyId: string; accountId: string },
): Promise<BankAccountRow | undefined> {
  return (await accountsQuery(db, p.companyId).where('a.id', '=', p.accountId).executeTakeFirst()) as
    | BankAccountRow
    | undefined;
}

export async function findAccountByIban(
  db: DbOrTx,
  p: { companyId: string; iban: string },
): Promise<Selectable<BankAccountsTable> | undefined> {
  return db
    .selectFrom('bank_accounts')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('iban', '=', p.iban)
    .executeTakeFirst();
}

export async function accountsOf(
  db: DbOrTx,
  p: { companyId: string },
): Promise<Selectable<BankAccountsTable>[]> {
  return db.selectFrom('bank_accounts').selectAll().where('company_id', '=', p.companyId).execute();
}

export async function insertAccount(db: DbOrTx, row: BankAccountsTable): Promise<void> {
  await db.insertInto('bank_accounts').values(row).execute();
}

export async function updateAccount(
  db: DbOrTx,
  p: { companyId: string; accountId: string; set: Partial<BankAccountsTable> },
): Promise<void> {
  await db
    .updateTable('bank_accounts')
    .set(p.set)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.accountId)
    .execute();
}

export async function insertImport(db: DbOrTx, row: BankImportsTable): Promise<void> {
  await db.insertInto('bank_imports').values(row).execute();
}

export async function setImportAdded(
  db: DbOrTx,
  p: { companyId: string; importId: string; added: number },
): Promise<void> {
  await db
    .updateTable('bank_imports')
    .set({ added_count: p.added })
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .execute();
}

export async function insertStatement(db: DbOrTx, row: BankStatementsTable): Promise<void> {
  await db.insertInto('bank_statements').values(row).execute();
}

/**
 * Inserts the transactions the account does not have yet (by identity) and returns how many were
 * new: the unique key decides, so two imports of one file at the same moment add them once.
 */
export async function insertTransactions(db: DbOrTx, rows: BankTransactionsTable[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('bank_transactions')
    .values(rows)
    .onConflict((oc) => oc.columns(['company_id', 'account_id', 'identity']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export type BankTransactionRow = Selectable<BankTransactionsTable>;

/** Newest booking first, keyset on (booking_date, id). */
export async function listTransactions(
  db: DbOrTx,
  p: {
    companyId: string;
    accountId?: string;
    from?: string;
    to?: string;
    direction?: 'in' | 'out';
    q?: string;
    cursor?: Cursor;
    limit: number;
  },
): Promise<BankTransactionRow[]> {
  let q = db.selectFrom('bank_transactions as t').selectAll('t').where('t.company_id', '=', p.companyId);
  if (p.accountId) q = q.where('t.account_id', '=', p.accountId);
  if (p.from) q = q.where('t.booking_date', '>=', p.from);
  if (p.to) q = q.where('t.booking_date', '<=', p.to);
  if (p.direction) q = q.where('t.amount_minor', p.direction === 'in' ? '>' : '<', 0);
  if (p.q) {
    const like = `%${p.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = p.q.replace(/[^0-9]/g, '');
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(t.counterparty_name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(t.remittance_text)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(t.counterparty_iban)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(t.bank_reference)`, 'like', sql`${like} escape '\\'`),
        ...(digits.length === 12 ? [eb('t.structured_reference', '=', digits)] : []),
      ]),
    );
  }
  if (p.cursor) {
    const c = p.cursor;
    q = q.where((eb) =>
      eb.or([
        eb('t.booking_date', '<', c.createdAt),
        eb.and([eb('t.booking_date', '=', c.createdAt), eb('t.id', '<', c.id)]),
      ]),
    );
  }
  return q
    .orderBy('t.booking_date', 'desc')
    .orderBy('t.id', 'desc')
    .limit(p.limit + 1)
    .execute();
}

/** An import's incoming transactions with a structured reference and no match yet, and who imported them. */
export async function unmatchedReferencedTransactions(
  db: DbOrTx,
  p: { companyId: string; importId: string },
): Promise<{
  actorId: string | null;
  transactions: Array<BankTransactionRow & { structured_reference: string }>;
}> {
  const imported = await db
    .selectFrom('bank_imports')
    .select('created_by')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('bank_transactions as t')
    .selectAll('t')
    .where('t.company_id', '=', p.companyId)
    .where('t.import_id', '=', p.importId)
    .where('t.amount_minor', '>', 0)
    .where('t.structured_reference', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('bank_matches as m')
            .select('m.id')
            .whereRef('m.company_id', '=', 't.company_id')
            .whereRef('m.transaction_id', '=', 't.id'),
        ),
      ),
    )
    .orderBy('t.booking_date')
    .orderBy('t.id')
    .execute();
  return {
    actorId: imported?.created_by ?? null,
    transactions: rows.filter(
      (r): r is BankTransactionRow & { structured_reference: string } => !!r.structured_reference,
    ),
  };
}

export async function insertMatch(db: DbOrTx, row: BankMatchesTable): Promise<void> {
  await db.insertInto('bank_matches').values(row).execute();
}
