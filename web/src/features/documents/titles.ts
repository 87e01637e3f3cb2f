import type { TFunction } from 'i18next';
import { KINDS } from './kinds';
import type { DocumentKind } from './types';

/** "Facture F-2026-00012", or "Facture (brouillon)" before it has a number. */
export function documentTitle(t: TFunction, doc: { kind: DocumentKind; number: string | null }): string {
  const k = KINDS[doc.kind].key;
  return doc.number
    ? t(`documents.kinds.${k}.titleNumbered`, { number: doc.number })
    : t(`documents.kinds.${k}.titleDraft`);
}
