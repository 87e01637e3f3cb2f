import type { FastifySchemaCompiler } from 'fastify';
import { type core, type ZodType, z } from 'zod';
import { type MessageLanguage, translate } from '../../shared/messages.js';

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

/** Our own messages come from the catalog; zod's built-in ones from zod's locale for that language. */
export function localizeIssue(issue: core.$ZodIssue, lang: MessageLanguage): string {
  if (lang === 'en') return issue.message;
  const ours = translate(issue.message, lang);
  if (ours !== issue.message || issue.code === 'custom') return ours;
  const localized = locales[lang].localeError(issue as Parameters<(typeof locales)['fr']['localeError']>[0]);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}
