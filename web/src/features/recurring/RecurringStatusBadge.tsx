import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecurringProfile } from './types';

const COLORS = { active: 'teal', paused: 'yellow', stopped: 'gray' } as const;

/** The profile's status in its colour; a profile whose last generations failed says how many. */
export function RecurringStatusBadge({
  profile,
  size = 'sm',
}: {
  profile: Pick<RecurringProfile, 'status' | 'failures'>;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size={size} variant="light" color={COLORS[profile.status]}>
        {t(`recurring.statuses.${profile.status}`)}
      </Badge>
      {profile.failures > 0 && profile.status !== 'stopped' && (
        <Badge size={size} variant="filled" color="red.8">
          {t('recurring.failing', { count: profile.failures })}
        </Badge>
      )}
    </Group>
  );
}
