import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../../components/DialogFooter';
import { toApiError } from '../../lib/api';
import { sendFile, useApiRoute } from '../../lib/api/client';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { currentLanguage, currentLocale } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { formatFileSize, formatIban } from './format';
import { BANK_CSV_PRESETS_ROUTE, BANK_STATEMENTS_ROUTE } from './paths';
import type { BankAccount, StatementImport, StatementImportAccount } from './types';
import { positionText, warningText } from './warning-text';

const isCsv = (file: File | null) => !!file && /\.csv$/i.test(file.name);

/**
 * A statement file sent to the import route: chosen or dropped, for the account the file's IBAN names
 * (or one picked), a CSV with the layout of its bank. The answer is shown per account (added, already
 * there, period, closing balance, warnings by position); a refusal names the position at fault and
 * nothing was stored, so the form stays as it was to try another file.
 */
export function ImportStatementDialog({
  opened,
  onClose,
  accounts,
  onImported,
}: {
  opened: boolean;
  onClose: () => void;
  accounts: readonly BankAccount[];
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const [file, setFile] = useState<File | null>(null);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [preset, setPreset] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [presetError, setPresetError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [result, setResult] = useState<StatementImport | null>(null);
  const csv = isCsv(file);
  const presets = useApiRoute(BANK_CSV_PRESETS_ROUTE, csv && opened ? { companyId } : null);
  const open = accounts.filter((a) => !a.archived);

  const pick = (picked: File | null) => {
    setFile(picked);
    setRefusal(null);
    setFileError(null);
    if (!isCsv(picked)) setPreset(null);
  };

  const reset = () => {
    setFile(null);
    setPreset(null);
    setRefusal(null);
    setFileError(null);
    setPresetError(null);
    setResult(null);
  };

  const close = () => {
    reset();
    setAccountId(null);
    onClose();
  };

  const submit = async () => {
    setRefusal(null);
    const noFile = file ? null : t('banking.import.fileRequired');
    const noPreset = csv && !preset ? t('banking.import.presetRequired') : null;
    setFileError(noFile);
    setPresetError(noPreset);
    if (!file || noPreset) return;
    setBusy(true);
    try {
      // Sent as bytes: the server reads the format from the content, whatever the browser calls it.
      const answer = await sendFile('post', BANK_STATEMENTS_ROUTE, {
        path: { companyId },
        file: new Blob([file], { type: 'application/octet-stream' }),
        query: {
          fileName: file.name.slice(0, 255),
          ...(accountId ? { accountId } : {}),
          ...(csv && preset ? { csvPreset: preset, format: 'csv' as const } : {}),
        },
      });
      setResult(answer);
      onImported();
    } catch (caught) {
      const err = toApiError(caught);
      // The server's words name the position in the file ("line 14"); nothing was stored.
      const first = err.errors[0];
      const message =
        err.status >= 400 && err.status < 500 ? (err.detail ?? errorMessage(t, err)) : errorMessage(t, err);
      const where = first?.path && first.path !== 'body' && !first.path.startsWith('/') ? first.path : null;
      const detail = first?.message && first.message !== message ? first.message : null;
      setRefusal(
        [
          where ? `${positionText(where, t)}: ${detail ?? message}` : message,
          where && detail ? message : null,
        ]
          .filter(Boolean)
          .join(' — '),
      );
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) pick(dropped);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={result ? t('banking.import.doneTitle') : t('banking.import.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {result ? (
        <Stack gap="md">
          <ImportResult result={result} accounts={accounts} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={reset}>
              {t('banking.import.another')}
            </Button>
            <Button onClick={close} data-autofocus>
              {t('banking.import.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Paper
              withBorder
              radius="md"
              p="md"
              data-testid="statement-dropzone"
              onDragOver={(event) => {
                event.preventDefault();
                setOver(true);
              }}
              onDragLeave={() => setOver(false)}
              onDrop={onDrop}
              style={{
                borderStyle: 'dashed',
                borderWidth: 2,
                borderColor: fileError
                  ? 'var(--mantine-color-red-7)'
                  : over
                    ? 'var(--mantine-primary-color-filled)'
                    : undefined,
                background: over ? 'var(--mantine-primary-color-light)' : undefined,
              }}
            >
              <Stack gap="sm" align="center" ta="center">
                <IconFileUpload size={32} stroke={1.4} aria-hidden color="var(--mantine-color-dimmed)" />
                {file ? (
                  <div data-testid="statement-file">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {file.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatFileSize(file.size, currentLocale())}
                    </Text>
                  </div>
                ) : (
                  <Text size="sm" c="dimmed" maw={420}>
                    {t('banking.import.help')}
                  </Text>
                )}
                <FileButton onChange={pick}>
                  {(props) => (
                    <Button
                      {...props}
                      variant="light"
                      leftSection={<IconUpload size={18} aria-hidden />}
                      data-autofocus
                    >
                      {file ? t('banking.import.chooseOther') : t('banking.import.choose')}
                    </Button>
                  )}
                </FileButton>
                {fileError && (
                  <Text size="sm" c="red.8" role="alert">
                    {fileError}
                  </Text>
                )}
              </Stack>
            </Paper>
            <Select
              label={t('banking.import.account')}
              description={t('banking.import.accountHint')}
              placeholder={t('banking.import.accountByIban')}
              data={open.map((a) => ({
                value: a.id,
                label: a.iban ? `${a.name} — ${formatIban(a.iban)}` : a.name,
              }))}
              value={accountId}
              onChange={setAccountId}
              clearable
              clearButtonProps={{ 'aria-label': t('banking.import.clearAccount') }}
              comboboxProps={{ withinPortal: true }}
            />
            {csv && (
              <Select
                label={t('banking.import.preset')}
                description={t('banking.import.presetHint')}
                placeholder={presets.loading ? t('common.loading') : t('banking.import.presetPlaceholder')}
                data={(presets.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={preset}
                onChange={(value) => {
                  setPreset(value);
                  setPresetError(null);
                }}
                error={presetError ?? (presets.error ? errorMessage(t, presets.error) : undefined)}
                required
                searchable
                comboboxProps={{ withinPortal: true }}
              />
            )}
            {refusal && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle size={18} aria-hidden />}
                title={t('banking.import.refused')}
                role="alert"
              >
                <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="statement-refusal">
                  {refusal}
                </Text>
              </Alert>
            )}
            <DialogFooter
              busy={busy}
              onCancel={close}
              submitLabel={t('banking.import.submit')}
              submitIcon={<IconUpload size={16} aria-hidden />}
              onSubmit={() => void submit()}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** What the file brought, account by account. */
function ImportResult({ result, accounts }: { result: StatementImport; accounts: readonly BankAccount[] }) {
  return (
    <Stack gap="sm" aria-live="polite" data-testid="statement-result">
      {result.accounts.map((a) => (
        <ImportedAccount key={a.importId} imported={a} account={accounts.find((x) => x.id === a.accountId)} />
      ))}
    </Stack>
  );
}

function ImportedAccount({
  imported: a,
  account,
}: {
  imported: StatementImportAccount;
  account: BankAccount | undefined;
}) {
  const { t } = useTranslation();
  const currency = account?.currency ?? 'EUR';
  const language = currentLanguage();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={account?.name}>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon
          size={28}
          radius="xl"
          color={a.warnings.length > 0 ? 'orange' : 'teal'}
          variant="light"
          aria-hidden
          style={{ flex: 'none' }}
        >
          {a.warnings.length > 0 ? <IconAlertTriangle size={16} /> : <IconCheck size={16} />}
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Title order={3} size="h5">
            {account?.name ?? t('banking.import.unknownAccount')}
          </Title>
          {account?.iban && (
            <Text size="xs" c="dimmed" ff="monospace">
              {formatIban(account.iban)}
            </Text>
          )}
          <Text size="sm" fw={600} data-testid="import-counts">
            {t('banking.import.added', { count: a.added })}
            {', '}
            {t('banking.import.alreadyThere', { count: a.alreadyThere })}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              t('banking.import.statements', { count: a.statementCount }),
              a.fromDate && a.toDate
                ? t('banking.import.period', { from: formatDate(a.fromDate), to: formatDate(a.toDate) })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {a.closingBalance !== null && (
            <Text size="sm">
              {t('banking.import.closingBalance')}{' '}
              <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(a.closingBalance, currency)}
              </Text>
            </Text>
          )}
          {a.warnings.length > 0 && (
            <Alert
              color="orange"
              variant="light"
              mt="xs"
              title={t('banking.import.warnings', { count: a.warnings.length })}
            >
              <List size="sm" spacing={4}>
                {a.warnings.map((w) => (
                  <List.Item key={`${w.position}:${w.template}`}>
                    <Text span fw={600} size="sm">
                      {positionText(w.position, t)}
                    </Text>
                    {': '}
                    {warningText(w, language)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
