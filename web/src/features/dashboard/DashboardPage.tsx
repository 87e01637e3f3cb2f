import { Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../auth/session';
import { useCompany } from '../companies/company-context';
import { FirstSteps } from './FirstSteps';
import { KeyFigures } from './KeyFigures';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { membership } = useCompany();
  const firstName = (user.name || user.email).split(/\s+/)[0] ?? '';

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('modules.dashboard.title')}
        description={t('dashboard.greeting', { name: firstName })}
      />
      <Stack gap="xl">
        <FirstSteps />
        <KeyFigures />
        <ComingSoon
          icon={<IconChartBar size={32} />}
          badge={t('comingSoon.badge')}
          heading={t('dashboard.analyticsTitle')}
          description={t('modules.dashboard.description')}
          highlights={[
            t('modules.dashboard.features.one'),
            t('modules.dashboard.features.two'),
            t('modules.dashboard.features.three'),
          ]}
        />
      </Stack>
    </>
  );
}
