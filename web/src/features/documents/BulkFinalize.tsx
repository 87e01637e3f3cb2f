import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FieldProblem, toApiError } from '../../lib/api';
import { callApi, useApiRoute } from '../../lib/api/client';
import type { ApiListItem } from '../../lib/api/types';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { FinalizeDateField, FinalizeNotice } from './FinalizeParts';
import { KINDS } from './kinds';
import { documentRoute, documentsPath } from './paths';
import type { DocumentKind, DocumentSummary } from './types';

/** Most drafts the API issues in one call (one transaction holds the company's issuing lock). */
export const MAX_BULK_FINALIZE = 200;

/** How many drafts the dialog names before "… and N more". */
const LISTED = 8;

export type Finalized = ApiListItem<'/api/v1/companies/{companyId}/quotes/send', 'post'>;

/** A draft as the user recognises it in the list: its customer and its total. */
export function useDraftName() {
  const { t } = useTranslation();
  return (doc: DocumentSummary) =>
    `${doc.contactName ?? t('documents.bulk.noCustomer')} (${formatMoney(doc.totals.taxInclusive, doc.currency)})`;
}

/** The kind's step out of draft for the selected drafts ("Issue the selection"), in the selection bar. */
export function BulkFinalizeButton({
  kind,
  count,
  onFinalize,
  describedBy,
}: {
  kind: DocumentKind;
  count: number;
  onFinalize: () => void;
  /** The id of the note that says why it is unavailable (too many drafts). */
  describedBy: string;
}) {
  const { t } = useTranslation();
  const config = KINDS[kind];
  const tooMany = count > MAX_BULK_FINALIZE;
  const Icon = config.finalize.action === 'send' ? IconSend : IconLock;
  return (
    <Button
      leftSection={<Icon size={16} aria-hidden />}
      onClick={onFinalize}
      disabled={tooMany}
      aria-describedby={tooMany ? describedBy : undefined}
    >
      {t(`documents.kinds.${config.key}.bulkFinalize`)}
    </Button>
  );
}

interface BulkFinalizeDialogProps {
  opened: boolean;
  kind: DocumentKind;
  companyId: string;
  /** The selected drafts, in list order: the order their numbers follow. */
  drafts: DocumentSummary[];
  onClose: () => void;
  onDone: (items: Finalized[]) => void;
  /** The draft the server refused, to point it out in the list. */
  onFailed: (documentId: string | null) => void;
}

interface Failure {
  doc: DocumentSummary | null;
  position: number | null;
  problems: FieldProblem[];
  message: string | null;
}

/**
 * Issues (sends, confirms) the selected drafts in one request, numbered in list order: all of them or,
 * when one cannot be, none; then it names the one at fault with the server's reasons.
 */
export function BulkFinalizeDialog({
  opened,
  kind,
  companyId,
  drafts,
  onClose,
  onDone,
  onFailed,
}: BulkFinalizeDialogProps) {
  const { t } = useTranslation();
  const draftName = useDraftName();
  const config = KINDS[kind];
  const k = config.key;
  const settings = useApiRoute(
    '/api/v1/companies/{companyId}/document-settings',
    opened ? { companyId } : null,
  );
  const [issueDate, setIssueDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  /** The latest issue date the server said it accepts, when it refused a later one. */
  const [latestIssueDate, setLatestIssueDate] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const orderLabelId = useId();
  const count = drafts.length;

  const reset = () => {
    setFailure(null);
    setDateError(undefined);
  };
  const close = () => {
    if (busy) return;
    reset();
    onClose();
  };

  const confirm = async () => {
    const ids = drafts.map((d) => d.id);
    setBusy(true);
    reset();
    onFailed(null);
    try {
      const result = await callApi('post', documentRoute(kind, `/${config.finalize.action}`), {
        path: { companyId },
        body: issueDate ? { ids, issueDate } : { ids },
      });
      setBusy(false);
      setIssueDate(null);
      onDone(result.items);
    } catch (error) {
      setBusy(false);
      const err = toApiError(error);
      const onDate = err.errors.find((e) => e.path === 'issueDate');
      if (onDate) setDateError(onDate.message);
      if (typeof err.problem.latestIssueDate === 'string') setLatestIssueDate(err.problem.latestIssueDate);
      const others = err.errors.filter((e) => e.path !== 'issueDate');
      const documentId = typeof err.problem.documentId === 'string' ? err.problem.documentId : null;
      // `ids/{index}` in the paths says which draft when the id alone does not (an unknown one).
      const index = ids.indexOf(documentId ?? '');
      const fromPath = /^ids\/(\d+)/.exec(others[0]?.path ?? '')?.[1];
      const position = index >= 0 ? index + 1 : fromPath !== undefined ? Number(fromPath) + 1 : null;
      if (onDate && others.length === 0) return;
      setFailure({
        doc: drafts.find((d) => d.id === documentId) ?? null,
        position,
        problems: others,
        message: others.length === 0 ? errorMessage(t, err) : null,
      });
      onFailed(documentId);
    }
  };

  const next = settings.data?.nextNumbers[kind];
  const listed = drafts.slice(0, LISTED);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(`documents.kinds.${k}.bulkTitle`, { count })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <FinalizeNotice
          kind={kind}
          message={
            next
              ? t(`documents.kinds.${k}.bulkMessage`, { number: next })
              : t(`documents.kinds.${k}.bulkMessageNoNumber`)
          }
        />
        <Stack gap={4}>
          <Text size="sm" fw={600} id={orderLabelId}>
            {t('documents.bulk.order')}
          </Text>
          <List type="ordered" size="sm" spacing={2} aria-labelledby={orderLabelId}>
            {listed.map((d) => (
              <List.Item key={d.id}>{draftName(d)}</List.Item>
            ))}
          </List>
          {count > listed.length && (
            <Text size="sm" c="dimmed">
              {t('documents.bulk.andMore', { count: count - listed.length })}
            </Text>
          )}
        </Stack>
        <FinalizeDateField
          companyId={companyId}
          kindKey={k}
          value={issueDate}
          onChange={setIssueDate}
          error={dateError}
          latestIssueDate={latestIssueDate}
        />
        {failure && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t(`documents.kinds.${k}.bulkFailed`)}
            role="alert"
          >
            <Stack gap={6}>
              {failure.position !== null && (
                <Text size="sm" fw={600}>
                  {t('documents.bulk.failedDocument', {
                    position: failure.position,
                    count,
                    name: failure.doc ? draftName(failure.doc) : '—',
                  })}
                  {failure.doc && (
                    <>
                      {' · '}
                      <Anchor
                        component={Link}
                        to={documentsPath(companyId, kind, failure.doc.id)}
                        size="sm"
                        fw={600}
                      >
                        {t('documents.bulk.openDocument')}
                      </Anchor>
                    </>
                  )}
                </Text>
              )}
              {failure.message ? (
                <Text size="sm">{failure.message}</Text>
              ) : (
                <List size="sm" spacing={2}>
                  {failure.problems.map((p) => (
                    <List.Item key={`${p.path}-${p.message}`}>{p.message}</List.Item>
                  ))}
                </List>
              )}
              <Text size="sm">{t('documents.bulk.nothingChanged')}</Text>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()} data-autofocus>
            {t(`documents.kinds.${k}.bulkConfirm`, { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
