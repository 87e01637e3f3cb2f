import type { Language } from '../../shared/schemas.js';

export const TEXT_LANGUAGES = ['fr', 'nl', 'en', 'de'] as const satisfies readonly Language[];

export type LangMap = Partial<Record<Language, string>>;

export interface ProductText {
  language: string;
  name: string;
  description: string | null;
}

/** The catalogue language of a company by its country; Belgium defaults to French. */
export function companyLanguage(country: string): Language {
  if (country === 'NL') return 'nl';
  if (country === 'DE' || country === 'AT') return 'de';
  if (country === 'BE' || country === 'FR' || country === 'LU' || country === 'MC') return 'fr';
  return 'en';
}

/** The language shown: the requested one when the product has it, else English, French, Dutch, German. */
export function displayLanguage(texts: readonly ProductText[], wanted: Language): Language {
  const order: Language[] = [wanted, 'en', 'fr', 'nl', 'de'];
  return order.find((l) => texts.some((t) => t.language === l)) ?? wanted;
}

/** Applies a names/descriptions patch (null removes a language) and returns the rows to store. */
export function mergeTexts(
  current: readonly ProductText[],
  names: Partial<Record<Language, string | null | undefined>> | undefined,
  descriptions: Partial<Record<Language, string | null | undefined>> | undefined,
): { texts: ProductText[]; orphanDescription: Language | null; empty: boolean } {
  const texts: ProductText[] = [];
  let orphanDescription: Language | null = null;
  for (const language of TEXT_LANGUAGES) {
    const was = current.find((t) => t.language === language);
    const n = names?.[language];
    const d = descriptions?.[language];
    const name = n === undefined ? (was?.name ?? null) : n;
    const description = d === undefined ? (was?.description ?? null) : d || null;
    if (name) texts.push({ language, name, description });
    else if (description && d !== undefined) orphanDescription ??= language;
  }
  return { texts, orphanDescription, empty: texts.length === 0 };
}
