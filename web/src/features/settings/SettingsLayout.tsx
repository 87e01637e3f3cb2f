import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LinkTabs } from '../../components/LinkTabs';
import { PageHeader } from '../../components/PageHeader';
import { companyPath, useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';

/** Each settings tab and the permission that lets a role see it. */
export const SETTINGS_TABS = [
  { key: 'company', permission: PERMISSIONS.companyRead },
  { key: 'documents', permission: PERMISSIONS.companyRead, label: 'documents.settings.tab' },
  { key: 'mail', permission: PERMISSIONS.companyRead, label: 'mail.tab' },
  { key: 'peppol', permission: PERMISSIONS.settingsManage, label: 'peppol.tab' },
  { key: 'reminders', permission: 'invoices.read', label: 'reminderRules.tab' },
  { key: 'outbox', permission: PERMISSIONS.settingsManage, label: 'outbox.tab' },
  { key: 'members', permission: PERMISSIONS.membersRead },
  { key: 'jobs', permission: PERMISSIONS.jobsRead },
  { key: 'audit', permission: PERMISSIONS.auditRead },
] as const;

export function SettingsLayout() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('settings.title')}
        description={t('settings.description')}
      />
      <LinkTabs
        label={t('settings.sections')}
        tabs={SETTINGS_TABS.filter((tab) => can(tab.permission)).map((tab) => ({
          to: companyPath(companyId, `settings/${tab.key}`),
          label: 'label' in tab ? t(tab.label) : t(`settings.tabs.${tab.key}`),
        }))}
      />
      <Outlet />
    </>
  );
}
