import { Anchor, Group } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { purchasesPath } from './paths';
import type { Purchase } from './types';

/** The eyebrow above a purchase invoice's title: a way back to the list. */
export function PurchasesBreadcrumb({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={purchasesPath(companyId)} size="xs" fw={600} c="dimmed">
      <Group gap={2} component="span" wrap="nowrap">
        <IconChevronLeft size={14} aria-hidden />
        {t('purchases.title')}
      </Group>
    </Anchor>
  );
}

/** "Brico Pro · F-2026-101", or what an upload still lacks. */
export function purchaseTitle(t: TFunction, p: Pick<Purchase, 'supplier' | 'number'>): string {
  if (!p.supplier && !p.number) return t('purchases.detail.untitled');
  return [p.supplier?.name, p.number].filter(Boolean).join(' · ');
}
