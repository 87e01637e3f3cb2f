import { Group, Loader, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../../components/DialogFooter';
import { isAbortError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { errorMessage } from '../../lib/errors';
import { formatRunAt } from './format';
import type { RecurringProfileDetail } from './types';

interface DialogProps {
  profile: RecurringProfileDetail;
  opened: boolean;
  busy: boolean;
  error: unknown;
  onClose: () => void;
}

/** Pausing asks why (optional): the reason shows on the profile until it resumes. */
export function PauseDialog({
  profile,
  opened,
  busy,
  error,
  onClose,
  onPause,
}: DialogProps & { onPause: (reason: string | null) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('recurring.profile.pauseTitle', { name: profile.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('recurring.profile.pauseMessage')}</Text>
        <Textarea
          label={t('recurring.profile.pauseReason')}
          description={t('recurring.profile.pauseReasonHint')}
          maxLength={500}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <DialogFooter
          error={error ? errorMessage(t, error) : null}
          busy={busy}
          onCancel={onClose}
          submitLabel={t('recurring.profile.pause')}
          submitIcon={<IconPlayerPause size={16} aria-hidden />}
          onSubmit={() => onPause(reason.trim() || null)}
        />
      </Stack>
    </Modal>
  );
}

/** The most periods a resume counts one by one: the preview answers 12 runs at a time. */
const PREVIEW_RUNS = 12;

/**
 * The periods that fell due while the profile was paused: those of the schedule from the next
 * period not generated yet (`nextRunAt`) up to now. Null while counting.
 */
function useMissedPeriods(companyId: string, profile: RecurringProfileDetail, opened: boolean) {
  const [missed, setMissed] = useState<number | null>(null);
  useEffect(() => {
    if (!opened) return;
    const next = profile.nextRunAt;
    if (!next || Date.parse(next) > Date.now()) {
      setMissed(0);
      return;
    }
    setMissed(null);
    const controller = new AbortController();
    callApi('post', '/api/v1/companies/{companyId}/recurring-profiles/preview', {
      path: { companyId },
      body: { schedule: profile.schedule, after: new Date(Date.parse(next) - 1000).toISOString() },
      signal: controller.signal,
    }).then(
      ({ runs }) => setMissed(runs.filter((r) => Date.parse(r.dueAt) <= Date.now()).length),
      (error: unknown) => {
        // Not counted: the choice is still offered, without a number.
        if (!isAbortError(error)) setMissed(1);
      },
    );
    return () => controller.abort();
  }, [opened, companyId, profile.nextRunAt, profile.schedule]);
  return missed;
}

/** Resuming asks, when periods fell due meanwhile, whether to make their invoices (in order) or skip them. */
export function ResumeDialog({
  companyId,
  profile,
  opened,
  busy,
  error,
  onClose,
  onResume,
}: DialogProps & { companyId: string; onResume: (catchUp: boolean) => void }) {
  const { t } = useTranslation();
  const missed = useMissedPeriods(companyId, profile, opened);
  const [choice, setChoice] = useState<'catch-up' | 'skip'>('skip');
  const many = missed !== null && missed >= PREVIEW_RUNS;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('recurring.profile.resumeTitle', { name: profile.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {missed === null ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('recurring.profile.resumeCounting')}</Text>
          </Group>
        ) : missed === 0 ? (
          <Text size="sm">
            {t('recurring.profile.resumeNoMissed', {
              date: profile.nextRunAt ? formatRunAt(profile.nextRunAt, profile.schedule.timeZone) : '—',
            })}
          </Text>
        ) : (
          <Radio.Group
            label={
              many
                ? t('recurring.profile.resumeMissedMany', { count: missed })
                : t('recurring.profile.resumeMissed', { count: missed })
            }
            value={choice}
            onChange={(v) => setChoice(v as 'catch-up' | 'skip')}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="catch-up"
                label={t('recurring.profile.catchUp', { count: missed })}
                description={t('recurring.profile.catchUpHint')}
              />
              <Radio
                value="skip"
                label={t('recurring.profile.skip')}
                description={t('recurring.profile.skipHint')}
              />
            </Stack>
          </Radio.Group>
        )}
        <DialogFooter
          error={error ? errorMessage(t, error) : null}
          busy={busy || missed === null}
          onCancel={onClose}
          submitLabel={t('recurring.profile.resume')}
          submitIcon={<IconPlayerPlay size={16} aria-hidden />}
          onSubmit={() => onResume(missed !== null && missed > 0 && choice === 'catch-up')}
        />
      </Stack>
    </Modal>
  );
}
