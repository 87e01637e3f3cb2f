import { Button, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { callApi, useApiRoute } from '../../../lib/api/client';
import { notifyError, notifySuccess } from '../../../lib/errors';
import { useCompany } from '../../companies/company-context';
import { ReminderRulesEditor } from './ReminderRulesEditor';

/**
 * A customer's reminders on their page: `children` first (the pause control), then the company's
 * rules or their own (the same editor; saved with PUT, given up with DELETE, which goes back to the
 * company's).
 */
export function CustomerReminderRules({ contactId, children }: { contactId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const params = { companyId, contactId };
  const canRead = can('invoices.read');
  const query = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}/reminder-rules',
    canRead ? params : null,
  );
  const [own, setOwn] = useState<boolean | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [removing, setRemoving] = useState(false);
  const canEdit = can('reminders.manage');
  const saved = query.data?.saved ?? false;
  const mode = own ?? saved;

  const backToCompany = async () => {
    setRemoving(true);
    try {
      if (saved)
        await callApi('delete', '/api/v1/companies/{companyId}/contacts/{contactId}/reminder-rules', {
          path: params,
        });
      setConfirm(false);
      setOwn(false);
      query.reload();
      notifySuccess(t('reminderRules.customer.backDone'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setRemoving(false);
    }
  };

  if (!canRead) return null;
  return (
    <SectionCard
      id="customer-reminder-rules"
      title={t('reminderRules.customer.title')}
      description={t('reminderRules.customer.description')}
    >
      {query.error ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Skeleton height={36} aria-busy="true" />
      ) : (
        <Stack gap="md">
          {children}
          <SegmentedControl
            aria-label={t('reminderRules.customer.title')}
            disabled={!canEdit}
            value={mode ? 'own' : 'company'}
            onChange={(v) => (v === 'own' ? setOwn(true) : saved ? setConfirm(true) : setOwn(false))}
            data={[
              { value: 'company', label: t('reminderRules.customer.company') },
              { value: 'own', label: t('reminderRules.customer.own') },
            ]}
          />
          {!mode ? (
            <Text size="sm" c="dimmed">
              {t('reminderRules.customer.usesCompany', { n: query.data.levels.length })}
            </Text>
          ) : (
            <ReminderRulesEditor
              key={query.data.updatedAt ?? 'new'}
              companyId={companyId}
              contactId={contactId}
              rules={query.data}
              canEdit={canEdit}
              onSave={async (body) => {
                const next = await callApi(
                  'put',
                  '/api/v1/companies/{companyId}/contacts/{contactId}/reminder-rules',
                  {
                    path: params,
                    body,
                  },
                );
                query.setData(() => next);
                return next;
              }}
              extraActions={
                saved ? (
                  <Button variant="subtle" color="gray" onClick={() => setConfirm(true)}>
                    {t('reminderRules.customer.back')}
                  </Button>
                ) : null
              }
            />
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirm}
        onClose={() => !removing && setConfirm(false)}
        loading={removing}
        danger
        title={t('reminderRules.customer.backTitle')}
        message={t('reminderRules.customer.backConfirm')}
        confirmLabel={t('reminderRules.customer.back')}
        onConfirm={() => void backToCompany()}
      />
    </SectionCard>
  );
}
