/**
 * Lifecycles of the four sales documents, in one place. Statuses are string unions; every change of
 * status goes through `transition`, which the services call and the tests walk exhaustively.
 */
export const DOCUMENT_KINDS = ['quote', 'order', 'invoice', 'credit_note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export const ORDER_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;
export const INVOICE_STATUSES = ['draft', 'issued', 'sent', 'partially_paid', 'paid', 'cancelled'] as const;
export const CREDIT_NOTE_STATUSES = ['draft', 'issued', 'sent'] as const;

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type CreditNoteStatus = (typeof CREDIT_NOTE_STATUSES)[number];
export type DocumentStatus = QuoteStatus | OrderStatus | InvoiceStatus | CreditNoteStatus;

export const STATUSES: Record<DocumentKind, readonly DocumentStatus[]> = {
  quote: QUOTE_STATUSES,
  order: ORDER_STATUSES,
  invoice: INVOICE_STATUSES,
  credit_note: CREDIT_NOTE_STATUSES,
};

/**
 * What a user (or a job) does to a document. `finalize` is the step out of draft that assigns the
 * number and freezes the content: "send" for a quote, "confirm" for an order, "issue" for an invoice
 * or credit note.
 */
export type DocumentAction =
  | 'finalize'
  | 'mark_sent'
  | 'accept'
  | 'decline'
  | 'expire'
  | 'cancel'
  | 'delivery_failed';

/**
 * Taken by the system only, never offered to a user: `delivery_failed` withdraws the "sent" that an
 * e-mail gave an invoice or credit note when that e-mail was refused for good (see delivery.service).
 */
const SYSTEM_ACTIONS: readonly DocumentAction[] = ['delivery_failed'];

type Table = Partial<Record<DocumentStatus, Partial<Record<DocumentAction, DocumentStatus>>>>;

const TRANSITIONS: Record<DocumentKind, Table> = {
  quote: {
    draft: { finalize: 'sent' },
    sent: { mark_sent: 'sent', accept: 'accepted', decline: 'declined', expire: 'expired' },
  },
  order: {
    draft: { finalize: 'confirmed' },
    confirmed: { cancel: 'cancelled' },
  },
  invoice: {
    draft: { finalize: 'issued' },
    issued: { mark_sent: 'sent' },
    sent: { mark_sent: 'sent', delivery_failed: 'issued' },
    partially_paid: { mark_sent: 'partially_paid' },
  },
  credit_note: {
    draft: { finalize: 'issued' },
    issued: { mark_sent: 'sent' },
    sent: { mark_sent: 'sent', delivery_failed: 'issued' },
  },
};

export type TransitionResult = { ok: true; to: DocumentStatus } | { ok: false; allowed: DocumentAction[] };

export function transition(
  kind: DocumentKind,
  from: DocumentStatus,
  action: DocumentAction,
): TransitionResult {
  const row = TRANSITIONS[kind][from] ?? {};
  const to = row[action];
  return to ? { ok: true, to } : { ok: false, allowed: allowedActions(kind, from) };
}

/** What a user may do to a document in this status. */
export const allowedActions = (kind: DocumentKind, from: DocumentStatus): DocumentAction[] =>
  (Object.keys(TRANSITIONS[kind][from] ?? {}) as DocumentAction[]).filter((a) => !SYSTEM_ACTIONS.includes(a));

/** Drafts are the only editable, deletable documents; everything else is frozen. */
export const isDraft = (status: DocumentStatus): boolean => status === 'draft';

/**
 * An issued invoice's status follows its balance: credit notes made of it, payments, and credit
 * notes of the customer applied to it reduce it. Fully credited without any settlement → cancelled
 * (the only way to cancel an invoice); nothing left to pay → paid; something settled → partially
 * paid; otherwise back to what it was before any payment: sent if it had been sent, else issued.
 * An applied credit note settles like a payment (the invoice is paid by it, not cancelled).
 */
export function invoiceStatusForBalance(p: {
  current: InvoiceStatus;
  payableMinor: number;
  /** Credit notes made of this invoice. */
  creditedMinor: number;
  paidMinor: number;
  /** Free-standing credit notes of the customer applied to this invoice. */
  appliedCreditMinor?: number;
  /** Whether the invoice was sent before it was paid (decides between sent and issued when nothing is settled). */
  wasSent?: boolean;
}): InvoiceStatus {
  if (p.current === 'draft') return 'draft';
  const settled = p.paidMinor + (p.appliedCreditMinor ?? 0);
  const balance = p.payableMinor - p.creditedMinor - settled;
  if (p.creditedMinor >= p.payableMinor && settled === 0 && p.payableMinor > 0) return 'cancelled';
  if (balance <= 0 && settled > 0) return 'paid';
  if (balance <= 0) return 'cancelled';
  if (settled > 0) return 'partially_paid';
  const sent = p.wasSent ?? (p.current === 'sent' || p.current === 'partially_paid');
  return sent ? 'sent' : 'issued';
}

/** Overdue is derived, never stored: open balance and due date before today (company time zone). */
export function isOverdue(p: { status: DocumentStatus; dueDate: string | null; today: string }): boolean {
  return (
    (p.status === 'issued' || p.status === 'sent' || p.status === 'partially_paid') &&
    p.dueDate !== null &&
    p.dueDate < p.today
  );
}

export const OPEN_INVOICE_STATUSES: InvoiceStatus[] = ['issued', 'sent', 'partially_paid'];
