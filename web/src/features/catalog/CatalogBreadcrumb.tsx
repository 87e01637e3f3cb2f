import { Anchor, Group } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { productsPath } from './paths';

/** The eyebrow of the product form pages: a way back to the list. */
export function CatalogBreadcrumb({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={productsPath(companyId)} size="xs" fw={600} c="dimmed">
      <Group gap={2} component="span" wrap="nowrap">
        <IconChevronLeft size={14} aria-hidden />
        {t('catalog.title')}
      </Group>
    </Anchor>
  );
}
