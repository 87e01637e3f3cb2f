import { Anchor, Box, Button, Group, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuilding,
  IconCheck,
  IconFileInvoice,
  IconMail,
  IconPhoto,
  IconUserPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiRoute } from '../../lib/api/client';
import type { ApiResponse } from '../../lib/api/types';
import { companyPath, useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { contactsPath } from '../contacts/paths';
import { documentsPath } from '../documents/paths';

/** `GET …/setup`: which first steps the company has really done (computed by the server). */
export type Setup = ApiResponse<'/api/v1/companies/{companyId}/setup'>;
type StepKey = Setup['steps'][number]['key'];

const ICONS: Record<StepKey, ReactNode> = {
  company: <IconBuilding size={18} />,
  logo: <IconPhoto size={18} />,
  mail: <IconMail size={18} />,
  customer: <IconUserPlus size={18} />,
  document: <IconFileInvoice size={18} />,
};

interface Action {
  to: string;
  /** Where the same step can also be done another way (a quote instead of an invoice). */
  alternative?: { to: string; label: string };
}

/**
 * "Getting started": the company's real first steps, each ticked off as it is done, with a way to do
 * the next ones; gone once every step that matters is done (the logo is optional).
 */
export function FirstSteps() {
  const { t, i18n } = useTranslation();
  const { companyId, can } = useCompany();
  const setup = useApiRoute('/api/v1/companies/{companyId}/setup', { companyId });
  const data = setup.data;
  if (!data || data.complete) return null;

  const actionOf = (key: StepKey): Action | null => {
    switch (key) {
      case 'company':
      case 'logo':
        return can(PERMISSIONS.settingsManage) ? { to: companyPath(companyId, 'settings/company') } : null;
      case 'mail':
        return can(PERMISSIONS.settingsManage) ? { to: companyPath(companyId, 'settings/mail') } : null;
      case 'customer':
        return can('contacts.write') ? { to: `${contactsPath(companyId)}/new` } : null;
      case 'document': {
        const quote = can('quotes.write')
          ? { to: documentsPath(companyId, 'quote', 'new'), label: t('dashboard.firstSteps.document.quote') }
          : undefined;
        if (can('invoices.write'))
          return { to: documentsPath(companyId, 'invoice', 'new'), ...(quote ? { alternative: quote } : {}) };
        return quote ? { to: quote.to } : null;
      }
    }
  };
  // Members who can do none of what is left (read-only roles) are not asked to.
  if (!data.steps.some((step) => !step.done && actionOf(step.key))) return null;

  const counted = data.steps.filter((step) => !step.optional);
  const done = counted.filter((step) => step.done).length;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  return (
    <Paper
      component="section"
      aria-labelledby="first-steps"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Title order={2} fz="lg" id="first-steps">
          {t('dashboard.nextSteps')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.firstSteps.progress', { count: done, total: counted.length })}
        </Text>
      </Group>
      <Progress
        value={(done / counted.length) * 100}
        mt="sm"
        size="sm"
        radius="xl"
        aria-label={t('dashboard.firstSteps.progressLabel')}
      />
      <Stack component="ol" gap={0} mt="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.steps.map((step, index) => {
          const action = step.done ? null : actionOf(step.key);
          const primary = step.key === 'document';
          return (
            <Group
              component="li"
              key={step.key}
              data-step={step.key}
              data-done={step.done}
              wrap="nowrap"
              align="flex-start"
              gap="md"
              py="md"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <ThemeIcon
                size={34}
                radius="xl"
                variant={step.done ? 'filled' : 'light'}
                color={step.done ? 'teal.8' : primary ? undefined : 'gray'}
                aria-hidden
              >
                {step.done ? <IconCheck size={18} /> : ICONS[step.key]}
              </ThemeIcon>
              <Group
                justify="space-between"
                align="center"
                gap="sm"
                wrap="wrap"
                style={{ flex: 1, minWidth: 0 }}
              >
                <Box style={{ flex: '1 1 280px', minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    <Title order={3} fz="md" fw={600}>
                      {t(`dashboard.firstSteps.${step.key}.title`)}
                    </Title>
                    {step.optional && (
                      <Text size="xs" c="dimmed">
                        ({t('dashboard.firstSteps.optional')})
                      </Text>
                    )}
                    <Text
                      size="sm"
                      fw={600}
                      c={step.done ? 'teal.9' : undefined}
                      className={step.done ? undefined : 'visually-hidden'}
                    >
                      {step.done ? t('dashboard.firstSteps.done') : t('dashboard.firstSteps.todo')}
                    </Text>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {step.done
                      ? t(`dashboard.firstSteps.${step.key}.doneText`)
                      : t(`dashboard.firstSteps.${step.key}.description`)}
                  </Text>
                  {!step.done && step.missing.length > 0 && (
                    <Text size="sm" mt={4}>
                      {t('dashboard.firstSteps.missing', {
                        list: list.format(
                          step.missing.map((m) => t(`dashboard.firstSteps.missingFields.${m}`)),
                        ),
                      })}
                    </Text>
                  )}
                </Box>
                {action && (
                  <Group gap="sm" wrap="wrap">
                    <Button
                      component={Link}
                      to={action.to}
                      variant={primary ? 'filled' : 'light'}
                      rightSection={<IconArrowRight size={16} aria-hidden />}
                    >
                      {t(`dashboard.firstSteps.${step.key}.action`)}
                    </Button>
                    {action.alternative && (
                      <Anchor component={Link} to={action.alternative.to} size="sm">
                        {action.alternative.label}
                      </Anchor>
                    )}
                  </Group>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
