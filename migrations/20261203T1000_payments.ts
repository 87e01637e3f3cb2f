import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Payments received from customers, and what settles invoices:
 * - `payments`: money received (date, amount in its own currency, method, reference);
 * - `payment_allocations`: a part of a payment, or of a free-standing credit note, set against an
 *   invoice of the same customer. `amount_minor` is in the invoice's currency (what its balance
 *   loses), `source_amount_minor` in the payment's or credit note's (what it gives up); they differ
 *   only when an exchange rate converted one into the other, and the rate used is kept;
 * - `payment_refunds`: a part of a payment's unallocated remainder (the customer's credit) paid back.
 * An invoice's paid and credited amounts are sums over these rows, written to the documents' cache
 * columns in the transaction that changes them. Amounts are positive integers of minor units so that
 * SQL sums are exact on both engines.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('payment_date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payments_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint('payments_contact_fk', ['company_id', 'contact_id'], 'contacts', [
      'company_id',
      'id',
    ])
    .addCheckConstraint('payments_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema
    .createIndex('payments_company_created_idx')
    .on('payments')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('payments_company_date_idx')
    .on('payments')
    .columns(['company_id', 'payment_date', 'id'])
    .execute();
  await db.schema
    .createIndex('payments_company_contact_idx')
    .on('payments')
    .columns(['company_id', 'contact_id', 'payment_date'])
    .execute();

  await db.schema
    .createTable('payment_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('payment_id', 'text')
    .addColumn('credit_note_id', 'text')
    .addColumn('invoice_id', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('source_amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('exchange_rate', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payment_allocations_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint(
      'payment_allocations_payment_fk',
      ['company_id', 'payment_id'],
      'payments',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'payment_allocations_credit_note_fk',
      ['company_id', 'credit_note_id'],
      'documents',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'payment_allocations_invoice_fk',
      ['company_id', 'invoice_id'],
      'documents',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    // From a payment or from a credit note, never both or neither.
    .addCheckConstraint(
      'payment_allocations_one_source',
      sql`(payment_id is null) <> (credit_note_id is null)`,
    )
    .addCheckConstraint(
      'payment_allocations_amount_positive',
      sql`amount_minor > 0 and source_amount_minor > 0`,
    )
    .execute();
  await db.schema
    .createIndex('payment_allocations_invoice_idx')
    .on('payment_allocations')
    .columns(['company_id', 'invoice_id'])
    .execute();
  await db.schema
    .createIndex('payment_allocations_payment_idx')
    .on('payment_allocations')
    .columns(['company_id', 'payment_id'])
    .execute();
  await db.schema
    .createIndex('payment_allocations_credit_note_idx')
    .on('payment_allocations')
    .columns(['company_id', 'credit_note_id'])
    .execute();

  await db.schema
    .createTable('payment_refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('payment_id', 'text', (c) => c.notNull())
    .addColumn('refund_date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payment_refunds_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint(
      'payment_refunds_payment_fk',
      ['company_id', 'payment_id'],
      'payments',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('payment_refunds_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema
    .createIndex('payment_refunds_payment_idx')
    .on('payment_refunds')
    .columns(['company_id', 'payment_id'])
    .execute();
}
