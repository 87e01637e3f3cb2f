import { routeUrl } from '../../lib/api/client';
import { companyPath } from '../companies/company-context';
import { documentsPath } from '../documents/paths';
import type { DocumentKind } from '../documents/types';

export const outboxPath = (companyId: string, mailId?: string) =>
  companyPath(companyId, mailId ? `settings/outbox/${encodeURIComponent(mailId)}` : 'settings/outbox');

export const attachmentUrl = (companyId: string, mailId: string, attachmentId: string) =>
  routeUrl('/api/v1/companies/{companyId}/mail-outbox/{mailId}/attachments/{attachmentId}', {
    companyId,
    mailId,
    attachmentId,
  });

const KINDS: readonly string[] = ['quote', 'order', 'invoice', 'credit_note'];

/** The page of the document a message is about, when it is about one. */
export function entityPath(companyId: string, entityType: string | null, entityId: string | null) {
  if (!entityType || !entityId || !KINDS.includes(entityType)) return null;
  return documentsPath(companyId, entityType as DocumentKind, entityId);
}
