import { binaryType, type MigrationDb } from './helpers.js';

/**
 * Documents sent by e-mail: each outbox message can name what it is about (its timeline shows it) and
 * carry attachments, stored with it so that what was sent is what is recorded. Companies edit the
 * message templates per kind of document and language.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('mail_outbox').addColumn('entity_type', 'text').execute();
  await db.schema.alterTable('mail_outbox').addColumn('entity_id', 'text').execute();
  await db.schema.alterTable('mail_outbox').addColumn('reply_to', 'text').execute();
  await db.schema
    .createIndex('mail_outbox_entity_idx')
    .on('mail_outbox')
    .columns(['company_id', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('mail_outbox_company_created_idx')
    .on('mail_outbox')
    .columns(['company_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('mail_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mail_id', 'text', (c) => c.notNull().references('mail_outbox.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content', binaryType(db), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_attachments_mail_idx')
    .on('mail_attachments')
    .columns(['mail_id'])
    .execute();

  await db.schema
    .createTable('mail_templates')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_templates_pk', ['company_id', 'document_kind', 'language'])
    .execute();
}
