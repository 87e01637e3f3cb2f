import type { MigrationDb } from './helpers.js';

/**
 * The exchange rate of a document in another currency than the company's: units of the company's
 * currency for one unit of the document's (USD invoice of a euro company → "0.92"). Its VAT is then
 * also stated in the company's currency (EN 16931 BT-6 / BT-111; Belgian law asks for the VAT in
 * euro). A decimal string, kept as written; null for a document in the company's currency.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('documents').addColumn('exchange_rate', 'text').execute();
}
