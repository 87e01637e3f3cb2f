import { z } from 'zod';

/** Shared field schemas, so that every module says "e-mail" and "language" the same way. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Invalid e-mail address' }))
  .transform((v) => v.toLowerCase());

export const Password = z
  .string()
  .min(10, 'Password must be at least 10 characters')
  .max(200, 'Password must be at most 200 characters');

export const Language = z.enum(['fr', 'nl', 'en', 'de']);
export type Language = z.infer<typeof Language>;

/** Plain text: no control characters (tabs and newlines allowed where `multiline`). */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), 'Contains control characters');

export const Instant = z.string().describe('ISO 8601 UTC instant');
export const Id = z.string().min(1).max(64);
