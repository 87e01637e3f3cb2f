import { Alert, Button, Group, List, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FieldProblem, toApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useApiQuery } from '../../lib/use-api';
import { FinalizeDateField, FinalizeNotice } from './FinalizeParts';
import { KINDS } from './kinds';
import { documentSettingsApiPath, documentsApiPath } from './paths';
import type { DocumentSettings, SalesDocument } from './types';

interface FinalizeDialogProps {
  opened: boolean;
  doc: SalesDocument;
  companyId: string;
  onClose: () => void;
  onDone: (doc: SalesDocument) => void;
}

/**
 * Sending a quote, confirming an order, issuing an invoice or credit note: the irreversible step that
 * assigns the number and freezes the content. Says so, previews the number, and lets the user date it.
 */
export function FinalizeDialog({ opened, doc, companyId, onClose, onDone }: FinalizeDialogProps) {
  const { t } = useTranslation();
  const config = KINDS[doc.kind];
  const k = config.key;
  const settings = useApiQuery<DocumentSettings>(opened ? documentSettingsApiPath(companyId) : null);
  const [issueDate, setIssueDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  /** The latest issue date the server said it accepts, when it refused a later one. */
  const [latestIssueDate, setLatestIssueDate] = useState<string | undefined>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setProblems([]);
    setMessage(null);
    setDateError(undefined);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setProblems([]);
    setMessage(null);
    setDateError(undefined);
    try {
      const result = await api<SalesDocument>(
        documentsApiPath(companyId, doc.kind, doc.id, config.finalize.action),
        { method: 'POST', body: issueDate ? { issueDate } : {} },
      );
      setBusy(false);
      onDone(result);
    } catch (error) {
      const err = toApiError(error);
      const onDate = err.errors.find((e) => e.path === 'issueDate');
      if (onDate) setDateError(onDate.message);
      if (typeof err.problem.latestIssueDate === 'string') setLatestIssueDate(err.problem.latestIssueDate);
      const others = err.errors.filter((e) => e.path !== 'issueDate');
      setProblems(others);
      if (!onDate && others.length === 0) setMessage(errorMessage(t, err));
      setBusy(false);
    }
  };

  const next = settings.data?.nextNumbers[doc.kind];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(`documents.kinds.${k}.finalizeTitle`)}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <FinalizeNotice
          kind={doc.kind}
          message={
            next
              ? t(`documents.kinds.${k}.finalizeMessage`, { number: next })
              : t(`documents.kinds.${k}.finalizeMessageNoNumber`)
          }
        />
        <FinalizeDateField
          companyId={companyId}
          kindKey={k}
          value={issueDate}
          onChange={setIssueDate}
          error={dateError}
          latestIssueDate={latestIssueDate}
        />
        {(problems.length > 0 || message) && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('documents.actions.cannotFinalize')}
            role="alert"
          >
            {message ?? (
              <List size="sm" spacing={2}>
                {problems.map((p) => (
                  <List.Item key={`${p.path}-${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()} data-autofocus>
            {t(`documents.kinds.${k}.finalize`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
