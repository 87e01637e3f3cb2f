import { z } from 'zod';
import { Email, Id, Instant, Language, Password, Text } from '../../shared/schemas.js';

export const UserOut = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    language: Language,
    totpEnabled: z.boolean(),
    /** The owner of the address opened the link mailed to it (needed to accept an invitation). */
    emailVerified: z.boolean(),
    createdAt: Instant,
  })
  .meta({ id: 'User' });
export type UserOut = z.infer<typeof UserOut>;

export const SignupBody = z.strictObject({
  email: Email,
  password: Password,
  name: Text(200).pipe(z.string().min(1, 'Name is required')),
  language: Language.optional(),
});

export const LoginBody = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => v.toLowerCase()),
  password: z.string().max(200),
  totpCode: z
    .string()
    .regex(/^\d{6}$/, 'A 6-digit code')
    .optional(),
});

export const AuthResponse = z.object({ user: UserOut, csrfToken: z.string() }).meta({ id: 'AuthResponse' });

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: Password,
});
export const ResetRequestBody = z.strictObject({ email: Email });
export const ResetConfirmBody = z.strictObject({ token: z.string().min(10).max(200), newPassword: Password });
export const TotpEnableBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'A 6-digit code') });
export const TotpDisableBody = z.strictObject({ password: z.string().max(200) });
export const TotpSetupResponse = z
  .object({ secret: z.string(), otpauthUrl: z.string() })
  .meta({ id: 'TotpSetup' });
export const UpdateMeBody = z.strictObject({
  name: Text(200).pipe(z.string().min(1, 'Name is required')).optional(),
  language: Language.optional(),
});
export const VerifyEmailBody = z.strictObject({ token: z.string().min(10).max(200) });
