import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FormSkeleton({ fields = 6 }: { fields?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: fields }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
        <Stack gap={6} key={i}>
          <Skeleton height={12} width={120} />
          <Skeleton height={36} />
        </Stack>
      ))}
    </Stack>
  );
}
