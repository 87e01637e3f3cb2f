import { Box, Button, Popover, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiRoute } from '../../lib/api/client';
import { useCompany } from '../companies/company-context';
import { type DetailContext, describeDetails } from './details';
import { type Subject, SubjectLink } from './subjects';

/** The company's currency and country, which money and VAT rates in the details are read with. */
export function useDetailContext(): Omit<DetailContext, 'action'> {
  const { companyId } = useCompany();
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });
  return { currency: company.data?.currency, country: company.data?.country };
}

/** An entry's details as a list of labelled values, references as links. */
export function DetailsList({
  data,
  references,
  context,
}: {
  data: unknown;
  references: Record<string, Subject>;
  context: DetailContext;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const details = describeDetails(t, data, references, context);
  if (details.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noDetails')}
      </Text>
    );
  return (
    <Box component="dl" m={0} data-testid="details-list">
      {details.map((d) => (
        <Box key={d.key} mb={6}>
          <Text component="dt" size="xs" c="dimmed">
            {d.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {d.value.kind === 'subject' ? (
              <SubjectLink companyId={companyId} subject={d.value.subject} />
            ) : (
              d.value.text
            )}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

/** Whether an entry has details worth a "View" button. */
export function hasDetails(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (typeof data === 'object') return Object.keys(data).length > 0;
  return true;
}

/** "View" opening the details in a popover; its accessible name says whose details. */
export function DetailsPopover({
  name,
  data,
  references,
  context,
}: {
  name: string;
  data: unknown;
  references: Record<string, Subject>;
  context: DetailContext;
}) {
  const { t } = useTranslation();
  return (
    <Popover width={340} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" aria-label={t('audit.viewDetails', { action: name })}>
          {t('audit.view')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('audit.detailsTitle')} role="dialog" data-testid="details-popover">
        <DetailsList data={data} references={references} context={context} />
      </Popover.Dropdown>
    </Popover>
  );
}
