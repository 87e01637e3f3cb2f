import { Alert, Button, FileButton, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values';

interface FileStepProps {
  busy: boolean;
  /** Why the last file was refused (the server's words). */
  error: string | null;
  onFile: (file: File) => void;
}

/** Step 1: a drop zone with a real button inside, for mouse, keyboard and screen reader alike. */
export function FileStep({ busy, error, onFile }: FileStepProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <Stack gap="md">
      <Paper
        withBorder
        radius="md"
        p="xl"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
          background: over ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Stack align="center" gap="sm" ta="center">
          {busy ? (
            <>
              <Loader size="md" aria-hidden />
              <Text fw={600} role="status">
                {t('imports.file.reading')}
              </Text>
            </>
          ) : (
            <>
              <IconFileSpreadsheet size={40} stroke={1.4} aria-hidden color="var(--mantine-color-dimmed)" />
              <FileButton onChange={(file) => file && onFile(file)} accept={ACCEPT}>
                {(props) => (
                  <Button {...props} leftSection={<IconUpload size={18} aria-hidden />}>
                    {t('imports.file.placeholder')}
                  </Button>
                )}
              </FileButton>
              <Text size="sm" c="dimmed" maw={560}>
                {t('imports.file.help')}
              </Text>
            </>
          )}
        </Stack>
      </Paper>
      {error && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('imports.file.rejected')}
          icon={<IconAlertTriangle size={20} aria-hidden />}
        >
          {error}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('imports.file.template')}
      </Text>
    </Stack>
  );
}
