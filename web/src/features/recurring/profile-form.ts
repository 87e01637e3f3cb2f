import { Decimal } from '../../../../src/shared/money';
import { decimalToText, parseDecimal, withCents } from '../documents/decimal-text';
import { LIMITS, newLineKey, splitVat, vatKey } from '../documents/document-form';
import type { DocumentLanguage, SalesDocument } from '../documents/types';
import {
  type Frequency,
  type IssueDateRule,
  MONTH_BASED,
  type RecurringBody,
  type RecurringMode,
  type RecurringProfile,
  type Schedule,
} from './types';

export interface RecurringLineForm {
  /** React key; never sent. */
  key: string;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  /** `category|rate` */
  vat: string;
  followCatalogPrice: boolean;
}

/** How the periods pick their day of the month: the start date's, a day from 1 to 28, or the last. */
export type DayMode = 'start' | 'day' | 'last';
export type EndMode = 'never' | 'date' | 'count';

export interface ProfileForm {
  name: string;
  contactId: string | null;
  currency: string;
  /** '' = the customer's language. */
  language: DocumentLanguage | '';
  /** Text; '' = the customer's or the company's terms. */
  paymentTermsDays: string;
  notes: string;
  lines: RecurringLineForm[];
  frequency: Frequency;
  interval: number | string;
  dayMode: DayMode;
  dayOfMonth: string;
  startDate: string | null;
  endMode: EndMode;
  endDate: string | null;
  count: number | string;
  timeOfDay: string;
  timeZone: string;
  billing: Schedule['billing'];
  mode: RecurringMode;
  issueDateRule: IssueDateRule;
}

export const emptyRecurringLine = (vat: string): RecurringLineForm => ({
  key: newLineKey(),
  productId: null,
  description: '',
  quantity: decimalToText('1'),
  unitPrice: '',
  vat,
  followCatalogPrice: false,
});

/** The first day of the month after `today` (YYYY-MM-DD): where a new schedule starts by default. */
export function firstOfNextMonth(today: Date = new Date()): string {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function newProfileForm(p: {
  defaultVat: string;
  currency: string;
  timeZone: string;
  contactId?: string | null;
  today?: Date;
}): ProfileForm {
  return {
    name: '',
    contactId: p.contactId ?? null,
    currency: p.currency,
    language: '',
    paymentTermsDays: '',
    notes: '',
    lines: [emptyRecurringLine(p.defaultVat)],
    frequency: 'month',
    interval: 1,
    dayMode: 'day',
    dayOfMonth: '1',
    startDate: firstOfNextMonth(p.today),
    endMode: 'never',
    endDate: null,
    count: 12,
    timeOfDay: '08:00',
    timeZone: p.timeZone,
    billing: 'advance',
    mode: 'draft',
    issueDateRule: 'run_date',
  };
}

export function profileToForm(p: RecurringProfile): ProfileForm {
  const s = p.schedule;
  return {
    name: p.name,
    contactId: p.contactId,
    currency: p.currency,
    language: p.language ?? '',
    paymentTermsDays: p.paymentTermsDays === null ? '' : String(p.paymentTermsDays),
    notes: p.notes ?? '',
    lines: p.lines.map((l) => ({
      key: newLineKey(),
      productId: l.productId,
      description: l.description,
      quantity: decimalToText(l.quantity),
      unitPrice: decimalToText(l.unitPrice, 2),
      vat: vatKey(l.vatCategory, l.vatRate),
      followCatalogPrice: l.followCatalogPrice,
    })),
    frequency: s.frequency,
    interval: s.interval,
    dayMode: s.dayOfMonth === 'last' ? 'last' : s.dayOfMonth === undefined ? 'start' : 'day',
    dayOfMonth: typeof s.dayOfMonth === 'number' ? String(s.dayOfMonth) : '1',
    startDate: s.startDate,
    endMode: s.endDate ? 'date' : s.count ? 'count' : 'never',
    endDate: s.endDate ?? null,
    count: s.count ?? 12,
    timeOfDay: s.timeOfDay,
    timeZone: s.timeZone,
    billing: s.billing,
    mode: p.mode,
    issueDateRule: p.issueDateRule,
  };
}

const isZero = (v: string) => /^0(\.0*)?$/.test(v);

/**
 * The net unit price of an invoice line, VAT excluded, with the line's and the document's discounts
 * folded in: a profile holds neither (as `POST …/recurring-profiles/from-invoice` folds them).
 */
function netUnitPrice(line: SalesDocument['lines'][number], doc: SalesDocument): string {
  if (isZero(line.discountPercent) && isZero(doc.discountPercent) && !doc.pricesIncludeVat)
    return line.unitPrice;
  const quantity = new Decimal(line.quantity);
  if (quantity.isZero()) return line.unitPrice;
  return new Decimal(line.net)
    .times(new Decimal(100).minus(new Decimal(doc.discountPercent)))
    .dividedBy(100)
    .dividedBy(quantity)
    .toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
    .toFixed();
}

/** Whether making the invoice recurring folds discounts or VAT-inclusive prices into the unit prices. */
export const foldsPrices = (doc: SalesDocument): boolean =>
  doc.pricesIncludeVat || !isZero(doc.discountPercent) || doc.lines.some((l) => !isZero(l.discountPercent));

/** A new profile from an invoice ("Make recurring"): its customer, lines and texts, monthly from next month. */
export function invoiceToForm(
  doc: SalesDocument,
  p: { defaultVat: string; timeZone: string; name: string; today?: Date },
): ProfileForm {
  const base = newProfileForm({ ...p, currency: doc.currency, contactId: doc.contactId });
  return {
    ...base,
    name: p.name,
    language: doc.language,
    paymentTermsDays: doc.paymentTermsDays === null ? '' : String(doc.paymentTermsDays),
    notes: doc.notes ?? '',
    lines: doc.lines.map((l) => ({
      key: newLineKey(),
      productId: l.productId,
      description: l.description,
      quantity: decimalToText(l.quantity),
      unitPrice: decimalToText(netUnitPrice(l, doc), 2),
      vat: vatKey(l.vatCategory, l.vatRate),
      followCatalogPrice: false,
    })),
  };
}

const int = (v: number | string): number =>
  typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v.trim());

/**
 * A typed decimal as the API's string; a text that does not read as a number is sent as typed, so
 * the server's refusal names the field.
 */
function decimal(text: string, opts: { maxDecimals: number; allowNegative?: boolean }): string {
  const parsed = parseDecimal(text, opts);
  return parsed.ok ? parsed.value : text.trim();
}

/** The schedule as the API takes it (a missing start date is sent empty, for the server to name). */
export function toSchedule(f: ProfileForm): Schedule {
  const monthly = MONTH_BASED.has(f.frequency);
  return {
    frequency: f.frequency,
    interval: int(f.interval),
    ...(monthly && f.dayMode === 'last' ? { dayOfMonth: 'last' as const } : {}),
    ...(monthly && f.dayMode === 'day' ? { dayOfMonth: int(f.dayOfMonth) } : {}),
    startDate: f.startDate ?? '',
    endDate: f.endMode === 'date' ? f.endDate : null,
    count: f.endMode === 'count' ? int(f.count) : null,
    timeOfDay: f.timeOfDay,
    timeZone: f.timeZone,
    billing: f.billing,
  };
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** The POST body (a PATCH takes the same fields). */
export function toBody(f: ProfileForm): RecurringBody {
  const terms = f.paymentTermsDays.trim();
  return {
    contactId: f.contactId ?? '',
    name: f.name.trim(),
    currency: f.currency,
    language: f.language === '' ? null : f.language,
    paymentTermsDays: terms === '' ? null : int(terms),
    notes: text(f.notes),
    lines: f.lines.map((l) => {
      const vat = splitVat(l.vat);
      const price = decimal(l.unitPrice, LIMITS.unitPrice);
      return {
        description: l.description.trim(),
        quantity: decimal(l.quantity, LIMITS.quantity),
        unitPrice: /^-?\d+(\.\d+)?$/.test(price) ? withCents(price) : price,
        vatCategory: vat?.vatCategory ?? 'S',
        vatRate: vat?.vatRate ?? '',
        productId: l.productId,
        followCatalogPrice: l.productId !== null && l.followCatalogPrice,
      };
    }),
    schedule: toSchedule(f),
    mode: f.mode,
    issueDateRule: f.issueDateRule,
  };
}

/**
 * A server error path as the form field it is about: `schedule/endDate` → `endDate`,
 * `lines/0/vatRate` → `lines.0.vat`, `schedule/dayOfMonth` → `dayOfMonth`.
 */
export function errorField(path: string): string {
  const parts = path.replace(/^\/+/, '').split('/').filter(Boolean);
  if (parts[0] === 'schedule') return parts[1] ?? 'startDate';
  if (parts[0] === 'lines' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    let field = parts[2] ?? 'description';
    if (field === 'vatRate' || field === 'vatCategory') field = 'vat';
    if (field === 'productId') field = 'description';
    return `lines.${parts[1]}.${field}`;
  }
  return parts.join('.');
}
