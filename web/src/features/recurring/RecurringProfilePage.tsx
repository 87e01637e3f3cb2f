import { Alert, Anchor, Badge, Button, Group, Menu, Skeleton, Stack, Table, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerStop,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { vatLabel } from '../catalog/catalog-format';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { decimalToText } from '../documents/decimal-text';
import { documentsPath } from '../documents/paths';
import { StatusBadge } from '../documents/StatusBadge';
import { formatRunAt } from './format';
import { PauseDialog, ResumeDialog } from './ProfileDialogs';
import { PROFILE_ROUTE, recurringPath } from './paths';
import { RecurringBreadcrumb } from './RecurringEditorPages';
import { RecurringStatusBadge } from './RecurringStatusBadge';
import { PeriodCell } from './SchedulePreview';
import { scheduleBounds, scheduleInWords } from './schedule-words';
import { RECURRING_PERMISSIONS, type RecurringProfileDetail, type RecurringRun } from './types';

type Dialog = 'pause' | 'resume' | 'stop' | 'delete' | null;

/** `/c/:companyId/recurring/:profileId`: what the profile invoices and when, its state, its history. */
export function RecurringProfilePage() {
  const { profileId = '' } = useParams();
  const { companyId } = useCompany();
  const { t } = useTranslation();
  const query = useApiRoute(PROFILE_ROUTE, { companyId, profileId });
  if (query.error)
    return (
      <>
        <PageHeader eyebrow={<RecurringBreadcrumb companyId={companyId} />} title={t('recurring.title')} />
        <ErrorState error={query.error} onRetry={query.reload} />
      </>
    );
  if (!query.data)
    return (
      <Stack gap="lg" aria-busy>
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton height={36} width="40%" />
        <Skeleton height={160} radius="md" />
        <Skeleton height={220} radius="md" />
      </Stack>
    );
  return <ProfileView profile={query.data} onChange={(p) => query.setData(() => p)} />;
}

function ProfileView({
  profile,
  onChange,
}: {
  profile: RecurringProfileDetail;
  onChange: (p: RecurringProfileDetail) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, can } = useCompany();
  const canWrite = can(RECURRING_PERMISSIONS.write);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const path = { companyId, profileId: profile.id };
  const s = profile.schedule;
  const language = currentLanguage();
  const neverRan = profile.runs.length === 0 && profile.lastPeriodStart === null;

  const open = (d: Dialog) => {
    setError(null);
    setDialog(d);
  };
  const run = async (action: () => Promise<RecurringProfileDetail | undefined>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      if (updated) onChange(updated);
      notifySuccess(done);
      setDialog(null);
    } catch (e) {
      setError(e);
      if (dialog === 'stop' || dialog === 'delete') {
        notifyError(t, e);
        setDialog(null);
      }
    } finally {
      setBusy(false);
    }
  };

  const actions: ReactNode[] = [];
  if (canWrite && profile.status !== 'stopped') {
    actions.push(
      <Button
        key="edit"
        variant="default"
        component={Link}
        to={recurringPath(companyId, profile.id, 'edit')}
        leftSection={<IconPencil size={16} aria-hidden />}
      >
        {t('recurring.profile.edit')}
      </Button>,
    );
    actions.push(
      profile.status === 'active' ? (
        <Button
          key="pause"
          variant="default"
          leftSection={<IconPlayerPause size={16} aria-hidden />}
          onClick={() => open('pause')}
        >
          {t('recurring.profile.pause')}
        </Button>
      ) : (
        <Button
          key="resume"
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          onClick={() => open('resume')}
        >
          {t('recurring.profile.resume')}
        </Button>
      ),
    );
  }
  const more: ReactNode[] = [];
  if (canWrite && profile.status !== 'stopped')
    more.push(
      <Menu.Item
        key="stop"
        color="red.8"
        leftSection={<IconPlayerStop size={16} aria-hidden />}
        onClick={() => open('stop')}
      >
        {t('recurring.profile.stop')}
      </Menu.Item>,
    );
  if (canWrite && neverRan)
    more.push(
      <Menu.Item
        key="delete"
        color="red.8"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => open('delete')}
      >
        {t('recurring.profile.delete')}
      </Menu.Item>,
    );

  return (
    <>
      <PageHeader eyebrow={<RecurringBreadcrumb companyId={companyId} />} title={profile.name} />
      <Group justify="space-between" align="center" gap="sm" mt={-8} mb="lg" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <RecurringStatusBadge profile={profile} size="md" />
          <Text size="sm" c="dimmed">
            {scheduleInWords(t, s, language)}
          </Text>
        </Group>
        <Group gap="sm" wrap="wrap">
          {actions}
          {more.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('documents.actions.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>{more}</Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>

      <Stack gap="lg">
        <StateBanner profile={profile} />
        <Summary profile={profile} />
        <History profile={profile} />
      </Stack>

      <PauseDialog
        key={`pause-${dialog === 'pause'}`}
        profile={profile}
        opened={dialog === 'pause'}
        busy={busy}
        error={dialog === 'pause' ? error : null}
        onClose={() => setDialog(null)}
        onPause={(reason) =>
          void run(
            () =>
              callApi('post', '/api/v1/companies/{companyId}/recurring-profiles/{profileId}/pause', {
                path,
                body: { reason },
              }),
            t('recurring.profile.paused'),
          )
        }
      />
      <ResumeDialog
        companyId={companyId}
        profile={profile}
        opened={dialog === 'resume'}
        busy={busy}
        error={dialog === 'resume' ? error : null}
        onClose={() => setDialog(null)}
        onResume={(catchUp) =>
          void run(
            // `{ catchUp }`: make the paused periods' invoices, in order, or skip them (issue 14).
            () =>
              callApi('post', '/api/v1/companies/{companyId}/recurring-profiles/{profileId}/resume', {
                path,
                body: { catchUp },
              }),
            t('recurring.profile.resumed'),
          )
        }
      />
      <ConfirmDialog
        opened={dialog === 'stop'}
        title={t('recurring.profile.stopTitle', { name: profile.name })}
        message={t('recurring.profile.stopMessage')}
        confirmLabel={t('recurring.profile.stop')}
        danger
        loading={busy}
        onConfirm={() =>
          void run(
            () =>
              callApi('post', '/api/v1/companies/{companyId}/recurring-profiles/{profileId}/stop', { path }),
            t('recurring.profile.stopped'),
          )
        }
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('recurring.profile.deleteTitle', { name: profile.name })}
        message={t('recurring.profile.deleteMessage')}
        confirmLabel={t('recurring.profile.delete')}
        danger
        loading={busy}
        onConfirm={() =>
          void run(async () => {
            await callApi('delete', PROFILE_ROUTE, { path });
            navigate(recurringPath(companyId), { replace: true });
            return undefined;
          }, t('recurring.profile.deleted'))
        }
        onClose={() => setDialog(null)}
      />
    </>
  );
}

/** Paused (and why), failing (and what that leads to), or stopped. */
function StateBanner({ profile }: { profile: RecurringProfileDetail }) {
  const { t } = useTranslation();
  if (profile.status === 'stopped')
    return (
      <Alert color="gray" variant="light" icon={<IconPlayerStop size={18} aria-hidden />}>
        {t('recurring.profile.stoppedNotice')}
      </Alert>
    );
  return (
    <>
      {profile.status === 'paused' && (
        <Alert
          color={profile.failures > 0 ? 'red' : 'yellow'}
          variant="light"
          icon={<IconPlayerPause size={18} aria-hidden />}
          title={
            profile.failures > 0
              ? t('recurring.profile.pausedAfterFailures', { count: profile.failures })
              : t('recurring.profile.pausedTitle')
          }
        >
          <Stack gap={4}>
            {profile.pauseReason ? (
              <Text size="sm">
                {t('recurring.profile.reason')} <q>{profile.pauseReason}</q>
              </Text>
            ) : (
              <Text size="sm">{t('recurring.profile.pausedNoReason')}</Text>
            )}
            {profile.failures > 0 && <Text size="sm">{t('recurring.profile.fixThenResume')}</Text>}
          </Stack>
        </Alert>
      )}
      {/* Still running: it pauses itself at the third failure in a row. */}
      {profile.status === 'active' && profile.failures > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('recurring.profile.failingTitle', { count: profile.failures })}
        >
          <Text size="sm">{t('recurring.profile.failingHint')}</Text>
        </Alert>
      )}
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function Summary({ profile }: { profile: RecurringProfileDetail }) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const s = profile.schedule;
  const money = (v: string) => formatMoney(v, profile.currency);
  return (
    <SectionCard id="recurring-summary" title={t('recurring.profile.summary')}>
      <Stack gap="lg">
        <dl
          style={{
            margin: 0,
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
            gap: 'var(--mantine-spacing-md)',
          }}
        >
          <Field label={t('recurring.profile.customer')}>
            <Anchor component={Link} to={contactsPath(companyId, profile.contactId)} size="sm">
              {profile.contactName ?? '—'}
            </Anchor>
          </Field>
          <Field label={t('recurring.profile.amount')}>
            {t('recurring.profile.amountLine', {
              excl: money(profile.amount.taxExclusive),
              incl: money(profile.amount.taxInclusive),
            })}
          </Field>
          <Field label={t('recurring.profile.next')}>
            {profile.status === 'paused'
              ? t('recurring.profile.nextPaused')
              : profile.nextRunAt && profile.status === 'active'
                ? formatRunAt(profile.nextRunAt, s.timeZone)
                : t('recurring.profile.noNext')}
          </Field>
          <Field label={t('recurring.profile.schedule')}>
            {scheduleInWords(t, s, currentLanguage())}
            <br />
            <Text span size="xs" c="dimmed">
              {scheduleBounds(t, s, formatDate)} ·{' '}
              {t('recurring.words.at', { time: s.timeOfDay, zone: s.timeZone })} ·{' '}
              {t(`recurring.billing.${s.billing}`)}
            </Text>
          </Field>
          <Field label={t('recurring.profile.mode')}>{t(`recurring.modes.${profile.mode}`)}</Field>
          <Field label={t('recurring.profile.issueDate')}>
            {t(`recurring.issueDateRules.${profile.issueDateRule}`)}
          </Field>
        </dl>
        <Table.ScrollContainer minWidth={480}>
          <Table fz="sm" aria-label={t('recurring.profile.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recurring.editor.description')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('recurring.editor.quantity')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('recurring.editor.unitPrice')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('recurring.editor.vat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.lines.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is their identity
                <Table.Tr key={i}>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>
                    {l.description}
                    {l.followCatalogPrice && (
                      <Badge size="xs" variant="light" color="gray" ml={6}>
                        {t('recurring.profile.followsPrice')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {decimalToText(l.quantity)}
                  </Table.Td>
                  <Table.Td
                    style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                  >
                    {formatMoney(l.unitPrice, profile.currency)}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {vatLabel({ rate: l.vatRate, category: l.vatCategory })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </SectionCard>
  );
}

function History({ profile }: { profile: RecurringProfileDetail }) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const runs: RecurringRun[] = profile.runs;
  return (
    <SectionCard
      id="recurring-history"
      title={t('recurring.profile.history')}
      description={t('recurring.profile.historyHint')}
      flush
    >
      {runs.length === 0 ? (
        <Text size="sm" c="dimmed" p="lg">
          {profile.nextRunAt && profile.status === 'active'
            ? t('recurring.profile.historyEmptyNext', {
                date: formatRunAt(profile.nextRunAt, profile.schedule.timeZone),
              })
            : t('recurring.profile.historyEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table
            fz="sm"
            verticalSpacing="xs"
            horizontalSpacing="lg"
            aria-labelledby="recurring-history-title"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recurring.profile.columns.period')}</Table.Th>
                <Table.Th>{t('recurring.profile.columns.invoice')}</Table.Th>
                <Table.Th>{t('recurring.profile.columns.status')}</Table.Th>
                <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {t('recurring.profile.columns.amount')}
                </Table.Th>
                <Table.Th>{t('recurring.profile.columns.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((r) => (
                <Table.Tr key={r.id} data-run={r.status}>
                  <Table.Td>
                    <PeriodCell start={r.periodStart} end={r.periodEnd} language={currentLanguage()} />
                  </Table.Td>
                  <Table.Td>
                    {r.documentId ? (
                      <Anchor
                        component={Link}
                        to={documentsPath(companyId, 'invoice', r.documentId)}
                        size="sm"
                      >
                        {r.documentNumber ?? t('recurring.profile.draft')}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.status === 'failed' ? (
                      <Stack gap={2}>
                        <Badge size="sm" variant="light" color="red">
                          {t('recurring.profile.run.failed')}
                        </Badge>
                        {r.error && (
                          <Text size="xs" c="red.8">
                            {r.error}
                          </Text>
                        )}
                      </Stack>
                    ) : r.documentStatus ? (
                      <StatusBadge status={r.documentStatus} kind="invoice" />
                    ) : (
                      <Badge size="sm" variant="light" color="teal">
                        {t('recurring.profile.run.generated')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td
                    style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {r.taxInclusive ? formatMoney(r.taxInclusive, profile.currency) : '—'}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.issueDate ? formatDate(r.issueDate) : formatDate(r.createdAt.slice(0, 10))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
