import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { TwoFactorSection } from './TwoFactorSection';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} mx="auto" gap="lg">
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <ProfileSection />
      <PasswordSection />
      <TwoFactorSection />
    </Stack>
  );
}
