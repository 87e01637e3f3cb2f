import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogFooterProps {
  /** What went wrong that no field shows (the server's answer), announced as an alert above the buttons. */
  error?: string | null;
  busy: boolean;
  onCancel: () => void;
  submitLabel: string;
  onSubmit: () => void;
  submitIcon?: ReactNode;
}

/** The end of a form dialog: its error, "Cancel", and the dialog's action (busy while it runs). */
export function DialogFooter({
  error,
  busy,
  onCancel,
  submitLabel,
  onSubmit,
  submitIcon,
}: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} leftSection={submitIcon} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
