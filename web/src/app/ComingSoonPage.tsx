import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import { companyPath, useCompany } from '../features/companies/company-context';
import { type ModuleKey, moduleByKey } from './modules';

/** A module of the product that is not built yet: its purpose, from the product brief. */
export function ComingSoonPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const { companyId, membership } = useCompany();
  const entry = moduleByKey(module);
  const Icon = entry.icon;
  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t(`modules.${module}.title`)}
        description={t(`modules.${module}.summary`)}
      />
      <ComingSoon
        icon={<Icon size={32} stroke={1.6} />}
        badge={t('comingSoon.badge')}
        heading={t('comingSoon.heading')}
        description={t(`modules.${module}.description`)}
        highlights={[
          t(`modules.${module}.features.one`),
          t(`modules.${module}.features.two`),
          t(`modules.${module}.features.three`),
        ]}
        action={
          <Button
            component={Link}
            to={companyPath(companyId, 'dashboard')}
            variant="light"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('comingSoon.back')}
          </Button>
        }
      />
    </>
  );
}
