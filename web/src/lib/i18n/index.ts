import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';
import type fr from './fr.json';
import type nl from './nl.json';

/** French is the reference catalog: the other two must have the same keys (checked by the compiler). */
export type Catalog = typeof fr;
// The check itself: each catalog must be a Catalog (the files are loaded in parts, see below).
type Checked<T extends Catalog> = T;
export type CatalogsChecked = [Checked<typeof nl>, Checked<typeof en>];

/**
 * Each language's catalog comes in two chunks (web/vite.config.ts, catalogParts): the sections the
 * public pages use (public-sections.json: sign-in, sign-up, invitation…) and the rest, which the
 * signed-in shell asks for (`loadFullCatalog`, router.tsx). A visitor of the sign-in page downloads a
 * fifth of one catalog, not three catalogs.
 */
type Part = 'public' | 'rest';
const parts: Record<Language, Record<Part, () => Promise<{ default: Record<string, unknown> }>>> = {
  fr: { public: () => import('virtual:catalog/fr/public'), rest: () => import('virtual:catalog/fr/rest') },
  nl: { public: () => import('virtual:catalog/nl/public'), rest: () => import('virtual:catalog/nl/rest') },
  en: { public: () => import('virtual:catalog/en/public'), rest: () => import('virtual:catalog/en/rest') },
};
const loaded = new Map<string, Promise<void>>();
/** Set once the signed-in shell has asked for whole catalogs: a language switch then loads both parts. */
let wholeCatalogs = false;

function loadPart(language: Language, part: Part): Promise<void> {
  const key = `${language}/${part}`;
  let done = loaded.get(key);
  if (!done) {
    done = parts[language][part]().then(({ default: resources }) => {
      i18next.addResourceBundle(language, 'translation', resources, true, true);
    });
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

async function loadCatalog(language: Language): Promise<void> {
  await loadPart(language, 'public');
  // Checked after the wait too: the shell may have asked for whole catalogs meanwhile.
  if (wholeCatalogs) await loadPart(language, 'rest');
}

let markReady: () => void = () => undefined;
/** Resolved once i18next is initialised: the router starts loading routes before that. */
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

/** The whole catalog of the current language (and of any later one): the signed-in app needs it. */
export async function loadFullCatalog(): Promise<void> {
  wholeCatalogs = true;
  await ready;
  await loadPart(currentLanguage(), 'rest');
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
  if (wholeCatalogs) await loadPart(language, 'rest');
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
  const { default: catalog } = await parts[language].public();
  loaded.set(`${language}/public`, Promise.resolve());
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: catalog } },
    partialBundledLanguages: true,
    // A part added later (the rest of the catalog) re-renders what reads it.
    react: { bindI18nStore: 'added' },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  markReady();
}

export default i18next;
