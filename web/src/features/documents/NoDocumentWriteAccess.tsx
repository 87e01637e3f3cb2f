import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function NoDocumentWriteAccess() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
      {t('documents.noWriteAccess')}
    </Alert>
  );
}
