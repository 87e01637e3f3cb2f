import { Box, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { callApi, routeUrl, sendFile } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import classes from './LogoSection.module.css';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

interface LogoSectionProps {
  companyId: string;
  companyName: string;
  hasLogo: boolean;
  canEdit: boolean;
  onChange: (hasLogo: boolean) => void;
}

export function LogoSection({ companyId, companyName, hasLogo, canEdit, onChange }: LogoSectionProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(() => Date.now());
  const [busy, setBusy] = useState<'upload' | 'delete' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const logo = '/api/v1/companies/{companyId}/logo' as const;

  const upload = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (!LOGO_TYPES.includes(file.type)) {
      setProblem(t('companies.logo.badType'));
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(t('companies.logo.tooLarge'));
      return;
    }
    setBusy('upload');
    try {
      await sendFile('put', logo, { path: { companyId }, file });
      setVersion(Date.now());
      onChange(true);
      notifySuccess(t('companies.logo.uploaded'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    try {
      await callApi('delete', logo, { path: { companyId } });
      onChange(false);
      notifySuccess(t('companies.logo.removed'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <SectionCard id="logo" title={t('companies.logo.title')} description={t('companies.logo.description')}>
      <Group gap="xl" align="center" wrap="wrap">
        <Box className={classes.preview}>
          {hasLogo ? (
            <Image
              src={routeUrl(logo, { companyId }, {}, { v: version })}
              alt={t('companies.logo.alt', { name: companyName })}
              fit="contain"
              h="100%"
              w="100%"
            />
          ) : (
            <Stack align="center" gap={4} c="dimmed">
              <IconPhoto size={28} aria-hidden />
              <Text size="xs">{t('companies.logo.none')}</Text>
            </Stack>
          )}
        </Box>
        <Stack gap="xs">
          {canEdit && (
            <Group gap="sm">
              <FileButton onChange={(file) => void upload(file)} accept={LOGO_TYPES.join(',')}>
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    loading={busy === 'upload'}
                    leftSection={<IconUpload size={16} aria-hidden />}
                  >
                    {hasLogo ? t('companies.logo.replace') : t('companies.logo.upload')}
                  </Button>
                )}
              </FileButton>
              {hasLogo && (
                <Button
                  variant="subtle"
                  color="red"
                  loading={busy === 'delete'}
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => void remove()}
                >
                  {t('companies.logo.remove')}
                </Button>
              )}
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {t('companies.logo.constraints')}
          </Text>
          {problem && (
            <Text size="sm" c="red" role="alert">
              {problem}
            </Text>
          )}
        </Stack>
      </Group>
    </SectionCard>
  );
}
