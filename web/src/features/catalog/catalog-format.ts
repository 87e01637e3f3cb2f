import i18next from 'i18next';
import { findUnit, unitLabel } from '../../../../src/shared/units';
import { currentLanguage, currentLocale } from '../../lib/i18n';
import type { Unit, VatRate } from './types';

/**
 * A unit's name in the UI language, after `quantity` when given ("6 heures", "1 heure"): the shared
 * rule the PDF uses too. A code the shared list does not know is looked up in the server's list.
 */
export function unitName(units: readonly Unit[] | undefined, code: string, quantity?: string): string {
  if (findUnit(code)) return unitLabel(code, quantity, currentLanguage());
  const unit = units?.find((u) => u.code === code);
  return unit ? unit.name[currentLanguage()] : code;
}

/** "21 %" — the rate is a decimal string and stays one. */
export function formatRate(rate: string, locale = currentLocale()): string {
  try {
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
      rate.trim() as Intl.StringNumericLiteral,
    );
    return `${n} %`;
  } catch {
    return `${rate} %`;
  }
}

/**
 * How a VAT choice reads wherever one is chosen or shown: "21 %" for a rate, else the rate and why no
 * VAT is charged in words ("0 % — exonéré (art. 44)", "0 % — autoliquidation"), never the UNCL5305
 * code. Belgian exemptions name the article of the VAT Code that grants them.
 */
export function vatLabel(rate: Pick<VatRate, 'rate' | 'category'>, country?: string): string {
  const shown = formatRate(rate.rate);
  if (rate.category === 'S') return shown;
  const key = rate.category === 'E' && country === 'BE' ? 'E_BE' : rate.category;
  return i18next.t(`vat.choice.${key}`, { rate: shown });
}

/** The same rate whether written "21", "21.0" or "21.00". */
export function sameRate(a: string, b: string): boolean {
  const canon = (v: string) =>
    v
      .trim()
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '');
  return canon(a) === canon(b);
}

export function vatKey(rate: Pick<VatRate, 'rate' | 'category'>): string {
  return `${rate.category}|${rate.rate}`;
}

/** The decimal separator of the UI locale ("," in fr-BE and nl-BE, "." in en-GB). */
export function decimalSeparator(locale = currentLocale()): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}
