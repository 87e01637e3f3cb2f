import { Anchor, Button, FileButton, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../lib/api';
import { sendFile } from '../../lib/api/client';
import { errorMessage } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { PURCHASE_IMPORT_ROUTE, purchasesPath } from './paths';

const ACCEPT = '.pdf,.xml,application/pdf,application/xml,text/xml';

type UploadState =
  | { kind: 'waiting' }
  | { kind: 'uploading' }
  | { kind: 'done'; id: string; label: string }
  | { kind: 'duplicate'; existingId: string | null }
  | { kind: 'failed'; message: string; details: string[] };

interface Upload {
  key: number;
  name: string;
  state: UploadState;
}

/** The content type the import route reads: a PDF, or else XML (browsers label XML inconsistently). */
function bodyOf(file: File): Blob {
  const pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  return new Blob([file], { type: pdf ? 'application/pdf' : 'application/xml' });
}

/**
 * Supplier invoices dropped here (several at once) or picked with the button are sent one by one to
 * the import route; each file keeps its own line: waiting, sending, booked (a link to it), already
 * booked (a link to the existing one) or refused with the server's reason.
 */
export function PurchaseUpload({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const [over, setOver] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const queue = useRef(Promise.resolve());

  const set = (key: number, state: UploadState) =>
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, state } : u)));

  const send = async (key: number, file: File) => {
    set(key, { kind: 'uploading' });
    try {
      const purchase = await sendFile('post', PURCHASE_IMPORT_ROUTE, {
        path: { companyId },
        file: bodyOf(file),
        query: { filename: file.name.slice(0, 200) },
      });
      set(key, {
        kind: 'done',
        id: purchase.id,
        label: [purchase.supplier?.name, purchase.number].filter(Boolean).join(' · '),
      });
      onImported();
    } catch (error) {
      const err = toApiError(error);
      if (err.status === 409 && err.code === 'already_exists') {
        const existingId = typeof err.problem.existingId === 'string' ? err.problem.existingId : null;
        set(key, { kind: 'duplicate', existingId });
        return;
      }
      // The server's own words name what is wrong in the file (an element, a profile, a type).
      const message = err.status >= 400 && err.status < 500 && err.detail ? err.detail : errorMessage(t, err);
      const details = err.errors
        .filter((e) => e.message && e.message !== message)
        .map((e) => (e.path && e.path !== 'body' ? `${e.path}: ${e.message}` : e.message));
      set(key, { kind: 'failed', message, details });
    }
  };

  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    const added = files.map((file) => ({ key: nextKey.current++, name: file.name, file }));
    setUploads((current) => [
      ...added.map(({ key, name }) => ({ key, name, state: { kind: 'waiting' } as UploadState })),
      ...current,
    ]);
    // One after the other: the server checks duplicates file by file, and the order stays readable.
    for (const { key, file } of added) queue.current = queue.current.then(() => send(key, file));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        radius="md"
        p="lg"
        data-testid="purchase-dropzone"
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
        <Group gap="md" justify="center" wrap="wrap" ta="center">
          <IconFileUpload size={32} stroke={1.4} aria-hidden color="var(--mantine-color-dimmed)" />
          <Text size="sm" c="dimmed" maw={460}>
            {t('purchases.upload.help')}
          </Text>
          <FileButton onChange={addFiles} accept={ACCEPT} multiple>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={18} aria-hidden />}>
                {t('purchases.upload.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {uploads.length > 0 && (
        <Paper withBorder radius="md" p="sm" component="section" aria-label={t('purchases.upload.results')}>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-live="polite">
            {uploads.map((u) => (
              <UploadLine key={u.key} upload={u} companyId={companyId} />
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function UploadLine({ upload, companyId }: { upload: Upload; companyId: string }) {
  const { t } = useTranslation();
  const { state } = upload;
  const icon =
    state.kind === 'waiting' || state.kind === 'uploading' ? (
      <Loader size={18} aria-hidden />
    ) : state.kind === 'done' ? (
      <ThemeIcon size={22} radius="xl" color="teal" variant="light" aria-hidden>
        <IconCheck size={14} />
      </ThemeIcon>
    ) : state.kind === 'duplicate' ? (
      <ThemeIcon size={22} radius="xl" color="gray" variant="light" aria-hidden>
        <IconCopy size={14} />
      </ThemeIcon>
    ) : (
      <ThemeIcon size={22} radius="xl" color="red" variant="light" aria-hidden>
        <IconAlertTriangle size={14} />
      </ThemeIcon>
    );
  return (
    <Group component="li" gap="sm" align="flex-start" wrap="nowrap" data-upload={upload.name}>
      <div style={{ flex: 'none', paddingTop: 2 }}>{icon}</div>
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {upload.name}
        </Text>
        {state.kind === 'waiting' && (
          <Text size="sm" c="dimmed">
            {t('purchases.upload.waiting')}
          </Text>
        )}
        {state.kind === 'uploading' && (
          <Text size="sm" c="dimmed">
            {t('purchases.upload.uploading')}
          </Text>
        )}
        {state.kind === 'done' && (
          <Text size="sm" c="teal.9">
            {t('purchases.upload.done')}{' '}
            <Anchor component={Link} to={purchasesPath(companyId, state.id)} size="sm">
              {state.label || t('purchases.upload.complete')}
            </Anchor>
          </Text>
        )}
        {state.kind === 'duplicate' && (
          <Text size="sm" c="dimmed">
            {t('purchases.upload.duplicate')}{' '}
            {state.existingId && (
              <Anchor component={Link} to={purchasesPath(companyId, state.existingId)} size="sm">
                {t('purchases.upload.openExisting')}
              </Anchor>
            )}
          </Text>
        )}
        {state.kind === 'failed' && (
          <>
            <Text size="sm" c="red.8" role="alert">
              {t('purchases.upload.refused', { reason: state.message })}
            </Text>
            {state.details.map((d) => (
              <Text size="xs" c="red.8" key={d}>
                {d}
              </Text>
            ))}
          </>
        )}
      </Stack>
    </Group>
  );
}
