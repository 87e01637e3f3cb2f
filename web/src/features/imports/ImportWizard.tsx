import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Progress,
  Stack,
  Stepper,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconCheck, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi, sendFile } from '../../lib/api/client';
import { errorMessage, notifyError } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import {
  type ColumnChoices,
  choicesFromMapping,
  mappingFromChoices,
  missingFields,
  rulesFor,
} from './mapping';
import { importRoute } from './paths';
import { RowErrorsTable } from './RowErrorsTable';
import type { ImportDelimiter, ImportEncoding, ImportKind, ImportRecord, ValidationResult } from './types';

const POLL_MS = 500;
/** The step's buttons stay in view while a long mapping or error list scrolls under them. */
const FOOTER = {
  position: 'sticky',
  bottom: 0,
  zIndex: 3,
  background: 'var(--mantine-color-body)',
  borderTop: '1px solid var(--mantine-color-default-border)',
  paddingBlock: 'var(--mantine-spacing-sm)',
} as const;
const RUNNING = new Set(['queued', 'checking', 'saving']);

interface ImportWizardProps {
  kind: ImportKind;
  opened: boolean;
  onClose: () => void;
  /** Rows were stored: the list behind the wizard should reload. */
  onImported: () => void;
}

/**
 * The import wizard: file → columns (with preview) → check (errors by row and column) → import
 * (progress polled from the server's job) → summary. Nothing is stored before the last step, and
 * then all rows or none.
 */
export function ImportWizard({ kind, opened, onClose, onImported }: ImportWizardProps) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [step, setStep] = useState(0);
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [updateExisting, setUpdateExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [validation, setValidation] = useState<ValidationResult | null>(null);
  const reported = useRef(false);

  const reset = () => {
    setStep(0);
    setRecord(null);
    setChoices({});
    setUpdateExisting(false);
    setFileError(null);
    setCheckError(null);
    setValidation(null);
    reported.current = false;
  };

  const close = () => {
    onClose();
    reset();
  };

  const showRecord = (next: ImportRecord) => {
    setRecord(next);
    setChoices(choicesFromMapping(next.headers, next.suggestedMapping));
  };

  const upload = async (file: File) => {
    setBusy(true);
    setFileError(null);
    try {
      const created = await sendFile('post', importRoute(kind, ''), {
        path: { companyId },
        // Sent as bytes: the server detects the encoding (a browser would decode it as UTF-8).
        file: new Blob([file], { type: 'text/csv' }),
        query: { filename: file.name },
      });
      showRecord(created);
      setStep(1);
    } catch (error) {
      setFileError(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const changeSettings = async (settings: { encoding?: ImportEncoding; delimiter?: ImportDelimiter }) => {
    if (!record) return;
    setBusy(true);
    try {
      showRecord(
        await callApi('patch', importRoute(kind, '/{importId}'), {
          path: { companyId, importId: record.id },
          body: settings,
        }),
      );
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  const mapping = record ? mappingFromChoices(record.fields, choices) : {};
  const rules = record ? rulesFor(record, updateExisting) : { required: [], oneOf: [] };
  const missing = missingFields(rules, mapping);
  const complete = missing.required.length === 0 && missing.oneOf.length === 0;
  const body = () => ({
    mapping,
    ...(record?.updateRequirements ? { existing: updateExisting ? 'update' : 'reject' } : {}),
  });

  const check = async () => {
    if (!record) return;
    setStep(2);
    setValidation(null);
    setCheckError(null);
    setBusy(true);
    try {
      setValidation(
        await callApi('post', importRoute(kind, '/{importId}/validate'), {
          path: { companyId, importId: record.id },
          body: body(),
        }),
      );
    } catch (error) {
      setCheckError(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!record) return;
    setBusy(true);
    try {
      const queued = await callApi('post', importRoute(kind, '/{importId}/commit'), {
        path: { companyId, importId: record.id },
        body: body(),
      });
      setRecord(queued);
      setStep(3);
    } catch (error) {
      setCheckError(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  // While the job runs, its counters are polled; the list behind reloads once rows are stored.
  useEffect(() => {
    if (step !== 3 || !record) return;
    if (record.status === 'done' && !reported.current) {
      reported.current = true;
      onImported();
    }
    if (!RUNNING.has(record.status)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      callApi('get', importRoute(kind, '/{importId}'), {
        path: { companyId, importId: record.id },
        signal: controller.signal,
      }).then(setRecord, (error: unknown) => {
        if (!controller.signal.aborted) notifyError(t, error);
      });
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [step, record, companyId, kind, onImported, t]);

  const count = record?.rowCount ?? 0;
  const what = t(`imports.noun.${kind}`, { count });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(`imports.title.${kind}`)}
      size="min(1100px, 96vw)"
      fullScreen={narrow}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('imports.actions.close') }}
    >
      <Stack gap="lg">
        <Stepper
          active={step === 3 && record?.status === 'done' ? 4 : step}
          size="sm"
          allowNextStepsSelect={false}
          iconSize={32}
        >
          <Stepper.Step
            label={t('imports.steps.file')}
            description={narrow ? undefined : t('imports.steps.fileDescription')}
          />
          <Stepper.Step
            label={t('imports.steps.columns')}
            description={narrow ? undefined : t('imports.steps.columnsDescription')}
          />
          <Stepper.Step
            label={t('imports.steps.check')}
            description={narrow ? undefined : t('imports.steps.checkDescription')}
          />
          <Stepper.Step
            label={t('imports.steps.import')}
            description={narrow ? undefined : t('imports.steps.importDescription')}
          />
        </Stepper>

        {step === 0 && <FileStep busy={busy} error={fileError} onFile={(file) => void upload(file)} />}

        {step === 1 && record && (
          <>
            <MappingStep
              record={record}
              choices={choices}
              onChoices={setChoices}
              rules={rules}
              missing={missing}
              updateExisting={updateExisting}
              onUpdateExisting={setUpdateExisting}
              onSettings={(s) => void changeSettings(s)}
              busy={busy}
            />
            <Group justify="space-between" style={FOOTER}>
              <Button variant="default" onClick={reset}>
                {t('imports.actions.changeFile')}
              </Button>
              <Button onClick={() => void check()} disabled={!complete || busy}>
                {t('imports.actions.next')}
              </Button>
            </Group>
          </>
        )}

        {step === 2 && record && (
          <>
            <div aria-live="polite">
              {busy && !validation ? (
                <Group gap="sm" role="status">
                  <Loader size="sm" aria-hidden />
                  <Text>{t('imports.check.running')}</Text>
                </Group>
              ) : checkError ? (
                <Alert
                  color="red"
                  variant="light"
                  role="alert"
                  icon={<IconAlertTriangle size={20} aria-hidden />}
                >
                  {checkError}
                </Alert>
              ) : validation && validation.errorCount === 0 ? (
                <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
                  <Text fw={600}>{t('imports.check.ready', { count: validation.rowCount })}</Text>
                  {record.updateRequirements && (
                    <Text size="sm">
                      {t('imports.check.plan', {
                        created: validation.toCreate,
                        updated: validation.toUpdate,
                      })}
                    </Text>
                  )}
                </Alert>
              ) : validation ? (
                <Stack gap="sm">
                  <Alert
                    color="red"
                    variant="light"
                    title={t('imports.check.errorsTitle', { count: validation.errorCount })}
                    icon={<IconAlertTriangle size={20} aria-hidden />}
                  >
                    <Text size="sm">{t('imports.check.errorsHelp')}</Text>
                    {validation.errors.length < validation.errorCount && (
                      <Text size="sm">
                        {t('imports.check.truncated', { count: validation.errors.length })}
                      </Text>
                    )}
                  </Alert>
                  <RowErrorsTable errors={validation.errors} />
                </Stack>
              ) : null}
            </div>
            <Group justify="space-between" style={FOOTER}>
              <Group gap="sm">
                <Button variant="default" onClick={() => setStep(1)} disabled={busy}>
                  {t('imports.actions.editMapping')}
                </Button>
                <Button variant="subtle" onClick={reset} disabled={busy}>
                  {t('imports.actions.changeFile')}
                </Button>
              </Group>
              <Button
                onClick={() => void commit()}
                disabled={busy || !validation || validation.errorCount > 0}
                loading={busy && !!validation}
              >
                {t('imports.run.startCount', { what })}
              </Button>
            </Group>
          </>
        )}

        {step === 3 && record && (
          <ImportRun
            record={record}
            kind={kind}
            onEditMapping={() => setStep(1)}
            onChangeFile={reset}
            onClose={close}
          />
        )}
      </Stack>
    </Modal>
  );
}

interface ImportRunProps {
  record: ImportRecord;
  kind: ImportKind;
  onEditMapping: () => void;
  onChangeFile: () => void;
  onClose: () => void;
}

/** Step 4: the job's progress (checking, then saving), then the summary or why nothing was stored. */
function ImportRun({ record, kind, onEditMapping, onChangeFile, onClose }: ImportRunProps) {
  const { t } = useTranslation();
  const { done, total, phase } = record.progress;
  const share = total > 0 ? done / total : 0;

  if (record.status === 'done' && record.result) {
    return (
      <Stack align="center" gap="md" py="lg" ta="center">
        <ThemeIcon size={56} radius="xl" color="teal" variant="light" aria-hidden>
          <IconCheck size={32} />
        </ThemeIcon>
        <Text fw={700} fz="lg" role="status">
          {t('imports.done.title')}
        </Text>
        <Text>
          {t('imports.done.created', {
            count: record.result.created,
            what: t(`imports.noun.${kind}`, { count: record.result.created }),
          })}
          {record.result.updated > 0 && ` · ${t('imports.done.updated', { count: record.result.updated })}`}
        </Text>
        <Button onClick={onClose}>{t(`imports.done.backToList.${kind}`)}</Button>
      </Stack>
    );
  }

  if (record.status === 'failed') {
    const failure = record.failure;
    return (
      <Stack gap="sm">
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('imports.failed.title')}
          icon={<IconAlertTriangle size={20} aria-hidden />}
        >
          {failure?.detail}
        </Alert>
        {failure && failure.errors.length > 0 && <RowErrorsTable errors={failure.errors} />}
        <Group gap="sm">
          <Button variant="default" onClick={onEditMapping}>
            {t('imports.actions.editMapping')}
          </Button>
          <Button variant="subtle" onClick={onChangeFile}>
            {t('imports.actions.changeFile')}
          </Button>
        </Group>
      </Stack>
    );
  }

  // Checking counts for the first half of the bar, saving for the second.
  const value = phase === 'saving' ? 50 + share * 50 : phase === 'checking' ? share * 50 : 0;
  const label =
    phase === 'checking'
      ? t('imports.run.checking', { done, total })
      : phase === 'saving'
        ? done > 0
          ? t('imports.run.savingCount', { done, total })
          : t('imports.run.saving', { total })
        : t('imports.run.queued');
  return (
    <Stack gap="sm" py="md">
      <Progress.Root size="xl" radius="md">
        <Progress.Section
          value={Math.max(value, 2)}
          animated
          striped
          aria-label={t('imports.run.progressLabel')}
          aria-valuetext={label}
        />
      </Progress.Root>
      <Text role="status" aria-live="polite">
        {label}
      </Text>
      <Text size="sm" c="dimmed">
        {t('imports.run.canClose')}
      </Text>
    </Stack>
  );
}
