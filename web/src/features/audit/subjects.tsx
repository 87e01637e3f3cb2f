import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../lib/api/types';
import { productsPath } from '../catalog/paths';
import { contactsPath } from '../contacts/paths';
import { documentsPath } from '../documents/paths';
import type { DocumentKind } from '../documents/types';
import { outboxPath } from '../outbox/paths';
import { purchasesPath } from '../purchases/paths';

/** What an audit entry or a job concerns, as the server names it (see modules/activity). */
export type Subject = Schemas['Subject'];

const DOCUMENT_KINDS: readonly string[] = ['quote', 'order', 'invoice', 'credit_note'];
const TYPES = [
  'quote',
  'order',
  'invoice',
  'credit_note',
  'document',
  'contact',
  'product',
  'category',
  'company',
  'user',
  'invitation',
  'import',
  'mail_template',
  'mail_settings',
  'reminder',
  'mail',
  'payment',
  'purchase_invoice',
] as const;
type KnownType = (typeof TYPES)[number];
const isKnownType = (type: string): type is KnownType => (TYPES as readonly string[]).includes(type);

const VERBS = [
  'created',
  'updated',
  'deleted',
  'archived',
  'send',
  'confirm',
  'issue',
  'accept',
  'decline',
  'expire',
  'cancel',
  'mark_sent',
  'emailed',
  'credited',
  'mail_failed',
  'mail_delivered',
  'mail_kept',
  'link_shared',
  'public_link_created',
  'public_link_revoked',
  'pdf_downloaded',
  'reminder_sent',
  'vat_rates_changed',
  'document_settings_updated',
  'logo_changed',
  'logo_removed',
  'invited',
  'joined',
  'removed',
  'role_changed',
  'revoked',
  'committed',
  'payment_recorded',
  'payment_allocated',
  'payment_deleted',
  'allocation_deleted',
  'credit_applied',
  'applied',
  'allocated',
  'refunded',
  'fee_invoice_created',
  'approved',
  'registered',
] as const;
type Verb = (typeof VERBS)[number];
const isVerb = (v: string): v is Verb => (VERBS as readonly string[]).includes(v);

/** "invoice.issue" → "Émission", "company.vat_rates_changed" → "Taux de TVA modifiés"; never the key. */
export function actionLabel(t: TFunction, action: string): string {
  const verb = (action.split('.').at(-1) ?? '').replaceAll('-', '_');
  return isVerb(verb) ? t(`audit.verbs.${verb}`) : t('audit.verbs.other');
}

/** "Facture", "Contact": the kind of thing an entry concerns. */
export function subjectTypeLabel(t: TFunction, type: string): string {
  return isKnownType(type) ? t(`audit.types.${type}`) : t('audit.types.other');
}

const JOB_NAMES = [
  'mail_deliver',
  'documents_render_pdfs',
  'documents_render_pdf',
  'imports_run',
  'imports_purge',
  'quotes_expire',
  'sessions_purge',
  'idempotency_purge',
  'jobs_purge',
] as const;
type JobName = (typeof JOB_NAMES)[number];
const isJobName = (n: string): n is JobName => (JOB_NAMES as readonly string[]).includes(n);

/** "mail.deliver" → "Envoi d’un e-mail". */
export function jobLabel(t: TFunction, name: string): string {
  const key = name.replace(/[.-]/g, '_');
  return isJobName(key) ? t(`jobs.names.${key}`) : t('jobs.names.other');
}

function subjectPath(companyId: string, s: Subject): string | null {
  if (DOCUMENT_KINDS.includes(s.type)) return documentsPath(companyId, s.type as DocumentKind, s.id);
  if (s.type === 'contact') return contactsPath(companyId, s.id);
  if (s.type === 'product') return productsPath(companyId, s.id);
  if (s.type === 'mail') return outboxPath(companyId, s.id);
  if (s.type === 'purchase_invoice') return purchasesPath(companyId, s.id);
  return null;
}

/**
 * "Facture F-2026-0003", "Contact Atelier Dupont": the subject in words, a link to it when it has a
 * page and still exists (a deleted one keeps its kind, without a link).
 */
export function SubjectLink({ companyId, subject }: { companyId: string; subject: Subject | null }) {
  const { t } = useTranslation();
  if (!subject)
    return (
      <Text c="dimmed" span>
        —
      </Text>
    );
  const type = subjectTypeLabel(t, subject.type);
  const isDocument = DOCUMENT_KINDS.includes(subject.type);
  const name = subject.label ?? (isDocument ? t('audit.draft') : null);
  const text = name ? `${type} ${isDocument && !subject.label ? `(${name})` : name}` : type;
  const path = subject.label !== null || isDocument ? subjectPath(companyId, subject) : null;
  return path ? (
    <Anchor component={Link} to={path} size="sm">
      {text}
    </Anchor>
  ) : (
    <Text size="sm" span>
      {text}
    </Text>
  );
}
