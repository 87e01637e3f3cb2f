import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { companyPath, useCompany } from './company-context';
import type { Permission } from './permissions';

/**
 * A page of the company that only some roles may open: others (a bookmark, an old link, a link in a
 * notification) are told why and sent back, instead of meeting the server's 403 as a failed load.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  if (can(permission)) return children;
  return (
    <EmptyBlock
      headingOrder={2}
      icon={<IconLock size={28} />}
      title={t('companyScope.deniedTitle')}
      description={t('companyScope.deniedDescription', {
        role: t(`roles.${membership.role}.label`),
        company: membership.companyName,
      })}
      action={
        <Button component={Link} to={companyPath(companyId)} variant="light">
          {t('companyScope.backToDashboard')}
        </Button>
      }
    />
  );
}
