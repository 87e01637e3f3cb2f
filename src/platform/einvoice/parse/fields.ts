import { CalendarDateSchema } from '../../../shared/dates.js';
import { refuseEInvoice } from '../input.js';
import type { ParsedIdentifier } from './model.js';
import { at, pathOf, textOf, type XmlElement } from './xml.js';

/** The element at `steps` below `parent`, refused by name when the document lacks it. */
export function need(parent: XmlElement, ...steps: string[]): XmlElement {
  const el = at(parent, ...steps);
  if (!el?.text && !el?.children.length) throw missing(parent, steps);
  return el;
}

export const missing = (parent: XmlElement, steps: string[]) => {
  const element = `${pathOf(parent)}/${steps.join('/')}`;
  return refuseEInvoice('validation_failed', 'The e-invoice lacks {element}', { element }, element);
};

export function needText(parent: XmlElement, ...steps: string[]): string {
  const t = textOf(at(parent, ...steps));
  if (t === null) throw missing(parent, steps);
  return t;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal as written (a leading `+` dropped), refused by element when it is not a number. */
export function decimal(el: XmlElement | undefined): string | null {
  const t = textOf(el);
  if (t === null || !el) return null;
  if (!DECIMAL.test(t))
    throw refuseEInvoice(
      'validation_failed',
      '{element} is not a decimal number: {value}',
      { element: pathOf(el), value: t.slice(0, 40) },
      pathOf(el),
    );
  return t.charCodeAt(0) === 43 ? t.slice(1) : t;
}

export function needDecimal(parent: XmlElement, ...steps: string[]): string {
  const el = need(parent, ...steps);
  return decimal(el) as string;
}

/**
 * A calendar date: UBL writes `YYYY-MM-DD`; CII a DateTimeString with format 102 (`YYYYMMDD`), the only
 * format EN 16931 allows for dates (BR-CL-… code list UNTDID 2379 restricted to 102).
 */
export function date(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const holder = el.children.length ? (el.children.find((c) => c.local === 'DateTimeString') ?? el) : el;
  const t = textOf(holder);
  if (t === null) return null;
  const iso = /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : t;
  const format = holder.attrs.format;
  if ((format !== undefined && format !== '102') || !CalendarDateSchema.safeParse(iso).success)
    throw refuseEInvoice(
      'validation_failed',
      '{element} is not a date: {value}',
      { element: pathOf(holder), value: t.slice(0, 40) },
      pathOf(holder),
    );
  return iso;
}

export const identifier = (el: XmlElement | undefined): ParsedIdentifier | null => {
  const id = textOf(el);
  return id === null || !el ? null : { id, scheme: el.attrs.schemeID ?? null };
};

/** Texts of the given elements, empty ones left out. */
export const texts = (els: XmlElement[]): string[] =>
  els.map((e) => e.text).filter((t): t is string => t.length > 0);
