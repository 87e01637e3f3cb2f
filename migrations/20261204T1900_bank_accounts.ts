import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Banking, first part: the company's bank accounts, and the transactions their statements bring.
 * - `bank_accounts`: IBAN (unique per company among accounts that have one), BIC, currency, opening
 *   balance at a date; archived rather than deleted once transactions refer to it.
 * - `bank_imports`: one uploaded statement file (format, name, SHA-256, what it added).
 * - `bank_statements`: each statement of a file, with its balances as the bank gave them and the
 *   consistency checks it failed while still readable (`warnings`).
 * - `bank_transactions`: one booked movement. `identity` is the transaction's stable identity within
 *   its account (banking/transaction-identity.ts): the unique key (company, account, identity) is
 *   what makes importing a file twice, or two overlapping statements, add nothing twice, whatever
 *   the timing of two imports. Amounts are signed integer minor units (money in positive).
 * - `bank_matches`: what a transaction was reconciled with (the payment recorded from it and the
 *   invoice it settled), by which rule and evidence. One per transaction (unique): a reconciliation
 *   run twice, or by two workers at once, records one payment.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('bank_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('iban', 'text')
    .addColumn('account_number', 'text')
    .addColumn('bic', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('opening_balance_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('opening_date', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_accounts_company_id_id_key', ['company_id', 'id'])
    .addCheckConstraint('bank_accounts_identified', sql`iban is not null or account_number is not null`)
    .execute();
  await db.schema
    .createIndex('bank_accounts_company_iban_key')
    .on('bank_accounts')
    .columns(['company_id', 'iban'])
    .unique()
    .where(sql.ref('iban'), 'is not', null)
    .execute();

  await db.schema
    .createTable('bank_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('statement_count', 'integer', (c) => c.notNull())
    .addColumn('transaction_count', 'integer', (c) => c.notNull())
    .addColumn('added_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_imports_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint('bank_imports_account_fk', ['company_id', 'account_id'], 'bank_accounts', [
      'company_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('bank_imports_account_idx')
    .on('bank_imports')
    .columns(['company_id', 'account_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('bank_statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('statement_ref', 'text')
    .addColumn('from_date', 'text')
    .addColumn('to_date', 'text')
    .addColumn('opening_minor', 'bigint')
    .addColumn('opening_date', 'text')
    .addColumn('closing_minor', 'bigint')
    .addColumn('closing_date', 'text')
    .addColumn('transaction_count', 'integer', (c) => c.notNull())
    // JSON: the checks the statement failed while still readable (balances that do not add up).
    .addColumn('warnings', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_statements_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint('bank_statements_import_fk', ['company_id', 'import_id'], 'bank_imports', [
      'company_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('bank_statements_account_idx')
    .on('bank_statements')
    .columns(['company_id', 'account_id', 'closing_date'])
    .execute();

  await db.schema
    .createTable('bank_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('statement_id', 'text')
    .addColumn('booking_date', 'text', (c) => c.notNull())
    .addColumn('value_date', 'text')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('counterparty_name', 'text')
    .addColumn('counterparty_iban', 'text')
    .addColumn('counterparty_account', 'text')
    .addColumn('counterparty_bic', 'text')
    .addColumn('structured_reference', 'text')
    .addColumn('remittance_text', 'text')
    .addColumn('bank_reference', 'text')
    .addColumn('end_to_end_id', 'text')
    .addColumn('bank_transaction_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_transactions_company_id_id_key', ['company_id', 'id'])
    .addUniqueConstraint('bank_transactions_identity_key', ['company_id', 'account_id', 'identity'])
    .addForeignKeyConstraint('bank_transactions_account_fk', ['company_id', 'account_id'], 'bank_accounts', [
      'company_id',
      'id',
    ])
    .addForeignKeyConstraint('bank_transactions_import_fk', ['company_id', 'import_id'], 'bank_imports', [
      'company_id',
      'id',
    ])
    .addForeignKeyConstraint(
      'bank_transactions_statement_fk',
      ['company_id', 'statement_id'],
      'bank_statements',
      ['company_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('bank_transactions_account_date_idx')
    .on('bank_transactions')
    .columns(['company_id', 'account_id', 'booking_date', 'id'])
    .execute();
  await db.schema
    .createIndex('bank_transactions_company_date_idx')
    .on('bank_transactions')
    .columns(['company_id', 'booking_date', 'id'])
    .execute();
  await db.schema
    .createIndex('bank_transactions_reference_idx')
    .on('bank_transactions')
    .columns(['company_id', 'structured_reference'])
    .execute();

  await db.schema
    .createTable('bank_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('transaction_id', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text')
    .addColumn('invoice_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('auto', 'manual')`))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_matches_company_id_id_key', ['company_id', 'id'])
    .addUniqueConstraint('bank_matches_transaction_key', ['company_id', 'transaction_id'])
    .addForeignKeyConstraint(
      'bank_matches_transaction_fk',
      ['company_id', 'transaction_id'],
      'bank_transactions',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    // A payment deleted (undone) takes its match with it: the transaction is to reconcile again.
    .addForeignKeyConstraint(
      'bank_matches_payment_fk',
      ['company_id', 'payment_id'],
      'payments',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'bank_matches_invoice_fk',
      ['company_id', 'invoice_id'],
      'documents',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('bank_matches_invoice_idx')
    .on('bank_matches')
    .columns(['company_id', 'invoice_id'])
    .execute();
}
