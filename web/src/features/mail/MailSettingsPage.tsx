import { Alert, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { DeliverySection } from './DeliverySection';
import { TemplatesSection } from './TemplatesSection';

/** Settings › E-mail: message templates, and where the company's mail goes. */
export function MailSettingsPage() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const canManage = can(PERMISSIONS.settingsManage);
  return (
    <Stack gap="lg">
      {!canManage && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('mail.readOnly')}
        </Alert>
      )}
      <TemplatesSection companyId={companyId} canEdit={canManage} />
      {canManage && <DeliverySection companyId={companyId} canReadOutbox={canManage} />}
    </Stack>
  );
}
