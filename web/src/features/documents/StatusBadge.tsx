import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../lib/api/types';
import { isStatusKey, STATUS_COLORS } from './kinds';
import { statusLabel } from './status-label';
import type { BillingType, DocumentKind } from './types';

interface StatusBadgeProps {
  status: string;
  /** Lets a status read as it means for its kind (a quote's `sent` awaits an answer). */
  kind?: DocumentKind;
  overdue?: boolean;
  billingType?: BillingType;
  /** Invoices and credit notes: where the latest sending over Peppol stands. */
  peppolStatus?: PeppolStatus | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

type PeppolStatus = NonNullable<Schemas['DocumentSummary']['peppolStatus']>;

const PEPPOL_COLORS: Record<PeppolStatus, string> = {
  queued: 'gray',
  sent: 'blue',
  delivered: 'teal',
  failed: 'red',
};

/**
 * The status in its colour; overdue invoices, deposit/final invoices and a sending over Peppol say so
 * beside it.
 */
export function StatusBadge({
  status,
  kind,
  overdue,
  billingType,
  peppolStatus,
  size = 'sm',
}: StatusBadgeProps) {
  const { t } = useTranslation();
  const known = isStatusKey(status);
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size={size} variant="light" color={known ? STATUS_COLORS[status] : 'gray'}>
        {statusLabel(t, status, kind)}
      </Badge>
      {overdue && (
        <Badge size={size} variant="filled" color="red.8">
          {t('documents.status.overdue')}
        </Badge>
      )}
      {peppolStatus && <PeppolBadge status={peppolStatus} size={size} />}
      {billingType && billingType !== 'standard' && (
        <Badge size={size} variant="outline" color="gray">
          {t(`documents.billingType.${billingType}`)}
        </Badge>
      )}
    </Group>
  );
}

/** Where the latest sending over Peppol stands; a failure stands out as an overdue invoice does. */
export function PeppolBadge({
  status,
  size = 'sm',
}: {
  status: PeppolStatus;
  size?: StatusBadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      variant={status === 'failed' ? 'filled' : 'dot'}
      color={status === 'failed' ? 'red.8' : PEPPOL_COLORS[status]}
      data-peppol-status={status}
    >
      {t(`documents.peppolStatus.${status}`)}
    </Badge>
  );
}
