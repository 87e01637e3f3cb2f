import { Button, Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconBuilding, IconChartBar, IconShieldLock, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ComingSoon } from '../../components/ComingSoon';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../auth/session';
import { companyPath, useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { KeyFigures } from './KeyFigures';

interface StepProps {
  icon: ReactNode;
  title: string;
  description: string;
  action: string;
  to: string;
}

function Step({ icon, title, description, action, to }: StepProps) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm" h="100%">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={3} fz="md">
          {title}
        </Title>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          {description}
        </Text>
        <Button
          component={Link}
          to={to}
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden />}
          w="fit-content"
        >
          {action}
        </Button>
      </Stack>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { companyId, membership, can } = useCompany();
  const firstName = (user.name || user.email).split(/\s+/)[0] ?? '';

  const steps: StepProps[] = [];
  if (can(PERMISSIONS.settingsManage)) {
    steps.push({
      icon: <IconBuilding size={22} />,
      title: t('dashboard.steps.company.title'),
      description: t('dashboard.steps.company.description'),
      action: t('dashboard.steps.company.action'),
      to: companyPath(companyId, 'settings/company'),
    });
  }
  if (can(PERMISSIONS.membersManage)) {
    steps.push({
      icon: <IconUsers size={22} />,
      title: t('dashboard.steps.team.title'),
      description: t('dashboard.steps.team.description'),
      action: t('dashboard.steps.team.action'),
      to: companyPath(companyId, 'settings/members'),
    });
  }
  if (!user.totpEnabled) {
    steps.push({
      icon: <IconShieldLock size={22} />,
      title: t('dashboard.steps.security.title'),
      description: t('dashboard.steps.security.description'),
      action: t('dashboard.steps.security.action'),
      to: '/account',
    });
  }

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('modules.dashboard.title')}
        description={t('dashboard.greeting', { name: firstName })}
      />
      <Stack gap="xl">
        <KeyFigures />
        {steps.length > 0 && (
          <section aria-labelledby="next-steps">
            <Title order={2} fz="lg" mb="md" id="next-steps">
              {t('dashboard.nextSteps')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {steps.map((step) => (
                <Step key={step.to} {...step} />
              ))}
            </SimpleGrid>
          </section>
        )}
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
