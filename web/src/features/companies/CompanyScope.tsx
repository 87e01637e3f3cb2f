import { Button, Center, Loader } from '@mantine/core';
import { IconBuildingOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { CompanyProvider } from './company-context';

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('companyScope.noAccessTitle'));
  return (
    <EmptyBlock
      headingOrder={1}
      icon={<IconBuildingOff size={32} />}
      title={t('companyScope.noAccessTitle')}
      description={t('companyScope.noAccessDescription')}
      action={
        <Button component={Link} to="/">
          {t('companyScope.goHome')}
        </Button>
      }
    />
  );
}

/**
 * `/c/:companyId/*`: the company comes from the URL only, so two tabs can work on two companies.
 * Pages below are remounted when the company changes, so no state leaks from one company to the next.
 */
export function CompanyScope() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const membership = me?.memberships.find((m) => m.companyId === companyId);
  const [refreshedFor, setRefreshedFor] = useState<string | null>(null);

  // Unknown company: the membership may be newer than our copy (accepted in another tab).
  useEffect(() => {
    if (membership || refreshedFor === companyId) return;
    let cancelled = false;
    void refresh().finally(() => {
      if (!cancelled) setRefreshedFor(companyId);
    });
    return () => {
      cancelled = true;
    };
  }, [membership, refreshedFor, companyId, refresh]);

  if (!membership) {
    if (refreshedFor !== companyId) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      );
    }
    return <NoAccess />;
  }
  return (
    <CompanyProvider membership={membership}>
      <Outlet key={companyId} />
    </CompanyProvider>
  );
}
