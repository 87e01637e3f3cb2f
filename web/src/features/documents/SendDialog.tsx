import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Radio,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconDownload,
  IconExternalLink,
  IconInbox,
  IconLink,
  IconLinkOff,
  IconSend,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyValueButton } from '../../components/CopyValueButton';
import { type FieldProblem, isAbortError, toApiError } from '../../lib/api';
import { callApi, routeUrl, useApiRoute } from '../../lib/api/client';
import type { Schemas } from '../../lib/api/types';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { companyPath, useCompany } from '../companies/company-context';
import { deliveryChoice } from './delivery-choice';
import { FinalizeDateField, FinalizeNotice } from './FinalizeParts';
import { KINDS } from './kinds';
import {
  type MailErrors,
  MailFields,
  MailFieldsLoading,
  type MailPreview,
  mailErrorsOf,
} from './MailComposer';
import { documentRoute } from './paths';
import { documentTitle } from './titles';
import type { SalesDocument } from './types';

/** How the document reaches the customer (`none`: an order confirmed without sending it). */
export type DeliveryMethod = 'peppol' | 'email' | 'link' | 'download' | 'none';

type PublicLink = Schemas['PublicLink'];

interface SendDialogProps {
  opened: boolean;
  doc: SalesDocument;
  companyId: string;
  onClose: () => void;
  /** The document as it is now (issued, delivered): the page shows it and reloads its messages. */
  onDone: (doc: SalesDocument) => void;
  /** False: the role may issue the draft but not send it (`…/issue` instead of `…/send`). */
  canSend?: boolean;
}

/**
 * An order may be confirmed without being sent; the others are sent one way or another. A role that
 * may issue but not send (an accountant and a credit note) only issues.
 */
const methodsOf = (doc: SalesDocument, canSend: boolean, peppol = false): DeliveryMethod[] =>
  !canSend
    ? ['none']
    : doc.kind === 'order' && doc.status === 'draft'
      ? ['none', 'email', 'link', 'download']
      : peppol
        ? ['peppol', 'email', 'link', 'download']
        : ['email', 'link', 'download'];

/**
 * Sending, as one act: a draft is numbered and frozen (the notice says so) and delivered in the same
 * step — by e-mail (the company's template, the customer's addresses, the PDF attached), by public
 * link, or as a PDF the user sends themselves — through `POST …/{id}/send`, all or nothing. An issued
 * document gets the same dialog without the numbering part. The toast says what happened: queued
 * (or kept in the outbox when no mail server is set up), link ready, PDF downloaded.
 */
export function SendDialog({ opened, doc, companyId, onClose, onDone, canSend = true }: SendDialogProps) {
  const { t } = useTranslation();
  const { can } = useCompany();
  const phone = useMediaQuery('(max-width: 36em)');
  const config = KINDS[doc.kind];
  const k = config.key;
  const draft = doc.status === 'draft';
  // Peppol is offered first when the customer can receive this kind of document over it (the
  // server's answer is kept a day); e-mail otherwise.
  const einvoice = doc.kind === 'invoice' || doc.kind === 'credit_note';
  const participant = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}/peppol',
    opened && canSend && einvoice && doc.contactId && can('contacts.read')
      ? { companyId, contactId: doc.contactId }
      : null,
  );
  const reachable =
    !!participant.data?.reachable &&
    (doc.kind === 'credit_note' ? participant.data.accepts.creditNote : participant.data.accepts.invoice);
  const methods = methodsOf(doc, canSend, reachable);
  // The customer's delivery preference picks the method once the answer comes; a customer who
  // prefers Peppol but cannot get this document over it gets e-mail, and the dialog says why.
  const choice = einvoice
    ? deliveryChoice(participant.data ?? null, doc.kind === 'credit_note' ? 'credit_note' : 'invoice')
    : null;
  const [method, setMethod] = useState<DeliveryMethod>(methods[0] ?? 'email');
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer, not on every choice
  useEffect(() => {
    if (opened && choice && participant.data && methods.includes(choice.method)) setMethod(choice.method);
  }, [opened, participant.data]);
  const settings = useApiRoute(
    '/api/v1/companies/{companyId}/document-settings',
    opened && draft ? { companyId } : null,
  );

  // The message, as the server proposes it (loaded once per opening, kept when switching methods).
  const [mail, setMail] = useState<MailPreview | null>(null);
  const [proposed, setProposed] = useState<{ subject: string; body: string } | null>(null);
  const [mailLoadError, setMailLoadError] = useState<string | null>(null);
  const [mailErrors, setMailErrors] = useState<MailErrors>({});
  // The public link of an issued document (created when the link method is chosen).
  const [link, setLink] = useState<PublicLink | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [issueDate, setIssueDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  const [latestIssueDate, setLatestIssueDate] = useState<string | undefined>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A draft shared by link: the dialog stays open on the new link. */
  const [sharedUrl, setSharedUrl] = useState<string | null>(null);

  const { kind, id: documentId } = doc;

  // Reset on each opening only: `doc` changes with every reload of the page, and once sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!opened) return;
    const first = methodsOf(doc, canSend, reachable)[0] ?? 'email';
    setMethod(choice && first !== 'none' && participant.data ? choice.method : first);
    setMail(null);
    setProposed(null);
    setMailLoadError(null);
    setMailErrors({});
    setLink(null);
    setLinkError(null);
    setIssueDate(null);
    setDateError(undefined);
    setProblems([]);
    setMessage(null);
    setSharedUrl(null);
  }, [opened]);

  useEffect(() => {
    if (!opened || method !== 'email' || mail) return;
    const controller = new AbortController();
    callApi('post', documentRoute(kind, '/{documentId}/email/preview'), {
      path: { companyId, documentId },
      body: {},
      signal: controller.signal,
    }).then(
      (m) => {
        setMail(m);
        setProposed({ subject: m.subject, body: m.body });
      },
      (err: unknown) => {
        if (!isAbortError(err)) setMailLoadError(errorMessage(t, err));
      },
    );
    return () => controller.abort();
  }, [opened, method, mail, companyId, kind, documentId, t]);

  useEffect(() => {
    if (!opened || method !== 'link' || draft || link) return;
    const controller = new AbortController();
    callApi('post', documentRoute(kind, '/{documentId}/public-link'), {
      path: { companyId, documentId },
      signal: controller.signal,
    }).then(setLink, (err: unknown) => {
      if (!isAbortError(err)) setLinkError(errorMessage(t, err));
    });
    return () => controller.abort();
  }, [opened, method, draft, link, companyId, kind, documentId, t]);

  const close = () => {
    if (!busy) onClose();
  };

  const copy = async (url: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(url);
      return true;
    } catch {
      return false;
    }
  };

  const downloadPdf = () => {
    const a = document.createElement('a');
    a.href = routeUrl(documentRoute(kind, '/{documentId}/pdf'), { companyId, documentId });
    a.download = '';
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  };

  const delivery = () => {
    if (method === 'none') return undefined;
    if (method !== 'email') return { method };
    if (!mail) return { method };
    // An untouched subject or text is composed again by the server, with the number actually given.
    return {
      method,
      to: mail.to,
      cc: mail.cc,
      bcc: mail.bcc,
      ...(proposed && mail.subject !== proposed.subject ? { subject: mail.subject } : {}),
      ...(proposed && mail.body !== proposed.body ? { body: mail.body } : {}),
    };
  };

  const submit = async () => {
    if (method === 'email' && mail && mail.to.length === 0) {
      setMailErrors({ to: t('documents.email.toRequired') });
      return;
    }
    setBusy(true);
    setProblems([]);
    setMessage(null);
    setDateError(undefined);
    setMailErrors({});
    try {
      const dated = draft && issueDate ? { issueDate } : {};
      const result = canSend
        ? await callApi('post', documentRoute(kind, '/{documentId}/send'), {
            path: { companyId, documentId },
            body: { ...dated, delivery: delivery() },
          })
        : {
            ...(await callApi('post', documentRoute(kind, `/{documentId}/${config.finalize.action}`), {
              path: { companyId, documentId },
              body: dated,
            })),
            delivery: {
              method: 'none' as const,
              mailId: null,
              publicUrl: null,
              mailRoute: null,
              peppolMessageId: null,
              peppolReceiver: null,
            },
          };
      setBusy(false);
      const title = documentTitle(t, result);
      const did = draft ? t(`documents.kinds.${k}.issuedAs`, { title }) : title;
      const d = result.delivery;
      if (d.method === 'peppol')
        notifySuccess(t('documents.send.donePeppol', { did, peppolId: d.peppolReceiver ?? '' }));
      else if (d.method === 'email')
        notifySuccess(
          t(d.mailRoute === 'local' ? 'documents.send.doneEmailLocal' : 'documents.send.doneEmail', {
            did,
          }),
        );
      else if (d.method === 'link' && d.publicUrl) {
        const copied = await copy(d.publicUrl);
        notifySuccess(t(copied ? 'documents.send.doneLinkCopied' : 'documents.send.doneLink', { did }));
        if (draft) setSharedUrl(d.publicUrl);
      } else if (d.method === 'download') {
        downloadPdf();
        notifySuccess(t('documents.send.doneDownload', { did }));
      } else notifySuccess(t('documents.send.doneNone', { did }));
      onDone(result);
      if (!(d.method === 'link' && draft)) onClose();
    } catch (error) {
      const err = toApiError(error);
      const onDate = err.errors.find((e) => e.path === 'issueDate');
      if (onDate) setDateError(onDate.message);
      if (typeof err.problem.latestIssueDate === 'string') setLatestIssueDate(err.problem.latestIssueDate);
      // Peppol's refusals (no access point, a customer without a Peppol address) are listed as they are.
      const found = method === 'peppol' ? {} : mailErrorsOf(err.errors, 'delivery/');
      setMailErrors(found);
      const others = err.errors.filter(
        (e) => e.path !== 'issueDate' && (method === 'peppol' || !e.path.startsWith('delivery/')),
      );
      setProblems(others);
      if (!onDate && others.length === 0 && Object.keys(found).length === 0) setMessage(errorMessage(t, err));
      setBusy(false);
    }
  };

  const revoke = async () => {
    try {
      await callApi('delete', documentRoute(kind, '/{documentId}/public-link'), {
        path: { companyId, documentId },
      });
      notifySuccess(t('documents.share.revoked'));
      onClose();
    } catch (err) {
      notifyError(t, err);
    }
  };

  const next = settings.data?.nextNumbers[doc.kind];
  const title = draft
    ? canSend
      ? t(`documents.kinds.${k}.sendDraftTitle`)
      : t(`documents.kinds.${k}.finalize`)
    : t('documents.send.title', { title: documentTitle(t, doc) });

  if (sharedUrl)
    return (
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <LinkField url={sharedUrl} />
          <Group gap="sm" justify="flex-end">
            <OpenPageButton url={sharedUrl} />
            <CopyValueButton value={sharedUrl} label={t('documents.share.copy')} />
            <Button onClick={onClose}>{t('documents.send.finished')}</Button>
          </Group>
        </Stack>
      </Modal>
    );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {draft && (
          <Stack gap="sm">
            <FinalizeNotice
              kind={doc.kind}
              withHint={false}
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
          </Stack>
        )}

        {methods.length > 1 && (
          <Radio.Group
            label={t('documents.send.how')}
            value={method}
            onChange={(v) => setMethod(v as DeliveryMethod)}
          >
            <Stack gap="xs" mt={6}>
              {methods.map((m) => (
                <Radio
                  key={m}
                  value={m}
                  label={t(`documents.send.methods.${m}`)}
                  description={t(
                    m === 'download' && (doc.kind === 'invoice' || doc.kind === 'credit_note')
                      ? 'documents.send.methodHints.downloadInvoice'
                      : `documents.send.methodHints.${m}`,
                    { peppolId: participant.data?.peppolId ?? '' },
                  )}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}

        {choice?.fallback && canSend && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('documents.send.preferredPeppol')}
            data-testid="peppol-fallback"
          >
            <Text size="sm">
              {t(`documents.send.preferredPeppolFallback.${choice.fallback}`, {
                peppolId: participant.data?.peppolId ?? '',
              })}
            </Text>
            {choice.fallback === 'notSetUp' && can('settings.manage') && (
              <Anchor component={Link} to={companyPath(companyId, 'settings/peppol')} size="sm">
                {t('documents.send.peppolSettingsLink')}
              </Anchor>
            )}
          </Alert>
        )}

        {method === 'email' &&
          (mailLoadError ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle size={18} aria-hidden />}
            >
              {mailLoadError}
            </Alert>
          ) : !mail ? (
            <MailFieldsLoading />
          ) : (
            <Stack gap="md">
              {mail.mailRoute === 'local' && (
                <Alert
                  color="orange"
                  variant="light"
                  icon={<IconInbox size={18} aria-hidden />}
                  title={t('documents.send.noServerTitle')}
                >
                  <Text size="sm">{t('documents.send.noServer')}</Text>
                  {can('settings.manage') ? (
                    <Anchor component={Link} to={companyPath(companyId, 'settings/mail')} size="sm">
                      {t('documents.send.noServerLink')}
                    </Anchor>
                  ) : (
                    <Text size="sm">{t('documents.send.noServerAskAdmin')}</Text>
                  )}
                </Alert>
              )}
              <MailFields
                draft={mail}
                onChange={(patch) => setMail((m) => (m ? { ...m, ...patch } : m))}
                errors={mailErrors}
              />
            </Stack>
          ))}

        {method === 'link' &&
          (draft ? null : linkError ? (
            <Alert color="red" variant="light" role="alert">
              {linkError}
            </Alert>
          ) : !link ? (
            <Skeleton height={36} aria-label={t('common.loading')} />
          ) : (
            <Stack gap="xs">
              <LinkField
                url={link.url}
                description={t('documents.share.createdAt', { date: formatDateTime(link.createdAt) })}
              />
              <Group gap="sm">
                <OpenPageButton url={link.url} />
                <Text size="xs" c="dimmed">
                  {t('documents.share.revokeHint')}{' '}
                  <Anchor component="button" type="button" size="xs" c="red.8" onClick={() => void revoke()}>
                    <Group gap={4} component="span" wrap="nowrap">
                      <IconLinkOff size={12} aria-hidden />
                      {t('documents.share.revoke')}
                    </Group>
                  </Anchor>
                </Text>
              </Group>
            </Stack>
          ))}

        {(problems.length > 0 || message) && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={draft ? t('documents.actions.cannotFinalize') : undefined}
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
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={busy}
            disabled={method === 'email' && !mail}
            onClick={() => void submit()}
            leftSection={
              method === 'link' ? (
                <IconLink size={16} aria-hidden />
              ) : method === 'download' ? (
                <IconDownload size={16} aria-hidden />
              ) : (
                <IconSend size={16} aria-hidden />
              )
            }
          >
            {method === 'none'
              ? t(`documents.kinds.${k}.finalize`)
              : method === 'link' && !draft
                ? t('documents.share.copy')
                : t(`documents.send.confirm.${method}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function LinkField({ url, description }: { url: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('documents.share.link')}
      value={url}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
      description={description}
      inputWrapperOrder={['label', 'input', 'description']}
    />
  );
}

function OpenPageButton({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      component="a"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      leftSection={<IconExternalLink size={16} aria-hidden />}
    >
      {t('documents.share.open')}
    </Button>
  );
}
