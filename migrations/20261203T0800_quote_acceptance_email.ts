import type { MigrationDb } from './helpers.js';

/**
 * The customer who accepts a quote on its public page may leave an e-mail address beside the name
 * they type: with the instant, what the quote's page shows as who accepted it. Answers recorded
 * before have none (NULL).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('quote_responses').addColumn('email', 'text').execute();
}
