import { notifications } from '@mantine/notifications';
import i18next, { type TFunction } from 'i18next';
import { type ApiError, NETWORK_ERROR_STATUS, toApiError } from './api';

/** Problem codes with a translated message; others fall back to the server's `detail`. */
const KNOWN_CODES = [
  'network_error',
  'unauthenticated',
  'invalid_credentials',
  'totp_required',
  'totp_invalid',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'email_taken',
  'already_member',
  'payload_too_large',
  'unsupported_media_type',
  'last_owner',
  'invitation_invalid',
  'token_invalid',
  'rate_limited',
  'internal',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string | undefined): code is KnownCode {
  return code !== undefined && (KNOWN_CODES as readonly string[]).includes(code);
}

export function errorMessage(t: TFunction, error: unknown): string {
  const err = toApiError(error);
  if (err.status === NETWORK_ERROR_STATUS) return t('errors.codes.network_error');
  if (isKnownCode(err.code)) return t(`errors.codes.${err.code}`);
  if (err.status === 403) return t('errors.codes.forbidden');
  if (err.status === 404) return t('errors.codes.not_found');
  if (err.status >= 500) return t('errors.codes.internal');
  return err.detail ?? err.title ?? t('errors.generic');
}

export function notifyError(t: TFunction, error: unknown): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: errorMessage(t, error),
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}

/** An error with the reasons the server listed (each field's message), for refusals that have several. */
export function notifyProblemList(t: TFunction, error: unknown): void {
  const err = toApiError(error);
  const reasons = err.errors.map((e) => e.message).filter(Boolean);
  notifications.show({
    color: 'red',
    title: reasons.length > 0 ? errorMessage(t, error) : t('errors.title'),
    message: reasons.length > 0 ? reasons.slice(0, 5).join(' · ') : errorMessage(t, error),
    autoClose: reasons.length > 0 ? 12_000 : undefined,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}

export function notifySuccess(message: string): void {
  notifications.show({
    color: 'teal',
    message,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}

interface FormLike {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
}

function hasPath(values: object, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/** `address/city` → `address.city`; `/lines/2/quantity` → `lines.2.quantity`. */
export function problemPathToField(path: string): string {
  return path.replace(/^\/+/, '').split('/').filter(Boolean).join('.');
}

/**
 * Puts the problem's field errors on the form fields they name; anything that does not map onto a
 * field is shown as a notification, so no error is ever silently dropped.
 */
export function applyApiError(
  t: TFunction,
  form: FormLike,
  error: unknown,
  fieldAliases: Record<string, string> = {},
): ApiError {
  const err = toApiError(error);
  const values = form.getValues();
  let unmatched = err.errors.length === 0;
  // A specific problem code (email_taken, totp_invalid…) has a translated message; plain validation
  // failures keep the server's per-field message.
  const translated = isKnownCode(err.code) ? errorMessage(t, err) : null;
  for (const fieldError of err.errors) {
    const raw = problemPathToField(fieldError.path);
    const field = fieldAliases[raw] ?? raw;
    if (field && hasPath(values, field)) form.setFieldError(field, translated ?? fieldError.message);
    else unmatched = true;
  }
  if (unmatched) notifyError(t, err);
  return err;
}
