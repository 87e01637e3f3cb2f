import { Button, Group, Menu } from '@mantine/core';
import {
  IconBellRinging,
  IconCheck,
  IconChevronDown,
  IconCircleCheck,
  IconCircleX,
  IconClipboardList,
  IconFileCode,
  IconFileInvoice,
  IconFileTypePdf,
  IconLock,
  IconPencil,
  IconPercentage,
  IconReceiptRefund,
  IconRepeat,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { apiDownload } from '../../lib/api';
import { callApi, routePath, routeUrl } from '../../lib/api/client';
import { notifyError, notifyProblemList, notifySuccess } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { fromInvoicePath } from '../recurring/paths';
import { ReminderDialog } from '../reminders/ReminderDialog';
import { CreditNoteDialog } from './CreditNoteDialog';
import { DepositDialog } from './DepositDialog';
import { KINDS } from './kinds';
import { documentRoute, documentsPath } from './paths';
import { SendDialog } from './SendDialog';
import { documentTitle } from './titles';
import type { SalesDocument } from './types';

type Dialog = 'send' | 'deposit' | 'credit' | 'delete' | 'accept' | 'decline' | 'cancel' | 'reminder' | null;

/** Who may send a document: e-mail it, hand out its public link (as the API requires). */
const SEND_PERMISSION: Record<SalesDocument['kind'], string> = {
  quote: 'quotes.send',
  order: 'orders.write',
  invoice: 'invoices.send',
  credit_note: 'invoices.send',
};

interface DocumentActionsProps {
  doc: SalesDocument;
  companyId: string;
  onChange: (doc: SalesDocument) => void;
  /** An e-mail went out: the page reloads the document and its messages. */
  onSent: () => void;
  /** A reminder was made (not yet sent): the page lists it. */
  onReminderCreated?: () => void;
}

/** Invoices a payment reminder can be made for: issued, not settled, past their due date. */
const REMINDABLE = ['issued', 'sent', 'partially_paid'];
export const isRemindable = (doc: SalesDocument): boolean =>
  doc.kind === 'invoice' &&
  REMINDABLE.includes(doc.status) &&
  doc.overdue &&
  doc.balance !== null &&
  !doc.balance.startsWith('-') &&
  /[1-9]/.test(doc.balance);

/** What the user may do now, from the document's `allowedActions` and the role's permissions. */
export function DocumentActions({
  doc,
  companyId,
  onChange,
  onSent,
  onReminderCreated,
}: DocumentActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useCompany();
  const config = KINDS[doc.kind];
  const k = config.key;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const allowed = (action: string) => doc.allowedActions.includes(action);
  const draft = doc.status === 'draft';

  /** A status action (accept, decline, cancel, mark-sent): the document comes back changed. */
  const act = async (action: 'accept' | 'decline' | 'cancel' | 'mark-sent', done: string) => {
    setBusy(action);
    try {
      const updated = await callApi('post', documentRoute(doc.kind, `/{documentId}/${action}`), {
        path: { companyId, documentId: doc.id },
      });
      onChange(updated);
      notifySuccess(done);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
      setDialog(null);
    }
  };

  /** A conversion: a new draft document, opened at once. */
  const convert = async (
    target: 'order' | 'invoice',
    request: () => Promise<SalesDocument>,
    done: string,
  ) => {
    setBusy(target);
    try {
      const created = await request();
      notifySuccess(done);
      navigate(documentsPath(companyId, target, created.id));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };

  /** An e-invoice file; a refusal (a customer without a Peppol address, a failed rule) lists its reasons. */
  const download = async (format: 'ubl' | 'facturx') => {
    setBusy(format);
    try {
      await apiDownload(
        routePath(documentRoute(doc.kind, `/{documentId}/${format}`), { companyId, documentId: doc.id }),
      );
    } catch (error) {
      notifyProblemList(t, error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    try {
      await callApi('delete', documentRoute(doc.kind, '/{documentId}'), {
        path: { companyId, documentId: doc.id },
      });
      notifySuccess(t('documents.actions.deleted'));
      navigate(documentsPath(companyId, doc.kind), { replace: true });
    } catch (error) {
      notifyError(t, error);
      setBusy(null);
      setDialog(null);
    }
  };

  interface Action {
    key: string;
    label: string;
    icon: ReactNode;
    onClick?: () => void;
    /** Filled (the next step), teal (accept), or default. */
    tone?: 'primary' | 'teal' | 'danger';
    loading?: boolean;
    /** Rare or destructive: always in the "more" menu. */
    secondary?: boolean;
    /** A link opened in a new tab instead of a click handler. */
    href?: string;
  }
  const actions: Action[] = [];
  const billing = doc.kind === 'invoice' || doc.kind === 'credit_note';
  // An overdue invoice: the reminder is the next step, before sending the invoice again.
  const remind = isRemindable(doc) && can('reminders.manage');
  // A draft: numbered and delivered in one step (needs both permissions). Issued: delivered again.
  const sendable = draft
    ? allowed(config.finalize.action) && can(config.finalize.permission) && can(SEND_PERMISSION[doc.kind])
    : can(SEND_PERMISSION[doc.kind]);
  if (sendable)
    actions.push({
      key: 'send',
      label: draft ? t(`documents.kinds.${k}.sendAction`) : t('documents.send.button'),
      icon: <IconSend size={16} aria-hidden />,
      onClick: () => setDialog('send'),
      // Drafts, and issued invoices and credit notes: sending them is the next step.
      tone: draft || (billing && !remind) ? 'primary' : undefined,
    });
  else if (allowed(config.finalize.action) && can(config.finalize.permission))
    // A role that may issue but not send (an accountant's credit note): issuing alone, in the same dialog.
    actions.push({
      key: 'send',
      label: t(`documents.kinds.${k}.finalize`),
      icon: <IconLock size={16} aria-hidden />,
      onClick: () => setDialog('send'),
      tone: 'primary',
    });
  if (draft && can(config.write))
    actions.push({
      key: 'edit',
      label: t('documents.actions.edit'),
      icon: <IconPencil size={16} aria-hidden />,
      onClick: () => navigate(documentsPath(companyId, doc.kind, doc.id, 'edit')),
    });
  if (allowed('accept') && can('quotes.write'))
    actions.push({
      key: 'accept',
      label: t('documents.actions.accept'),
      icon: <IconCircleCheck size={16} aria-hidden />,
      onClick: () => setDialog('accept'),
      tone: 'teal',
    });
  if (allowed('decline') && can('quotes.write'))
    actions.push({
      key: 'decline',
      label: t('documents.actions.decline'),
      icon: <IconCircleX size={16} aria-hidden />,
      onClick: () => setDialog('decline'),
    });
  if (allowed('invoice') && can('invoices.write'))
    actions.push({
      key: 'invoice',
      label: t('documents.actions.invoice'),
      icon: <IconFileInvoice size={16} aria-hidden />,
      onClick: () =>
        void convert(
          'invoice',
          () =>
            callApi('post', documentRoute(doc.kind, '/{documentId}/invoice'), {
              path: { companyId, documentId: doc.id },
              body: { type: 'full' },
            }),
          t('documents.actions.invoiceCreated'),
        ),
      tone: 'primary',
      loading: busy === 'invoice',
    });
  if (allowed('deposit') && can('invoices.write'))
    actions.push({
      key: 'deposit',
      label: t('documents.actions.deposit'),
      icon: <IconPercentage size={16} aria-hidden />,
      onClick: () => setDialog('deposit'),
    });
  if (allowed('order') && can('orders.write'))
    actions.push({
      key: 'order',
      label: t('documents.actions.order'),
      icon: <IconClipboardList size={16} aria-hidden />,
      onClick: () =>
        void convert(
          'order',
          () =>
            callApi('post', '/api/v1/companies/{companyId}/quotes/{documentId}/order', {
              path: { companyId, documentId: doc.id },
            }),
          t('documents.actions.orderCreated'),
        ),
      loading: busy === 'order',
    });
  if (remind)
    actions.push({
      key: 'reminder',
      label: t('reminders.button'),
      icon: <IconBellRinging size={16} aria-hidden />,
      onClick: () => setDialog('reminder'),
      tone: 'primary',
    });
  if (allowed('credit_note') && can('credit_notes.write'))
    actions.push({
      key: 'credit',
      label: t('documents.actions.creditNote'),
      icon: <IconReceiptRefund size={16} aria-hidden />,
      onClick: () => setDialog('credit'),
    });
  actions.push({
    key: 'pdf',
    label: t('documents.actions.pdf'),
    icon: <IconFileTypePdf size={16} aria-hidden />,
    href: routeUrl(documentRoute(doc.kind, '/{documentId}/pdf'), { companyId, documentId: doc.id }),
  });
  if (!draft && (doc.kind === 'invoice' || doc.kind === 'credit_note'))
    actions.push({
      key: 'ubl',
      label: t('documents.actions.ubl'),
      icon: <IconFileCode size={16} aria-hidden />,
      onClick: () => void download('ubl'),
      loading: busy === 'ubl',
      secondary: true,
    });
  if (!draft && (doc.kind === 'invoice' || doc.kind === 'credit_note'))
    actions.push({
      key: 'facturx',
      label: t('documents.actions.facturx'),
      icon: <IconFileTypePdf size={16} aria-hidden />,
      onClick: () => void download('facturx'),
      loading: busy === 'facturx',
      secondary: true,
    });
  // A subscription that began as one invoice: the recurring editor, prefilled from it.
  if (
    doc.kind === 'invoice' &&
    doc.status !== 'cancelled' &&
    doc.billingType === 'standard' &&
    can('invoices.write')
  )
    actions.push({
      key: 'make-recurring',
      label: t('recurring.makeRecurring'),
      icon: <IconRepeat size={16} aria-hidden />,
      onClick: () => navigate(fromInvoicePath(companyId, doc.id)),
      secondary: true,
    });
  if (allowed('mark-sent') && doc.kind !== 'quote' && can('invoices.send'))
    actions.push({
      key: 'mark-sent',
      label: t('documents.actions.markSent'),
      icon: <IconCheck size={16} aria-hidden />,
      onClick: () => void act('mark-sent', t('documents.actions.markedSent')),
      secondary: true,
    });
  if (allowed('cancel') && can('orders.write'))
    actions.push({
      key: 'cancel',
      label: t('documents.actions.cancelOrder'),
      icon: <IconCircleX size={16} aria-hidden />,
      onClick: () => setDialog('cancel'),
      tone: 'danger',
      secondary: true,
    });
  if (draft && can(config.write))
    actions.push({
      key: 'delete',
      label: t('documents.actions.delete'),
      icon: <IconTrash size={16} aria-hidden />,
      onClick: () => setDialog('delete'),
      tone: 'danger',
      secondary: true,
    });

  // Up to four buttons in order of importance; the rest waits in the "more" menu.
  const MAX_BUTTONS = 4;
  const shown = actions.filter((a) => !a.secondary).slice(0, MAX_BUTTONS);
  const more = actions.filter((a) => !shown.includes(a));
  const buttons: ReactNode[] = shown.map((a) =>
    a.href ? (
      <Button
        key={a.key}
        component="a"
        href={a.href}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={a.icon}
      >
        {a.label}
      </Button>
    ) : (
      <Button
        key={a.key}
        variant={a.tone === 'primary' || a.tone === 'teal' ? 'filled' : 'default'}
        color={a.tone === 'teal' ? 'teal.9' : undefined}
        leftSection={a.icon}
        loading={a.loading}
        onClick={a.onClick}
      >
        {a.label}
      </Button>
    ),
  );
  if (more.length > 0) {
    buttons.push(
      <Menu key="more" position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t('documents.actions.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {more.map((a) =>
            a.href ? (
              <Menu.Item
                key={a.key}
                component="a"
                href={a.href}
                target="_blank"
                rel="noopener"
                leftSection={a.icon}
              >
                {a.label}
              </Menu.Item>
            ) : (
              <Menu.Item
                key={a.key}
                leftSection={a.icon}
                color={a.tone === 'danger' ? 'red.8' : undefined}
                onClick={a.onClick}
              >
                {a.label}
              </Menu.Item>
            ),
          )}
        </Menu.Dropdown>
      </Menu>,
    );
  }

  const title = documentTitle(t, doc);
  return (
    <>
      <Group gap="sm" wrap="wrap">
        {buttons}
      </Group>

      <SendDialog
        opened={dialog === 'send'}
        doc={doc}
        companyId={companyId}
        onClose={() => setDialog(null)}
        canSend={sendable}
        onDone={(updated) => {
          onChange(updated);
          onSent();
        }}
      />
      {dialog === 'deposit' && (
        <DepositDialog
          opened
          doc={doc}
          companyId={companyId}
          onClose={() => setDialog(null)}
          onDone={(invoice) => {
            setDialog(null);
            notifySuccess(t('documents.actions.depositCreated'));
            navigate(documentsPath(companyId, 'invoice', invoice.id));
          }}
        />
      )}
      {dialog === 'credit' && (
        <CreditNoteDialog
          opened
          invoice={doc}
          companyId={companyId}
          onClose={() => setDialog(null)}
          onDone={(note) => {
            setDialog(null);
            notifySuccess(t('documents.actions.creditCreated'));
            navigate(documentsPath(companyId, 'credit_note', note.id));
          }}
        />
      )}
      {doc.kind === 'invoice' && (
        <ReminderDialog
          opened={dialog === 'reminder'}
          invoice={doc}
          companyId={companyId}
          onClose={() => setDialog(null)}
          onCreated={() => onReminderCreated?.()}
          onSent={() => {
            setDialog(null);
            notifySuccess(t('reminders.queued'));
            onSent();
          }}
        />
      )}
      <ConfirmDialog
        opened={dialog === 'accept'}
        title={t('documents.actions.acceptTitle')}
        message={t('documents.actions.acceptMessage', { title })}
        confirmLabel={t('documents.actions.accept')}
        loading={busy === 'accept'}
        onConfirm={() => void act('accept', t('documents.actions.accepted'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'decline'}
        title={t('documents.actions.declineTitle')}
        message={t('documents.actions.declineMessage', { title })}
        confirmLabel={t('documents.actions.decline')}
        danger
        loading={busy === 'decline'}
        onConfirm={() => void act('decline', t('documents.actions.declined'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'cancel'}
        title={t('documents.actions.cancelTitle')}
        message={t('documents.actions.cancelMessage', { title })}
        confirmLabel={t('documents.actions.cancelOrder')}
        danger
        loading={busy === 'cancel'}
        onConfirm={() => void act('cancel', t('documents.actions.cancelled'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('documents.actions.deleteTitle')}
        message={t('documents.actions.deleteMessage')}
        confirmLabel={t('documents.actions.delete')}
        danger
        loading={busy === 'delete'}
        onConfirm={() => void remove()}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
