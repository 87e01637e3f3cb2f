import { Anchor, Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { useCursorRoute } from '../../lib/api/client';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { documentsPath } from '../documents/paths';
import { formatRunDate } from './format';
import { PROFILES_ROUTE, recurringPath } from './paths';
import { RecurringStatusBadge } from './RecurringStatusBadge';
import { scheduleInWords } from './schedule-words';
import {
  RECURRING_PERMISSIONS,
  RECURRING_STATUSES,
  type RecurringProfile,
  type RecurringStatus,
} from './types';

const readStatus = (value: string | null): RecurringStatus | 'all' =>
  (RECURRING_STATUSES as readonly string[]).includes(value ?? '') ? (value as RecurringStatus) : 'all';

/** `/c/:companyId/recurring`: every recurring profile, its schedule, next invoice and amount per period. */
export function RecurringListPage() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const canWrite = can(RECURRING_PERMISSIONS.write);
  const listParams = useListParams();
  const status = readStatus(listParams.params.get('status'));
  const list = useCursorRoute(PROFILES_ROUTE, { companyId }, 50, {
    status: status === 'all' ? undefined : status,
  });
  const language = currentLanguage();
  const href = (p: RecurringProfile) => recurringPath(companyId, p.id);

  const next = (p: RecurringProfile) =>
    p.nextRunAt && p.status === 'active' ? (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatRunDate(p.nextRunAt, p.schedule.timeZone)}
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('recurring.list.noNext')}
      </Text>
    );

  const columns: ListColumn<RecurringProfile>[] = [
    {
      key: 'name',
      header: t('recurring.list.columns.name'),
      cell: (p) => (
        <Stack gap={2}>
          <Anchor component={Link} to={href(p)} fw={600} size="sm" c="inherit">
            {p.name}
          </Anchor>
          <Text size="xs" c="dimmed" hiddenFrom="md">
            {p.contactName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'customer',
      header: t('recurring.list.columns.customer'),
      visibleFrom: 'md',
      cell: (p) => <Text size="sm">{p.contactName ?? '—'}</Text>,
    },
    {
      key: 'schedule',
      header: t('recurring.list.columns.schedule'),
      cell: (p) => <Text size="sm">{scheduleInWords(t, p.schedule, language)}</Text>,
    },
    { key: 'next', header: t('recurring.list.columns.next'), nowrap: true, cell: next },
    {
      key: 'amount',
      header: t('recurring.list.columns.amount'),
      numeric: true,
      cell: (p) => formatMoney(p.amount.taxExclusive, p.currency),
    },
    {
      key: 'status',
      header: t('recurring.list.columns.status'),
      cell: (p) => <RecurringStatusBadge profile={p} />,
    },
  ];

  const newButton = canWrite && (
    <Button
      component={Link}
      to={recurringPath(companyId, 'new')}
      leftSection={<IconPlus size={18} aria-hidden />}
    >
      {t('recurring.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('recurring.title')}
        description={t('recurring.description')}
        actions={newButton}
      />
      <ListView
        label={t('recurring.title')}
        list={list}
        columns={columns}
        getKey={(p) => p.id}
        href={href}
        card={(p) => (
          <ListCard
            title={
              <Anchor component={Link} to={href(p)} fw={600} size="sm" c="inherit">
                {p.name}
              </Anchor>
            }
            badges={<RecurringStatusBadge profile={p} />}
            aside={<Text size="sm">{formatMoney(p.amount.taxExclusive, p.currency)}</Text>}
          >
            <Text size="xs" c="dimmed">
              {[p.contactName, scheduleInWords(t, p.schedule, language)].filter(Boolean).join(' · ')}
            </Text>
            {p.nextRunAt && p.status === 'active' && (
              <Text size="xs">
                {t('recurring.list.nextOn', { date: formatRunDate(p.nextRunAt, p.schedule.timeZone) })}
              </Text>
            )}
          </ListCard>
        )}
        params={listParams}
        activeFilters={status === 'all' ? 0 : 1}
        onClearFilters={() => listParams.clear(['status'])}
        filters={(where) => (
          <SegmentedControl
            aria-label={t('recurring.list.statusFilter')}
            value={status}
            onChange={(value) => listParams.update({ status: value === 'all' ? null : value })}
            fullWidth={where === 'drawer'}
            data={[
              { value: 'all', label: t('recurring.list.all') },
              ...RECURRING_STATUSES.map((s) => ({ value: s, label: t(`recurring.statuses.${s}`) })),
            ]}
          />
        )}
        noMatch={{
          title: t('recurring.list.noMatchTitle'),
          description: t('recurring.list.noMatchDescription'),
        }}
        empty={
          <EmptyBlock
            icon={<IconRepeat size={28} />}
            title={t('recurring.list.emptyTitle')}
            description={
              <Stack gap="xs" align="center">
                <span>{t('recurring.list.emptyDescription')}</span>
                <Text size="sm" c="dimmed">
                  <span>
                    {t('recurring.list.emptyHint')}{' '}
                    <Anchor
                      component={Link}
                      to={documentsPath(companyId, 'invoice')}
                      size="sm"
                      underline="always"
                    >
                      {t('recurring.list.emptyInvoicesLink')}
                    </Anchor>
                  </span>
                </Text>
              </Stack>
            }
            action={
              canWrite && (
                <Button
                  component={Link}
                  to={recurringPath(companyId, 'new')}
                  leftSection={<IconPlus size={16} aria-hidden />}
                >
                  {t('recurring.list.emptyAction')}
                </Button>
              )
            }
          />
        }
      />
    </>
  );
}
