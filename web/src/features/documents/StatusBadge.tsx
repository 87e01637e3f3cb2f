import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStatusKey, STATUS_COLORS } from './kinds';
import { statusLabel } from './status-label';
import type { BillingType, DocumentKind } from './types';

interface StatusBadgeProps {
  status: string;
  /** Lets a status read as it means for its kind (a quote's `sent` awaits an answer). */
  kind?: DocumentKind;
  overdue?: boolean;
  billingType?: BillingType;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** The status in its colour; overdue invoices and deposit/final invoices say so beside it. */
export function StatusBadge({ status, kind, overdue, billingType, size = 'sm' }: StatusBadgeProps) {
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
      {billingType && billingType !== 'standard' && (
        <Badge size={size} variant="outline" color="gray">
          {t(`documents.billingType.${billingType}`)}
        </Badge>
      )}
    </Group>
  );
}
