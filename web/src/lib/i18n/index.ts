import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type fr from './fr.json';

/** French is the reference catalog: the other two must have the same keys (checked by the compiler). */
export type Catalog = typeof fr;
/**
 * One chunk per language, fetched when it is first needed: a visitor downloads one catalog, not
 * three (`initI18n` before the first render, `applyLanguage` on a switch).
 */
const catalogs: Record<Language, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./fr.json'),
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

async function loadCatalog(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { default: catalog } = await catalogs[language]();
  i18next.addResourceBundle(language, 'translation', catalog);
}

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** Formatting locales: Belgian conventions for French and Dutch. */
export const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

const STORAGE_KEY = 'facturex.language';
/** Set when the language was chosen while signed out: the next sign-in copies it to the profile. */
const PENDING_KEY = 'facturex.language.pending';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(value)) return value;
  } catch {
    // storage may be unavailable (private mode); the default applies
  }
  return DEFAULT_LANGUAGE;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

/** Switches the UI language and remembers it on this device. The server profile is updated by the session. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted; still switch for this tab
  }
  await loadCatalog(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function markLanguageChoiceSignedOut(): void {
  try {
    window.localStorage.setItem(PENDING_KEY, '1');
  } catch {
    // not persisted: the profile language will win at sign-in
  }
}

/** The language chosen while signed out, if any; reading it clears the mark. */
export function takeSignedOutLanguageChoice(): Language | null {
  try {
    if (window.localStorage.getItem(PENDING_KEY) !== '1') return null;
    window.localStorage.removeItem(PENDING_KEY);
  } catch {
    return null;
  }
  return currentLanguage();
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Loads the device's language and starts i18next; the app renders once this resolves. */
export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  // Only this language: the compiler keeps the catalogs' keys equal, so the fallback is never read.
  const { default: catalog } = await catalogs[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: catalog } },
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export default i18next;
