import { sql } from 'kysely';
import { binaryType, type MigrationDb } from './helpers.js';

/**
 * Purchase invoices: the supplier's invoices and credit notes, entered by hand, from an uploaded PDF
 * or from an incoming e-invoice (UBL, CII, Factur-X).
 * - `purchase_invoices`: one per supplier document. Fields the document does not state (a plain PDF
 *   still to complete) are null. Amounts are integer minor units in `currency` so that SQL sums are
 *   exact on both engines; a credit note's amounts are positive, its `kind` says it reduces.
 *   UNIQUE (company, supplier, kind, number): the same supplier document is booked once.
 * - `purchase_invoice_lines` and `purchase_invoice_vat`: its lines and VAT breakdown (BG-23), rows.
 * - `purchase_invoice_files`: the original file as received, in its own table so that lists never
 *   load it; one per purchase invoice.
 * - `purchase_payments`: money paid to the supplier against one purchase invoice.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('purchase_invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('supplier_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('issue_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('line_net_minor', 'bigint', (c) => c.notNull())
    .addColumn('allowance_minor', 'bigint', (c) => c.notNull())
    .addColumn('charge_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_exclusive_minor', 'bigint', (c) => c.notNull())
    .addColumn('vat_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_inclusive_minor', 'bigint', (c) => c.notNull())
    .addColumn('prepaid_minor', 'bigint', (c) => c.notNull())
    .addColumn('rounding_minor', 'bigint', (c) => c.notNull())
    .addColumn('payable_minor', 'bigint', (c) => c.notNull())
    .addColumn('paid_minor', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payment_reference', 'text')
    .addColumn('supplier_iban', 'text')
    .addColumn('supplier_bic', 'text')
    .addColumn('buyer_reference', 'text')
    .addColumn('order_reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('syntax', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('purchase_invoices_company_id_id_key', ['company_id', 'id'])
    .addUniqueConstraint('purchase_invoices_supplier_number_key', [
      'company_id',
      'supplier_id',
      'kind',
      'number',
    ])
    .addForeignKeyConstraint('purchase_invoices_supplier_fk', ['company_id', 'supplier_id'], 'contacts', [
      'company_id',
      'id',
    ])
    .addCheckConstraint('purchase_invoices_kind', sql`kind in ('invoice', 'credit_note')`)
    .addCheckConstraint('purchase_invoices_status', sql`status in ('to_approve', 'to_pay', 'paid')`)
    .addCheckConstraint('purchase_invoices_source', sql`source in ('manual', 'upload', 'einvoice')`)
    .addCheckConstraint('purchase_invoices_paid', sql`paid_minor >= 0`)
    .execute();
  for (const [name, columns] of [
    ['purchase_invoices_company_created_idx', ['company_id', 'created_at', 'id']],
    ['purchase_invoices_company_status_due_idx', ['company_id', 'status', 'due_date']],
    ['purchase_invoices_company_supplier_idx', ['company_id', 'supplier_id']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('purchase_invoices')
      .columns([...columns])
      .execute();

  await db.schema
    .createTable('purchase_invoice_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('purchase_invoice_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('line_ref', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('unit_price', 'text')
    .addColumn('net_minor', 'bigint', (c) => c.notNull())
    .addColumn('vat_category', 'text', (c) => c.notNull())
    .addColumn('vat_rate', 'text')
    .addForeignKeyConstraint(
      'purchase_invoice_lines_invoice_fk',
      ['company_id', 'purchase_invoice_id'],
      'purchase_invoices',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('purchase_invoice_lines_invoice_idx')
    .on('purchase_invoice_lines')
    .columns(['company_id', 'purchase_invoice_id', 'position'])
    .execute();

  await db.schema
    .createTable('purchase_invoice_vat')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('purchase_invoice_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('vat_category', 'text', (c) => c.notNull())
    .addColumn('vat_rate', 'text')
    .addColumn('taxable_minor', 'bigint', (c) => c.notNull())
    .addColumn('vat_minor', 'bigint', (c) => c.notNull())
    .addColumn('exemption_reason', 'text')
    .addForeignKeyConstraint(
      'purchase_invoice_vat_invoice_fk',
      ['company_id', 'purchase_invoice_id'],
      'purchase_invoices',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('purchase_invoice_vat_invoice_idx')
    .on('purchase_invoice_vat')
    .columns(['company_id', 'purchase_invoice_id'])
    .execute();

  await db.schema
    .createTable('purchase_invoice_files')
    .addColumn('purchase_invoice_id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('content', binaryType(db), (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'purchase_invoice_files_invoice_fk',
      ['company_id', 'purchase_invoice_id'],
      'purchase_invoices',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('purchase_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('purchase_invoice_id', 'text', (c) => c.notNull())
    .addColumn('payment_date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('purchase_payments_company_id_id_key', ['company_id', 'id'])
    .addForeignKeyConstraint(
      'purchase_payments_invoice_fk',
      ['company_id', 'purchase_invoice_id'],
      'purchase_invoices',
      ['company_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint('purchase_payments_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema
    .createIndex('purchase_payments_invoice_idx')
    .on('purchase_payments')
    .columns(['company_id', 'purchase_invoice_id'])
    .execute();
}
