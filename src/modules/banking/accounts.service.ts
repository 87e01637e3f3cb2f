import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db/constraints.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor, toMinor } from '../../shared/money.js';
import { type CompanyAccess, findCompany } from '../companies/index.js';
import * as repo from './banking.repository.js';
import type { BankAccountOut, CreateBankAccountInput, UpdateBankAccountInput } from './banking.schema.js';

const num = (v: number | string | null | undefined): number =>
  v === null || v === undefined ? 0 : Number(v);

export function accountOut(r: repo.BankAccountRow): BankAccountOut {
  const d = currencyDecimals(r.currency);
  return {
    id: r.id,
    name: r.name,
    iban: r.iban,
    accountNumber: r.account_number,
    bic: r.bic,
    currency: r.currency,
    openingBalance: fromMinor(num(r.opening_balance_minor), d),
    openingDate: r.opening_date,
    balance: fromMinor(num(r.opening_balance_minor) + num(r.movement_minor), d),
    transactionCount: num(r.transaction_count),
    lastTransactionDate: r.last_transaction_date,
    lastStatement:
      r.last_closing_date === null && r.last_closing_minor === null
        ? null
        : {
            closingBalance: r.last_closing_minor === null ? null : fromMinor(num(r.last_closing_minor), d),
            closingDate: r.last_closing_date,
          },
    archived: r.archived_at !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listBankAccounts(
  ctx: AppContext,
  companyId: string,
  q: { archived?: boolean },
): Promise<{ items: BankAccountOut[] }> {
  return { items: (await repo.listAccounts(ctx.db, { companyId, ...q })).map(accountOut) };
}

export async function getBankAccount(
  ctx: AppContext,
  companyId: string,
  accountId: string,
): Promise<BankAccountOut> {
  const row = await repo.findAccount(ctx.db, { companyId, accountId });
  if (!row) throw notFound('Bank account');
  return accountOut(row);
}

const ibanTaken = (iban: string) =>
  new AppError('already_exists', 'The company already has a bank account with this IBAN', {
    errors: [{ path: 'iban', message: 'The company already has a bank account with this IBAN' }],
    meta: { iban },
  });

/** Amounts in the account's currency: more decimals than it has are refused, not rounded. */
function minorOf(amount: string, currency: string, path: string): number {
  try {
    return toMinor(amount, currencyDecimals(currency));
  } catch {
    throw new AppError('validation_failed', 'At most {n} decimals in this currency', {
      errors: [{ path, message: 'At most {n} decimals in this currency' }],
      params: { n: currencyDecimals(currency) },
    });
  }
}

export async function createBankAccount(
  ctx: AppContext,
  actor: CompanyAccess,
  companyId: string,
  input: CreateBankAccountInput,
): Promise<BankAccountOut> {
  const currency = input.currency ?? (await findCompany(ctx.db, { companyId }))?.currency ?? 'EUR';
  const opening = minorOf(input.openingBalance, currency, 'openingBalance');
  const iban = input.iban ?? null;
  if (iban && (await repo.findAccountByIban(ctx.db, { companyId, iban }))) throw ibanTaken(iban);
  const now = nowIso(ctx.clock);
  const id = newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertAccount(trx, {
        id,
        company_id: companyId,
        name: input.name,
        iban,
        account_number: input.accountNumber ?? null,
        bic: input.bic ?? null,
        currency,
        opening_balance_minor: opening,
        opening_date: input.openingDate ?? null,
        archived_at: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      });
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: 'bank_account.created',
        entityType: 'bank_account',
        entityId: id,
        data: { name: input.name, iban },
        at: now,
      });
    });
  } catch (e) {
    // Two requests adding the same IBAN at once: the unique index decides.
    if (iban && isUniqueViolation(e)) throw ibanTaken(iban);
    throw e;
  }
  return getBankAccount(ctx, companyId, id);
}

export async function updateBankAccount(
  ctx: AppContext,
  actor: CompanyAccess,
  companyId: string,
  accountId: string,
  input: UpdateBankAccountInput,
): Promise<BankAccountOut> {
  const row = await repo.findAccount(ctx.db, { companyId, accountId });
  if (!row) throw notFound('Bank account');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateAccount(trx, {
      companyId,
      accountId,
      set: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.bic !== undefined ? { bic: input.bic } : {}),
        ...(input.openingBalance !== undefined
          ? { opening_balance_minor: minorOf(input.openingBalance, row.currency, 'openingBalance') }
          : {}),
        ...(input.openingDate !== undefined ? { opening_date: input.openingDate } : {}),
        ...(input.archived !== undefined
          ? { archived_at: input.archived ? (row.archived_at ?? now) : null }
          : {}),
        updated_at: now,
      },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'bank_account.updated',
      entityType: 'bank_account',
      entityId: accountId,
      data: { ...input },
      at: now,
    });
  });
  return getBankAccount(ctx, companyId, accountId);
}
