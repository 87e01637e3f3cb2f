import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PurchaseStatus, STATUS_COLORS } from './types';

/** The purchase invoice's status in its colour, and "overdue" beside it when its due date has passed. */
export function PurchaseStatusBadge({
  status,
  overdue,
  size = 'sm',
}: {
  status: PurchaseStatus;
  overdue?: boolean;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size={size} variant="light" color={STATUS_COLORS[status]}>
        {t(`purchases.status.${status}`)}
      </Badge>
      {overdue && (
        <Badge size={size} variant="filled" color="red.8">
          {t('purchases.status.overdue')}
        </Badge>
      )}
    </Group>
  );
}
