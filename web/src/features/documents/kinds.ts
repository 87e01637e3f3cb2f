import type { ModuleKey } from '../../app/modules';
import type { DocumentKind } from './types';

/** The step out of draft (assigns the number and freezes the content), as the API names it. */
export type FinalizeAction = 'send' | 'confirm' | 'issue';

export interface KindConfig {
  kind: DocumentKind;
  /** Path segment, in the app and in the API. */
  segment: 'quotes' | 'orders' | 'invoices' | 'credit-notes';
  /** Key under `documents.kinds.*`. */
  key: 'quote' | 'order' | 'invoice' | 'creditNote';
  module: ModuleKey;
  statuses: readonly string[];
  read: string;
  write: string;
  finalize: { action: FinalizeAction; permission: string };
  /** The date column next to the issue date in the list. */
  dateColumn: 'validUntil' | 'dueDate' | null;
}

export const KINDS: Record<DocumentKind, KindConfig> = {
  quote: {
    kind: 'quote',
    segment: 'quotes',
    key: 'quote',
    module: 'quotes',
    statuses: ['draft', 'sent', 'accepted', 'declined', 'expired'],
    read: 'quotes.read',
    write: 'quotes.write',
    finalize: { action: 'send', permission: 'quotes.send' },
    dateColumn: 'validUntil',
  },
  order: {
    kind: 'order',
    segment: 'orders',
    key: 'order',
    module: 'orders',
    statuses: ['draft', 'confirmed', 'cancelled'],
    read: 'orders.read',
    write: 'orders.write',
    finalize: { action: 'confirm', permission: 'orders.write' },
    dateColumn: null,
  },
  invoice: {
    kind: 'invoice',
    segment: 'invoices',
    key: 'invoice',
    module: 'invoices',
    statuses: ['draft', 'issued', 'sent', 'partially_paid', 'paid', 'cancelled'],
    read: 'invoices.read',
    write: 'invoices.write',
    finalize: { action: 'issue', permission: 'invoices.issue' },
    dateColumn: 'dueDate',
  },
  credit_note: {
    kind: 'credit_note',
    segment: 'credit-notes',
    key: 'creditNote',
    module: 'creditNotes',
    statuses: ['draft', 'issued', 'sent'],
    read: 'invoices.read',
    write: 'credit_notes.write',
    finalize: { action: 'issue', permission: 'credit_notes.write' },
    dateColumn: null,
  },
};

export const DOCUMENT_KIND_LIST: readonly DocumentKind[] = ['quote', 'order', 'invoice', 'credit_note'];

export type StatusKey =
  | 'draft'
  | 'sent'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'confirmed'
  | 'cancelled'
  | 'issued'
  | 'partially_paid'
  | 'paid';

const STATUS_KEYS: readonly string[] = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'expired',
  'confirmed',
  'cancelled',
  'issued',
  'partially_paid',
  'paid',
];

export const isStatusKey = (s: string): s is StatusKey => STATUS_KEYS.includes(s);

/** One colour per status, the same in every list and page. */
export const STATUS_COLORS: Record<StatusKey, string> = {
  draft: 'gray',
  sent: 'blue',
  issued: 'indigo',
  accepted: 'teal',
  confirmed: 'teal',
  paid: 'green',
  partially_paid: 'yellow',
  declined: 'red',
  expired: 'orange',
  cancelled: 'gray',
};
