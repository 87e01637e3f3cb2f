import type { TFunction } from 'i18next';
import { isStatusKey } from './kinds';
import type { DocumentKind } from './types';

/**
 * The word for a status, in one place for badges, filters and timelines. A quote's `sent` means
 * "numbered and final, waiting for the customer" — whether it went by e-mail, by link or by hand
 * (its history says which): it reads "awaiting answer", never "sent" before anything left.
 * Not in kinds.ts: the public pages import that file and load only the catalog's public sections.
 */
export function statusLabel(t: TFunction, status: string, kind?: DocumentKind): string {
  if (!isStatusKey(status)) return status;
  if (kind === 'quote' && status === 'sent') return t('documents.status.awaitingAnswer');
  return t(`documents.status.${status}`);
}
