import { sql } from 'kysely';
import type { MigrationDb } from './helpers.js';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('is_customer', 'integer', (c) => c.notNull())
    .addColumn('is_supplier', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_name', 'text')
    .addColumn('vat_number', 'text')
    .addColumn('enterprise_number', 'text')
    .addColumn('emails', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('website', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('payment_terms_days', 'integer')
    .addColumn('currency', 'text')
    .addColumn('iban', 'text')
    .addColumn('bic', 'text')
    .addColumn('peppol_id', 'text')
    .addColumn('address_line1', 'text')
    .addColumn('address_line2', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('delivery_line1', 'text')
    .addColumn('delivery_line2', 'text')
    .addColumn('delivery_postal_code', 'text')
    .addColumn('delivery_city', 'text')
    .addColumn('delivery_country', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    // Lower-cased, accent-free text of every searchable field: "Société" is found by "societe".
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contacts_company_created_idx')
    .on('contacts')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_company_name_idx')
    .on('contacts')
    .columns(['company_id', 'name', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_company_vat_uq')
    .on('contacts')
    .columns(['company_id', 'vat_number'])
    .unique()
    .where(sql.ref('vat_number'), 'is not', null)
    .execute();

  await db.schema
    .createTable('contact_persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_persons_contact_idx')
    .on('contact_persons')
    .columns(['company_id', 'contact_id', 'position'])
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('categories.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('categories_company_parent_idx')
    .on('categories')
    .columns(['company_id', 'parent_id'])
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    // Unit price excluding VAT in ten-thousandths (4 decimals, exact in SQL on both engines).
    .addColumn('unit_price_e4', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // VAT rate as a canonical decimal string ("21", "5.5"); category per UNCL5305.
    .addColumn('vat_rate', 'text', (c) => c.notNull())
    .addColumn('vat_category', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.references('categories.id'))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('products_company_sku_uq', ['company_id', 'sku'])
    .execute();
  await db.schema
    .createIndex('products_company_created_idx')
    .on('products')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('products_company_category_idx')
    .on('products')
    .columns(['company_id', 'category_id'])
    .execute();

  // Name and description per language; the product's default language row is required.
  await db.schema
    .createTable('product_texts')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('product_texts_pk', ['product_id', 'language'])
    .execute();
  await db.schema
    .createIndex('product_texts_company_idx')
    .on('product_texts')
    .columns(['company_id', 'product_id'])
    .execute();

  // The VAT rates a company offers, chosen from its country's table; null means all of them.
  await db.schema.alterTable('companies').addColumn('vat_rates', 'text').execute();
}
