import type { MigrationDb } from './helpers.js';

/**
 * What an invoice or credit note e-mail carries: the plain PDF, or the Factur-X PDF (the same pages
 * as PDF/A-3 with the EN 16931 CII XML inside, which French buyers' software reads). Null: the
 * default of the company's country (Factur-X in France, the plain PDF elsewhere).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('companies').addColumn('mail_attachment_format', 'text').execute();
}
