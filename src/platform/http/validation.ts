import type { FastifySchemaCompiler } from 'fastify';
import { type core, type ZodType, z } from 'zod';
import { fillPlaceholders } from '../../shared/errors.js';
import { MESSAGES, type MessageLanguage, translate } from '../../shared/messages.js';

/** Marks items as ours, the same way fastify-type-provider-zod does, so its type guard still applies. */
const ZOD_VALIDATION_ERROR = Symbol.for('ZodFastifySchemaValidationError');

export interface ValidationItem {
  keyword: string;
  instancePath: string;
  message: string;
  params: { issue: core.$ZodIssue };
}

/**
 * Request validation with zod. Unlike the type provider's compiler it keeps each whole issue (with
 * its input), so the error handler can phrase the message in the caller's language.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const items = result.error.issues.map((issue) => ({
      [ZOD_VALIDATION_ERROR]: true,
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
      message: issue.message,
      params: { issue },
    }));
    return { error: items as unknown as Error };
  };

const locales = { fr: z.locales.fr(), nl: z.locales.nl(), de: z.locales.de() };
const english = z.locales.en();
type LocaleIssue = Parameters<(typeof locales)['fr']['localeError']>[0];

/** zod's own wording of an issue, to tell it from a message a schema chose. */
function zodDefault(issue: core.$ZodIssue): string | undefined {
  const m = english.localeError(issue as LocaleIssue);
  return typeof m === 'string' ? m : m?.message;
}

/**
 * Sizes in words people read, for every field at once ("200 caractères au plus" rather than zod's
 * "Trop grand : chaîne de caractères doit avoir <=200 caractères"); null for other issues.
 */
function limitMessage(issue: core.$ZodIssue, lang: MessageLanguage): string | null {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return null;
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  const exclusive = issue.inclusive === false;
  let template: string | null = null;
  let n = bound;
  if (issue.origin === 'string') {
    n = exclusive ? (big ? bound - 1 : bound + 1) : bound;
    if (!big && n <= 1) template = 'A value is required';
    else template = big ? 'At most {n} characters' : 'At least {n} characters';
  } else if (issue.origin === 'array' || issue.origin === 'set') {
    n = exclusive ? (big ? bound - 1 : bound + 1) : bound;
    if (!big && n <= 1) template = 'At least one is required';
    else template = big ? 'At most {n} items' : 'At least {n} items';
  } else if (issue.origin === 'number' || issue.origin === 'int') {
    if (big) template = exclusive ? 'Less than {n}' : 'At most {n}';
    else template = exclusive ? 'More than {n}' : 'At least {n}';
  }
  if (!template) return null;
  return fillPlaceholders(translate(template, lang), { n: String(n) });
}

/** Catalogue keys with `{name}` placeholders. */
const TEMPLATES = Object.keys(MESSAGES).filter((k) => k.includes('{'));

/**
 * A custom issue whose schema filled its message from the issue's params (`Day 31 does not exist…`
 * with `params: { day: 31 }`): translated by its catalogue key, then filled with the same params.
 */
function translateFilled(issue: core.$ZodIssue, lang: MessageLanguage): string | null {
  if (issue.code !== 'custom' || !issue.params) return null;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params))
    if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  const key = TEMPLATES.find((t) => fillPlaceholders(t, values) === issue.message);
  return key ? fillPlaceholders(translate(key, lang), values) : null;
}

/** Our own messages come from the catalog; zod's built-in ones from zod's locale for that language. */
export function localizeIssue(issue: core.$ZodIssue, lang: MessageLanguage): string {
  if (issue.message === zodDefault(issue)) {
    const limit = limitMessage(issue, lang);
    if (limit) return limit;
  }
  if (lang === 'en') return issue.message;
  const ours = translate(issue.message, lang);
  if (ours !== issue.message) return ours;
  const filled = translateFilled(issue, lang);
  if (filled !== null || issue.code === 'custom') return filled ?? ours;
  const localized = locales[lang].localeError(issue as Parameters<(typeof locales)['fr']['localeError']>[0]);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}
