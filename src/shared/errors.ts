/**
 * The one application error. Services throw it; the HTTP error handler turns it into RFC 9457
 * problem+json; jobs read `retryable` to decide between retry and dead-letter.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  totp_invalid: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  idempotency_in_progress: 409,
  email_taken: 409,
  already_member: 409,
  duplicate_vat: 409,
  duplicate_sku: 409,
  category_not_empty: 409,
  in_use: 409,
  document_frozen: 409,
  invalid_transition: 409,
  issue_date_order: 409,
  already_converted: 409,
  draft_pending: 409,
  reminder_exists: 409,
  already_sent: 409,
  already_exists: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rule_violation: 422,
  template_invalid: 422,
  render_timeout: 422,
  vat_rules: 422,
  einvoice_incomplete: 422,
  einvoice_invalid: 422,
  peppol_rejected: 422,
  credit_exceeds_remaining: 422,
  deposit_exceeds_total: 422,
  last_owner: 422,
  invitation_invalid: 422,
  email_unverified: 403,
  token_invalid: 422,
  rate_limited: 429,
  internal: 500,
  vat_lookup_unavailable: 503,
  peppol_unavailable: 503,
  vat_lookup_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** JSON-pointer-like path without leading slash: `lines/2/quantity`. */
  path: string;
  message: string;
  /**
   * The message in other languages, when it is not one of ours to translate by its English text:
   * an official e-invoice rule's text varies between rule releases, so it is translated by rule id
   * (platform/einvoice/rule-texts.ts). The error handler prefers these for the caller's language.
   */
  translations?: Partial<Record<'fr' | 'nl' | 'de', string>>;
}

type ProblemMember = 'type' | 'title' | 'status' | 'detail' | 'instance' | 'code' | 'errors' | 'retryable';

/** Extra members of a problem: any name but those of the problem itself (they would be overwritten). */
export type ProblemMeta = Record<string, string | number | boolean | null> & {
  [K in ProblemMember]?: never;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly retryable: boolean;
  /**
   * Extra problem members, e.g. `existingId` of the record a duplicate collides with. The members of
   * the problem itself (`type`, `title`, `status`, `detail`, `code`, `errors`…) cannot be used.
   */
  readonly meta: ProblemMeta;
  /**
   * Values of the `{name}` placeholders in the message and the field messages, filled in after
   * translation: the catalogue keys stay fixed (`'This format would print {number} again…'`).
   */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: {
      errors?: FieldError[];
      retryable?: boolean;
      meta?: ProblemMeta;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(fillPlaceholders(message, opts.params));
    this.name = 'AppError';
    this.code = code;
    this.errors = opts.errors ?? [];
    this.retryable = opts.retryable ?? false;
    this.meta = opts.meta ?? {};
    this.params = opts.params ?? {};
    this.template = message;
  }

  /** The message before its placeholders were filled: the key of its translations. */
  readonly template: string;

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** `{name}` placeholders replaced by their values; unknown ones are left as they are. */
export const fillPlaceholders = (text: string, params?: Readonly<Record<string, string | number>>): string =>
  params ? text.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all)) : text;

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (permission: string) =>
  new AppError('forbidden', `Your role does not allow this action (requires ${permission})`);
export const fieldError = (path: string, message: string, code: ErrorCode = 'validation_failed') =>
  new AppError(code, message, { errors: [{ path, message }] });
