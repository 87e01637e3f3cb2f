/**
 * Row types of every table, shared by both engines. Conventions that keep one set of migrations
 * dialect-neutral: ids are text (uuid v7), instants are ISO-8601 UTC text (sortable), booleans are
 * integers 0/1, JSON is text, binary is blob/bytea, money is integer minor units (bigint).
 */
import type { ColumnType } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  language: string;
  totp_secret: string | null;
  totp_enabled: number;
  created_at: string;
  updated_at: string;
  /** When the owner of `email` proved it (opened a mailed link); null until then. */
  email_verified_at: string | null;
  /** The last 30-second TOTP step whose code was accepted: older and equal steps are refused. */
  totp_last_step: number | null;
}

export interface EmailVerificationsTable {
  /** sha256 of the mailed token. */
  id: string;
  user_id: string;
  /** The address the link was mailed to: it verifies only while the account still has it. */
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  /** Epoch milliseconds at which the window ends and the count restarts. */
  reset_at: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface CompaniesTable {
  id: string;
  name: string;
  legal_name: string | null;
  country: string;
  vat_number: string | null;
  enterprise_number: string | null;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  address_country: string | null;
  email: string | null;
  phone: string | null;
  iban: string | null;
  bic: string | null;
  currency: string;
  timezone: string;
  payment_reference_kind: string;
  logo: Buffer | null;
  logo_mime: string | null;
  /** JSON array of offered VAT rates (`{rate, category}`), null for the whole country table. */
  vat_rates: string | null;
  /** JSON `{quote, order, invoice, credit_note}` number formats; null for the defaults. */
  number_formats: string | null;
  payment_terms_days: number;
  quote_validity_days: number;
  vat_regime: string;
  pdf_template: string;
  accent_color: string | null;
  created_at: string;
  updated_at: string;
  /** 1 for a company of the demo seed: its mail stays in the local outbox. */
  demo: number;
  /** `pdf` or `facturx` for invoice and credit note e-mails; null: the country's default. */
  mail_attachment_format: string | null;
}

export interface MembershipsTable {
  company_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  company_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  company_id: string;
  user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  id: string;
  scope: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  content_type: string | null;
  created_at: string;
}

export interface JobsTable {
  id: string;
  company_id: string | null;
  name: string;
  payload: string;
  unique_key: string | null;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** JSON: what the run reports (a summary), or NULL. */
  result: string | null;
}

export interface JobSchedulesTable {
  name: string;
  next_run_at: string;
  last_run_at: string | null;
}

export interface MailOutboxTable {
  id: string;
  company_id: string | null;
  unique_key: string;
  to_addresses: string;
  cc_addresses: string | null;
  bcc_addresses: string | null;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  entity_type: string | null;
  entity_id: string | null;
  reply_to: string | null;
  /**
   * Live secrets of the message (invitation, password-reset and verification links), encrypted with
   * the installation's key; the bodies hold `[[secret:N]]` in their place. Null for ordinary mail.
   */
  secrets: ColumnType<string | null, string | null | undefined, string | null>;
  /** When its outcome was reported to the modules (hooks); null while that is still to do. */
  settled_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 while the message waits for its attachments: it is not delivered until they are in place. */
  attachments_pending: ColumnType<number, number | undefined, number>;
}

export interface MailAttachmentsTable {
  id: string;
  mail_id: string;
  position: number;
  filename: string;
  content_type: string;
  content: Buffer;
}

export interface MailTemplatesTable {
  company_id: string;
  document_kind: string;
  language: string;
  subject: string;
  body: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  company_id: string;
  is_customer: number;
  is_supplier: number;
  type: string;
  name: string;
  legal_name: string | null;
  vat_number: string | null;
  enterprise_number: string | null;
  /** JSON array of billing e-mail addresses. */
  emails: string;
  phone: string | null;
  website: string | null;
  language: string;
  payment_terms_days: number | null;
  currency: string | null;
  iban: string | null;
  bic: string | null;
  peppol_id: string | null;
  /** 'auto' | 'peppol' | 'email': how its invoices and credit notes are sent by default. */
  delivery_preference: string;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  delivery_line1: string | null;
  delivery_line2: string | null;
  delivery_postal_code: string | null;
  delivery_city: string | null;
  delivery_country: string | null;
  /** JSON array of tags. */
  tags: string;
  notes: string | null;
  archived: number;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface ContactPersonsTable {
  id: string;
  company_id: string;
  contact_id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  position: number;
}

export interface CategoriesTable {
  id: string;
  company_id: string;
  parent_id: string | null;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ProductsTable {
  id: string;
  company_id: string;
  kind: string;
  sku: string;
  unit_code: string;
  unit_price_e4: number;
  currency: string;
  vat_rate: string;
  vat_category: string;
  category_id: string | null;
  archived: number;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface ProductTextsTable {
  product_id: string;
  company_id: string;
  language: string;
  name: string;
  description: string | null;
}

export interface DocumentsTable {
  id: string;
  company_id: string;
  kind: string;
  status: string;
  number: string | null;
  sequence: number | null;
  sequence_period: string | null;
  contact_id: string | null;
  source_id: string | null;
  billing_type: string;
  subject: string | null;
  buyer_reference: string | null;
  language: string;
  currency: string;
  prices_include_vat: number;
  vat_regime: string;
  discount_e2: number;
  issue_date: string;
  due_date: string | null;
  delivery_date: string | null;
  valid_until: string | null;
  payment_terms_days: number | null;
  notes: string | null;
  conditions: string | null;
  payment_reference: string | null;
  /**
   * The value of the company's payment-reference counter the reference was made from (unique with
   * the company while set); null on drafts, on documents without a reference, and on references of
   * older versions that repeated an earlier one.
   */
  payment_reference_seq: number | null;
  /** Company currency units for one unit of the document's; null in the company's own currency. */
  exchange_rate: string | null;
  line_net_minor: number;
  allowance_minor: number;
  tax_exclusive_minor: number;
  vat_minor: number;
  tax_inclusive_minor: number;
  payable_minor: number;
  credited_minor: number;
  paid_minor: number;
  seller: string | null;
  buyer: string | null;
  content_hash: string | null;
  previous_hash: string | null;
  chain_index: number | null;
  issued_at: string | null;
  search_text: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentLinesTable {
  id: string;
  company_id: string;
  document_id: string;
  position: number;
  product_id: string | null;
  source_line_id: string | null;
  description: string;
  quantity_e3: number;
  unit_code: string;
  unit_price_e4: number;
  discount_e2: number;
  vat_category: string;
  vat_rate: string;
  exemption_reason: string | null;
  net_minor: number;
}

export interface DocumentVatTable {
  company_id: string;
  document_id: string;
  category: string;
  rate: string;
  taxable_minor: number;
  vat_minor: number;
  exemption_code: string | null;
  exemption_reason: string | null;
}

export interface DocumentEventsTable {
  id: string;
  company_id: string;
  document_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  user_id: string | null;
  data: string | null;
  at: string;
}

export interface NumberSequencesTable {
  company_id: string;
  kind: string;
  period: string;
  last_value: number;
  /** Issue date of the newest document numbered in this period (chronological numbering). */
  last_issue_date: string | null;
}

export interface DocumentChainTable {
  company_id: string;
  last_index: number;
  last_hash: string | null;
  updated_at: string;
  /** Every document of the company up to this chain index has had its PDF rendered (or tried). */
  pdf_index: ColumnType<number, number | undefined, number>;
  /** The company's payment-reference counter: never restarts, so a reference is never given twice. */
  last_payment_reference: ColumnType<number, number | undefined, number>;
}

export interface ImportsTable {
  id: string;
  company_id: string;
  /** `contacts` | `products`. */
  kind: string;
  /** `uploaded` → `queued` → `checking` → `saving` → `done` | `failed`. */
  status: string;
  filename: string | null;
  /** The file as uploaded; decoded with `encoding` on every read. */
  content: Buffer;
  encoding: string;
  delimiter: string;
  /** JSON arrays: the column headers and the first rows, as read with `encoding` and `delimiter`. */
  headers: string;
  preview: string;
  row_count: number;
  /** JSON `{field: column header}`, set by the commit. */
  mapping: string | null;
  /** JSON import options, e.g. `{existing: "update"}` for products. */
  options: string | null;
  /** Language of the messages the job writes (the caller's at commit). */
  language: string;
  /** Rows checked, then rows saved, in the current phase. */
  processed: number;
  created_count: number;
  updated_count: number;
  /** JSON `{code, detail, errorCount, errors[]}` when the commit stored nothing. */
  failure: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface PublicLinksTable {
  id: string;
  company_id: string;
  document_id: string;
  token: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface QuoteResponsesTable {
  id: string;
  company_id: string;
  document_id: string;
  response: string;
  name: string | null;
  /** Left on the public page beside the name (optional). */
  email: string | null;
  comment: string | null;
  ip: string | null;
  user_agent: string | null;
  link_id: string | null;
  at: string;
}

export interface NotificationsTable {
  id: string;
  company_id: string;
  type: string;
  entity_type: string | null;
  entity_id: string | null;
  data: string | null;
  created_at: string;
}

/** Each member's "read everything up to" instant, per company. */
export interface NotificationReadsTable {
  company_id: string;
  user_id: string;
  read_until: string;
}

export interface MailTransportsTable {
  company_id: string;
  smtp_url_encrypted: string;
  from_address: string;
  updated_at: string;
}

export interface DocumentPdfsTable {
  document_id: string;
  company_id: string;
  content: Buffer;
  sha256: string;
  template: string;
  created_at: string;
}

export interface RemindersTable {
  id: string;
  company_id: string;
  invoice_id: string;
  /** 1 first reminder, 2 second reminder, 3 formal notice. */
  level: number;
  language: string;
  currency: string;
  reminder_date: string;
  pay_by: string;
  days_late: number;
  amount_due_minor: number;
  fee_minor: number;
  /** 'created' | 'sent' */
  status: string;
  /** The letter, rendered once; null until the job queued by the automatic run (or a download) renders it. */
  pdf: Buffer | null;
  pdf_sha256: string | null;
  pdf_template: string;
  mail_id: string | null;
  created_by: string | null;
  created_at: string;
  sent_by: string | null;
  sent_at: string | null;
  /** 0, or the n-th repetition of the rules' last level. */
  repeat_index: number;
  interest_minor: number;
  damages_minor: number;
  /** 'email' | 'print' (the customer has no e-mail address: the "to print" list) */
  delivery: string;
  /** 'manual' | 'automatic' */
  origin: string;
  /**
   * 1 first reminder, 2 second reminder, 3 formal notice: decided when the reminder is made, from
   * the rules in force then (`toneOf`); its title, letter and message say it whatever the rules become.
   */
  tone: number;
}

export interface ReminderRulesTable {
  id: string;
  company_id: string;
  /** 'company', or the contact's id for a customer's override. */
  scope: string;
  contact_id: string | null;
  /** JSON: ReminderRules (modules/reminders/reminder-rules.ts). */
  rules: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ReminderPausesTable {
  id: string;
  company_id: string;
  invoice_id: string | null;
  contact_id: string | null;
  reason: string;
  paused_by: string | null;
  paused_at: string;
}

/** A reminder's fee invoice (one per reminder): the draft or issued invoice of its charges. */
export interface ReminderFeeInvoicesTable {
  id: string;
  company_id: string;
  reminder_id: string;
  invoice_id: string;
  created_by: string | null;
  created_at: string;
}

export interface PaymentsTable {
  id: string;
  company_id: string;
  contact_id: string;
  payment_date: string;
  amount_minor: number;
  currency: string;
  method: string;
  reference: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A part of a payment (`payment_id`) or of a free-standing credit note (`credit_note_id`) set against an invoice. */
export interface PaymentAllocationsTable {
  id: string;
  company_id: string;
  payment_id: string | null;
  credit_note_id: string | null;
  invoice_id: string;
  /** In the invoice's currency. */
  amount_minor: number;
  /** In the payment's (credit note's) currency. */
  source_amount_minor: number;
  exchange_rate: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PaymentRefundsTable {
  id: string;
  company_id: string;
  payment_id: string;
  refund_date: string;
  amount_minor: number;
  method: string;
  reference: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface RecurringProfilesTable {
  id: string;
  company_id: string;
  contact_id: string;
  name: string;
  status: string;
  currency: string;
  language: string | null;
  payment_terms_days: number | null;
  notes: string | null;
  /** JSON: RecurringLine[] */
  lines: string;
  /** JSON: Schedule */
  schedule: string;
  mode: string;
  issue_date_rule: string;
  last_period_start: string | null;
  next_run_at: string | null;
  failures: number;
  pause_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecurringRunsTable {
  id: string;
  company_id: string;
  profile_id: string;
  period_start: string;
  period_end: string;
  document_id: string | null;
  status: string;
  error: string | null;
  created_at: string;
}

/** A supplier's invoice or credit note (amounts in minor units of `currency`, positive for both kinds). */
export interface PurchaseInvoicesTable {
  id: string;
  company_id: string;
  supplier_id: string | null;
  kind: string;
  number: string | null;
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  line_net_minor: number;
  allowance_minor: number;
  charge_minor: number;
  tax_exclusive_minor: number;
  vat_minor: number;
  tax_inclusive_minor: number;
  prepaid_minor: number;
  rounding_minor: number;
  payable_minor: number;
  paid_minor: number;
  status: string;
  payment_reference: string | null;
  supplier_iban: string | null;
  supplier_bic: string | null;
  buyer_reference: string | null;
  order_reference: string | null;
  notes: string | null;
  source: string;
  syntax: string | null;
  search_text: string;
  approved_at: string | null;
  approved_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PurchaseInvoiceLinesTable {
  id: string;
  company_id: string;
  purchase_invoice_id: string;
  position: number;
  line_ref: string | null;
  description: string;
  quantity: string;
  unit_code: string | null;
  unit_price: string | null;
  net_minor: number;
  vat_category: string;
  vat_rate: string | null;
}

export interface PurchaseInvoiceVatTable {
  id: string;
  company_id: string;
  purchase_invoice_id: string;
  position: number;
  vat_category: string;
  vat_rate: string | null;
  taxable_minor: number;
  vat_minor: number;
  exemption_reason: string | null;
}

/** The original file of a purchase invoice, byte for byte as received. */
export interface PurchaseInvoiceFilesTable {
  purchase_invoice_id: string;
  company_id: string;
  content: Buffer;
  mime_type: string;
  filename: string;
  size: number;
  sha256: string;
  created_at: string;
}

export interface PurchasePaymentsTable {
  id: string;
  company_id: string;
  purchase_invoice_id: string;
  payment_date: string;
  amount_minor: number;
  method: string;
  reference: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PeppolSettingsTable {
  company_id: string;
  provider: string;
  base_url: string | null;
  /** Encrypted (platform/secrets.ts); never returned by the API. */
  api_key: string | null;
  peppol_id: string | null;
  registration_status: string;
  registration_error: string | null;
  registered_at: string | null;
  updated_at: string;
}

export interface PeppolParticipantsTable {
  company_id: string;
  peppol_id: string;
  reachable: number;
  /** JSON array of document type identifiers. */
  document_types: string;
  checked_at: string;
}

export interface PeppolMessagesTable {
  id: string;
  company_id: string;
  document_id: string;
  kind: string;
  seq: number;
  provider: string;
  receiver: string;
  message_id: string | null;
  status: string;
  error: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PeppolIncomingTable {
  id: string;
  company_id: string;
  provider: string;
  provider_message_id: string;
  status: 'pending' | 'imported' | 'duplicate' | 'refused';
  purchase_invoice_id: string | null;
  error: string | null;
  attempts: number;
  created_at: string;
  updated_at: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  companies: CompaniesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
  job_schedules: JobSchedulesTable;
  mail_outbox: MailOutboxTable;
  email_verifications: EmailVerificationsTable;
  rate_limits: RateLimitsTable;
  contacts: ContactsTable;
  contact_persons: ContactPersonsTable;
  categories: CategoriesTable;
  products: ProductsTable;
  product_texts: ProductTextsTable;
  imports: ImportsTable;
  documents: DocumentsTable;
  document_lines: DocumentLinesTable;
  document_vat: DocumentVatTable;
  document_events: DocumentEventsTable;
  number_sequences: NumberSequencesTable;
  document_chain: DocumentChainTable;
  public_links: PublicLinksTable;
  quote_responses: QuoteResponsesTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  mail_attachments: MailAttachmentsTable;
  mail_templates: MailTemplatesTable;
  mail_transports: MailTransportsTable;
  document_pdfs: DocumentPdfsTable;
  reminders: RemindersTable;
  reminder_rules: ReminderRulesTable;
  reminder_pauses: ReminderPausesTable;
  reminder_fee_invoices: ReminderFeeInvoicesTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  payment_refunds: PaymentRefundsTable;
  recurring_profiles: RecurringProfilesTable;
  recurring_runs: RecurringRunsTable;
  purchase_invoices: PurchaseInvoicesTable;
  purchase_invoice_lines: PurchaseInvoiceLinesTable;
  purchase_invoice_vat: PurchaseInvoiceVatTable;
  purchase_invoice_files: PurchaseInvoiceFilesTable;
  purchase_payments: PurchasePaymentsTable;
  peppol_settings: PeppolSettingsTable;
  peppol_participants: PeppolParticipantsTable;
  peppol_messages: PeppolMessagesTable;
  peppol_incoming: PeppolIncomingTable;
  bank_accounts: BankAccountsTable;
  bank_imports: BankImportsTable;
  bank_statements: BankStatementsTable;
  bank_transactions: BankTransactionsTable;
  bank_matches: BankMatchesTable;
}

export interface BankAccountsTable {
  id: string;
  company_id: string;
  name: string;
  iban: string | null;
  account_number: string | null;
  bic: string | null;
  currency: string;
  opening_balance_minor: number;
  opening_date: string | null;
  archived_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One statement file imported into an account. */
export interface BankImportsTable {
  id: string;
  company_id: string;
  account_id: string;
  format: string;
  file_name: string | null;
  sha256: string;
  size: number;
  statement_count: number;
  transaction_count: number;
  added_count: number;
  created_by: string | null;
  created_at: string;
}

export interface BankStatementsTable {
  id: string;
  company_id: string;
  account_id: string;
  import_id: string;
  statement_ref: string | null;
  from_date: string | null;
  to_date: string | null;
  opening_minor: number | null;
  opening_date: string | null;
  closing_minor: number | null;
  closing_date: string | null;
  transaction_count: number;
  /** JSON list of { template, params, position }: checks failed by a statement still imported. */
  warnings: string | null;
  created_at: string;
}

export interface BankTransactionsTable {
  id: string;
  company_id: string;
  account_id: string;
  /** Stable identity within the account (banking/transaction-identity.ts); unique with it. */
  identity: string;
  import_id: string | null;
  statement_id: string | null;
  booking_date: string;
  value_date: string | null;
  amount_minor: number;
  currency: string;
  counterparty_name: string | null;
  counterparty_iban: string | null;
  counterparty_account: string | null;
  counterparty_bic: string | null;
  structured_reference: string | null;
  remittance_text: string | null;
  bank_reference: string | null;
  end_to_end_id: string | null;
  bank_transaction_code: string | null;
  created_at: string;
}

/** What a bank transaction was reconciled with; one per transaction. */
export interface BankMatchesTable {
  id: string;
  company_id: string;
  transaction_id: string;
  payment_id: string | null;
  invoice_id: string | null;
  kind: 'auto' | 'manual';
  /** `structured_reference`, … */
  rule: string;
  /** JSON: what matched (the reference, the invoice number, the amounts). */
  evidence: string | null;
  created_by: string | null;
  created_at: string;
}
