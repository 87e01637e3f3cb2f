import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { formatRate, vatLabel } from '../catalog/catalog-format';
import { isStatusKey } from '../documents/kinds';
import { statusLabel } from '../documents/status-label';
import type { Subject } from './subjects';

/** One line of an entry's details: a label in the user's language and a value to show or a link. */
export type DetailValue = { kind: 'text'; text: string } | { kind: 'subject'; subject: Subject };
export interface Detail {
  key: string;
  label: string;
  value: DetailValue;
}

/** Context a value needs to read well: the company's currency and country for money and VAT. */
export interface DetailContext {
  action: string;
  currency?: string | undefined;
  country?: string | undefined;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Keys the catalog names (`audit.keys.*`); any other key is humanised from its spelling. */
const KNOWN_KEYS = [
  'value',
  'from',
  'to',
  'recipients',
  'number',
  'fields',
  'sku',
  'name',
  'rates',
  'invoiceId',
  'creditNoteId',
  'creditNote',
  'documentId',
  'contactId',
  'productId',
  'importId',
  'invitationId',
  'mailId',
  'messageId',
  'userId',
  'level',
  'title',
  'amountDue',
  'subject',
  'error',
  'permanent',
  'by',
  'email',
  'comment',
  'ip',
  'via',
  'role',
  'language',
  'smtp',
  'sender',
  'kind',
  'filename',
  'rows',
  'created',
  'updated',
  'skipped',
  'type',
  'mode',
  'source',
  'amount',
  'currency',
  'date',
  'reference',
  'invoices',
  'paymentId',
  'method',
] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];
const isKnownKey = (k: string): k is KnownKey => (KNOWN_KEYS as readonly string[]).includes(k);

/** Values the catalog names (`audit.values.*`): modes, origins, import kinds. */
const KNOWN_VALUES = [
  'full',
  'deposit',
  'final',
  'lines',
  'amount',
  'public_page',
  'contacts',
  'products',
] as const;
type KnownValue = (typeof KNOWN_VALUES)[number];
const isKnownValue = (v: string): v is KnownValue => (KNOWN_VALUES as readonly string[]).includes(v);

const ROLES = ['owner', 'admin', 'accountant', 'sales', 'readonly'] as const;
const isRole = (v: string): v is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(v);
const LANGUAGES = ['fr', 'nl', 'en'] as const;
const isLanguage = (v: string): v is (typeof LANGUAGES)[number] =>
  (LANGUAGES as readonly string[]).includes(v);

const DOCUMENT_KINDS = ['quote', 'order', 'invoice', 'credit_note'] as const;
/** "quote.send" → quote: a document event's action starts with the document's kind. */
function documentKindOf(action: string): (typeof DOCUMENT_KINDS)[number] | undefined {
  const prefix = action.split('.')[0] ?? '';
  return DOCUMENT_KINDS.find((k) => k === prefix);
}

/** Keys holding money as a decimal string. */
const MONEY_KEYS = /^(amount|total|balance|paid|due)|Amount$|Due$|Total$/;

/** "vatNumber" → "Vat number", "created_count" → "Created count": an unknown key still reads as words. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

function keyLabel(t: TFunction, key: string): string {
  return isKnownKey(key) ? t(`audit.keys.${key}`) : humanizeKey(key);
}

/** A changed field's name, as the forms call it when the catalog knows it. */
function fieldLabel(t: TFunction, field: string): string {
  return isKnownKey(field) ? t(`audit.keys.${field}`) : humanizeKey(field);
}

function scalarText(t: TFunction, key: string, value: unknown, ctx: DetailContext): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? t('audit.values.yes') : t('audit.values.no');
  if (typeof value === 'number') return new Intl.NumberFormat().format(value);
  if (typeof value !== 'string') return null;
  // An id nothing resolved (a deleted reminder, a purged mail) says nothing to a person.
  if (UUID.test(value)) return null;
  if (MONEY_KEYS.test(key) && DECIMAL.test(value) && ctx.currency) return formatMoney(value, ctx.currency);
  if (DATE.test(value)) return formatDate(value);
  if (INSTANT.test(value)) return formatDateTime(value);
  if (ctx.action.endsWith('role_changed') || key === 'role') {
    if (isRole(value)) return t(`roles.${value}.label`);
  }
  if (key === 'language' && isLanguage(value)) return t(`language.names.${value}`);
  if ((key === 'from' || key === 'to') && isStatusKey(value))
    return statusLabel(t, value, documentKindOf(ctx.action));
  if (isKnownValue(value)) return t(`audit.values.${value}`);
  return value;
}

function valueText(t: TFunction, key: string, value: unknown, ctx: DetailContext): string | null {
  if (Array.isArray(value)) {
    const parts = value.flatMap((v) => {
      if (key === 'fields' && typeof v === 'string') return [fieldLabel(t, v)];
      if (v && typeof v === 'object' && 'rate' in v && typeof v.rate === 'string') {
        const category = 'category' in v && typeof v.category === 'string' ? v.category : 'S';
        return [vatLabel({ rate: v.rate, category }, ctx.country)];
      }
      const text = scalarText(t, key, v, ctx);
      return text === null ? [] : [text];
    });
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    if ('rate' in value && typeof value.rate === 'string') return formatRate(value.rate);
    const parts = Object.entries(value).flatMap(([k, v]) => {
      const text = scalarText(t, k, v, ctx);
      return text === null ? [] : [t('audit.pair', { label: keyLabel(t, k), value: text })];
    });
    return parts.length > 0 ? parts.join(' · ') : null;
  }
  return scalarText(t, key, value, ctx);
}

/**
 * The key under which a value reads best. The stored names are the code's: a document event's `to`
 * is the new status but an e-mail's `to` its recipients, and a conversion's `from` the source
 * document's number, while mail settings' `from` is the sender's address.
 */
function displayKey(key: string, value: unknown, ctx: DetailContext): string {
  const isAddress = (v: unknown) => typeof v === 'string' && EMAIL.test(v);
  if (key === 'to' && (Array.isArray(value) || isAddress(value))) return 'recipients';
  if (key === 'from' && isAddress(value)) return 'sender';
  if (key === 'from' && typeof value === 'string' && !isStatusKey(value) && !isRole(value)) return 'source';
  if (key === 'type' && ctx.action.startsWith('invoice.')) return 'kind';
  return key;
}

/**
 * An audit entry's or a job's details as labelled values in the user's language: references as
 * subjects (links with a number or a name), statuses, roles, money and dates in words and formats,
 * unknown keys humanised. Never a raw key nor an id: a value that is only an unresolved id is left out,
 * and a number shown by a resolved reference is not repeated.
 */
export function describeDetails(
  t: TFunction,
  data: unknown,
  references: Record<string, Subject>,
  ctx: DetailContext,
): Detail[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const text = scalarText(t, 'value', data, ctx);
    return text === null
      ? []
      : [{ key: 'value', label: t('audit.keys.value'), value: { kind: 'text', text } }];
  }
  const entries = Object.entries(data as Record<string, unknown>);
  // A payment's amount carries its own currency; the company's is the default.
  const own = (data as Record<string, unknown>).currency;
  ctx = typeof own === 'string' && /^[A-Z]{3}$/.test(own) ? { ...ctx, currency: own } : ctx;
  const shownByReference = new Set(Object.values(references).map((s) => s.label));
  const details: Detail[] = [];
  for (const [key, value] of entries) {
    const subject = references[key];
    if (subject) {
      details.push({ key, label: keyLabel(t, key), value: { kind: 'subject', subject } });
      continue;
    }
    // `creditNote: "NC-2026-0001"` next to the resolved `creditNoteId`: one line, the link.
    if (
      typeof value === 'string' &&
      shownByReference.has(value) &&
      (key === 'creditNote' || key === 'number')
    )
      continue;
    // A status change from nothing (creation, an e-mail) has no "before".
    if (key === 'from' && value === null) continue;
    const text = valueText(t, key, value, ctx);
    if (text === null || UUID.test(text)) continue;
    const shown = displayKey(key, value, ctx);
    details.push({ key, label: keyLabel(t, shown), value: { kind: 'text', text } });
  }
  return details;
}
