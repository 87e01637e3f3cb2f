import type { Migration, MigrationProvider } from 'kysely';
import * as m20261127T2100 from './20261127T2100_foundation.js';
import * as m20261127T2215 from './20261127T2215_contacts_catalog.js';
import * as m20261127T2330 from './20261127T2330_contact_search_index.js';
import * as m20261128T0000 from './20261128T0000_sales_documents.js';
import * as m20261128T0100 from './20261128T0100_imports.js';
import * as m20261128T0200 from './20261128T0200_public_links.js';
import * as m20261128T0300 from './20261128T0300_document_mail.js';
import * as m20261128T0400 from './20261128T0400_mail_transports.js';
import * as m20261128T0500 from './20261128T0500_document_pdfs.js';
import * as m20261128T0700 from './20261128T0700_notification_reads.js';
import * as m20261128T0800 from './20261128T0800_reminders.js';
import * as m20261128T0900 from './20261128T0900_issuing_bookkeeping.js';
import * as m20261128T1000 from './20261128T1000_clustered_logs.js';
import * as m20261202T1000 from './20261202T1000_payment_reference_counter.js';
import * as m20261202T1100 from './20261202T1100_account_security.js';
import * as m20261202T1200 from './20261202T1200_normalised_logos.js';
import * as m20261202T1400 from './20261202T1400_company_keys.js';
import * as m20261203T0800 from './20261203T0800_quote_acceptance_email.js';
import * as m20261203T0900 from './20261203T0900_mail_settled.js';
import * as m20261203T1000 from './20261203T1000_payments.js';
import * as m20261203T1100 from './20261203T1100_reminder_rules.js';
import * as m20261203T1200 from './20261203T1200_reminder_letters.js';
import * as m20261203T1500 from './20261203T1500_reminder_fee_invoices.js';
import * as m20261203T1600 from './20261203T1600_recurring_profiles.js';
import * as m20261203T1700 from './20261203T1700_reminder_tone.js';
import * as m20261203T2000 from './20261203T2000_mail_attachment_format.js';
import * as m20261203T2020 from './20261203T2020_document_exchange_rate.js';
import * as m20261203T2100 from './20261203T2100_peppol.js';
import * as m20261203T2200 from './20261203T2200_purchase_invoices.js';
import * as m20261204T0820 from './20261204T0820_contact_delivery_preference.js';
import * as m20261204T0830 from './20261204T0830_peppol_incoming.js';
import * as m20261204T1900 from './20261204T1900_bank_accounts.js';

/**
 * Every migration, by timestamp name. Listed explicitly (not read from disk) so the same list works
 * from TypeScript sources and from the compiled build. Forward-only: never edit a landed migration.
 */
const migrations: Record<string, Migration> = {
  '20261127T2100_foundation': m20261127T2100,
  '20261127T2215_contacts_catalog': m20261127T2215,
  '20261127T2330_contact_search_index': m20261127T2330,
  '20261128T0000_sales_documents': m20261128T0000,
  '20261128T0100_imports': m20261128T0100,
  '20261128T0200_public_links': m20261128T0200,
  '20261128T0300_document_mail': m20261128T0300,
  '20261128T0400_mail_transports': m20261128T0400,
  '20261128T0500_document_pdfs': m20261128T0500,
  '20261128T0700_notification_reads': m20261128T0700,
  '20261128T0800_reminders': m20261128T0800,
  '20261128T0900_issuing_bookkeeping': m20261128T0900,
  '20261128T1000_clustered_logs': m20261128T1000,
  '20261202T1000_payment_reference_counter': m20261202T1000,
  '20261202T1100_account_security': m20261202T1100,
  '20261202T1200_normalised_logos': m20261202T1200,
  '20261202T1400_company_keys': m20261202T1400,
  '20261203T0800_quote_acceptance_email': m20261203T0800,
  '20261203T0900_mail_settled': m20261203T0900,
  '20261203T1000_payments': m20261203T1000,
  '20261203T1100_reminder_rules': m20261203T1100,
  '20261203T1200_reminder_letters': m20261203T1200,
  '20261203T1500_reminder_fee_invoices': m20261203T1500,
  '20261203T1600_recurring_profiles': m20261203T1600,
  '20261203T1700_reminder_tone': m20261203T1700,
  '20261203T2000_mail_attachment_format': m20261203T2000,
  '20261203T2020_document_exchange_rate': m20261203T2020,
  '20261203T2100_peppol': m20261203T2100,
  '20261203T2200_purchase_invoices': m20261203T2200,
  '20261204T0820_contact_delivery_preference': m20261204T0820,
  '20261204T0830_peppol_incoming': m20261204T0830,
  '20261204T1900_bank_accounts': m20261204T1900,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
