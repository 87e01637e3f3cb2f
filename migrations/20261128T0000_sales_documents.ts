import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

/**
 * Quotes, orders, invoices and credit notes share one table and one line model. Amounts are
 * integer minor units (exact SQL sums on both engines); quantities in thousandths, unit prices in
 * ten-thousandths, percentages in hundredths.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('companies')
    .addColumn('number_formats', 'text') // JSON {quote, order, invoice, credit_note}; null = defaults
    .execute();
  await db.schema
    .alterTable('companies')
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
  await db.schema
    .alterTable('companies')
    .addColumn('quote_validity_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
  await db.schema
    .alterTable('companies')
    .addColumn('vat_regime', 'text', (c) => c.notNull().defaultTo('standard'))
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Assigned at issue time inside the issuing transaction; drafts have none.
    .addColumn('number', 'text')
    .addColumn('sequence', 'integer')
    .addColumn('sequence_period', 'text')
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('source_id', 'text', (c) => c.references('documents.id'))
    .addColumn('billing_type', 'text', (c) => c.notNull().defaultTo('standard'))
    .addColumn('subject', 'text')
    .addColumn('buyer_reference', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('prices_include_vat', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vat_regime', 'text', (c) => c.notNull())
    .addColumn('discount_e2', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('delivery_date', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('payment_terms_days', 'integer')
    .addColumn('notes', 'text')
    .addColumn('conditions', 'text')
    .addColumn('payment_reference', 'text')
    .addColumn('line_net_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('allowance_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_exclusive_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('vat_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_inclusive_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('payable_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    // Invoices: what issued credit notes and payments took off the balance.
    .addColumn('credited_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    // Parties as they were when the document was issued (JSON); null on drafts.
    .addColumn('seller', 'text')
    .addColumn('buyer', 'text')
    // Tamper evidence: SHA-256 of the canonical content, chained to the company's previous document.
    .addColumn('content_hash', 'text')
    .addColumn('previous_hash', 'text')
    .addColumn('chain_index', 'integer')
    .addColumn('issued_at', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('documents_number_uq')
    .on('documents')
    .columns(['company_id', 'kind', 'number'])
    .unique()
    .where(sql.ref('number'), 'is not', null)
    .execute();
  // Latest issue date of a series (chronological numbering), only over numbered documents.
  await db.schema
    .createIndex('documents_issued_date_idx')
    .on('documents')
    .columns(['company_id', 'kind', 'issue_date'])
    .where(sql.ref('number'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('documents_chain_uq')
    .on('documents')
    .columns(['company_id', 'chain_index'])
    .unique()
    .where(sql.ref('chain_index'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('documents_list_date_idx')
    .on('documents')
    .columns(['company_id', 'kind', 'issue_date', 'id'])
    .execute();
  await db.schema
    .createIndex('documents_list_status_idx')
    .on('documents')
    .columns(['company_id', 'kind', 'status', 'issue_date', 'id'])
    .execute();
  // Overdue filters: invoices by due date (partial: writes to other documents skip it).
  await db.schema
    .createIndex('documents_due_idx')
    .on('documents')
    .columns(['company_id', 'due_date'])
    .where(sql.ref('kind'), '=', 'invoice')
    .execute();
  // The expiry job's candidates only: sent quotes by validity date.
  await db.schema
    .createIndex('documents_validity_idx')
    .on('documents')
    .columns(['valid_until'])
    .where(sql.ref('kind'), '=', 'quote')
    .where(sql.ref('status'), '=', 'sent')
    .execute();
  await db.schema
    .createIndex('documents_contact_idx')
    .on('documents')
    .columns(['company_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('documents_source_idx')
    .on('documents')
    .columns(['company_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('document_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.references('products.id'))
    // The line of the source document this line invoices or credits (quantities tracked per line).
    .addColumn('source_line_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity_e3', 'bigint', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('unit_price_e4', 'bigint', (c) => c.notNull())
    .addColumn('discount_e2', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vat_category', 'text', (c) => c.notNull())
    .addColumn('vat_rate', 'text', (c) => c.notNull())
    .addColumn('exemption_reason', 'text')
    .addColumn('net_minor', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_lines_document_idx')
    .on('document_lines')
    .columns(['company_id', 'document_id', 'position'])
    .execute();

  // VAT breakdown per document and rate group (BG-23), kept as rows for VAT reports.
  await db.schema
    .createTable('document_vat')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('taxable_minor', 'bigint', (c) => c.notNull())
    .addColumn('vat_minor', 'bigint', (c) => c.notNull())
    .addColumn('exemption_code', 'text')
    .addColumn('exemption_reason', 'text')
    .addPrimaryKeyConstraint('document_vat_pk', ['document_id', 'category', 'rate'])
    .execute();

  // Status history of each document (its timeline); the audit log records the same actions.
  await db.schema
    .createTable('document_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('data', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_events_document_idx')
    .on('document_events')
    .columns(['company_id', 'document_id', 'at'])
    .execute();

  // Gapless counters: one row per company, document kind and period (year, or "all").
  await db.schema
    .createTable('number_sequences')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_sequences_pk', ['company_id', 'kind', 'period'])
    .execute();

  // Head of each company's hash chain; updating it serializes issuing within the company.
  await db.schema
    .createTable('document_chain')
    .addColumn('company_id', 'text', (c) => c.primaryKey().references('companies.id').onDelete('cascade'))
    .addColumn('last_index', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
