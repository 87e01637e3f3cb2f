import { Button, Group, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconCircleCheck,
  IconCircleX,
  IconClipboardList,
  IconFileInvoice,
  IconLink,
  IconLock,
  IconMail,
  IconPencil,
  IconPercentage,
  IconReceiptRefund,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { api } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { CreditNoteDialog } from './CreditNoteDialog';
import { DepositDialog } from './DepositDialog';
import { FinalizeDialog } from './FinalizeDialog';
import { KINDS } from './kinds';
import { documentsApiPath, documentsPath } from './paths';
import { ShareDialog } from './ShareDialog';
import { documentTitle } from './titles';
import type { SalesDocument } from './types';

type Dialog = 'finalize' | 'deposit' | 'credit' | 'delete' | 'accept' | 'decline' | 'cancel' | 'share' | null;

/** Who may hand out a document's public link (as the API requires). */
const SHARE_PERMISSION: Record<SalesDocument['kind'], string> = {
  quote: 'quotes.send',
  order: 'orders.write',
  invoice: 'invoices.send',
  credit_note: 'invoices.send',
};

interface DocumentActionsProps {
  doc: SalesDocument;
  companyId: string;
  onChange: (doc: SalesDocument) => void;
}

/** What the user may do now, from the document's `allowedActions` and the role's permissions. */
export function DocumentActions({ doc, companyId, onChange }: DocumentActionsProps) {
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
  const act = async (action: string, done: string) => {
    setBusy(action);
    try {
      const updated = await api<SalesDocument>(documentsApiPath(companyId, doc.kind, doc.id, action), {
        method: 'POST',
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
  const convert = async (path: string, body: unknown, target: 'order' | 'invoice', done: string) => {
    setBusy(path);
    try {
      const created = await api<SalesDocument>(documentsApiPath(companyId, doc.kind, doc.id, path), {
        method: 'POST',
        body,
      });
      notifySuccess(done);
      navigate(documentsPath(companyId, target, created.id));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    try {
      await api(documentsApiPath(companyId, doc.kind, doc.id), { method: 'DELETE' });
      notifySuccess(t('documents.actions.deleted'));
      navigate(documentsPath(companyId, doc.kind), { replace: true });
    } catch (error) {
      notifyError(t, error);
      setBusy(null);
      setDialog(null);
    }
  };

  const buttons: ReactNode[] = [];
  const finalizeAction = config.finalize.action;
  if (allowed(finalizeAction) && can(config.finalize.permission)) {
    buttons.push(
      <Button
        key="finalize"
        leftSection={
          finalizeAction === 'send' ? <IconSend size={16} aria-hidden /> : <IconLock size={16} aria-hidden />
        }
        onClick={() => setDialog('finalize')}
      >
        {t(`documents.kinds.${k}.finalize`)}
      </Button>,
    );
  }
  if (draft && can(config.write)) {
    buttons.push(
      <Button
        key="edit"
        variant="default"
        component={Link}
        to={documentsPath(companyId, doc.kind, doc.id, 'edit')}
        leftSection={<IconPencil size={16} aria-hidden />}
      >
        {t('documents.actions.edit')}
      </Button>,
    );
  }
  if (allowed('accept') && can('quotes.write')) {
    buttons.push(
      <Button
        key="accept"
        color="teal"
        leftSection={<IconCircleCheck size={16} aria-hidden />}
        onClick={() => setDialog('accept')}
      >
        {t('documents.actions.accept')}
      </Button>,
    );
  }
  if (allowed('decline') && can('quotes.write')) {
    buttons.push(
      <Button
        key="decline"
        variant="default"
        leftSection={<IconCircleX size={16} aria-hidden />}
        onClick={() => setDialog('decline')}
      >
        {t('documents.actions.decline')}
      </Button>,
    );
  }
  if (allowed('invoice') && can('invoices.write')) {
    buttons.push(
      <Button
        key="invoice"
        leftSection={<IconFileInvoice size={16} aria-hidden />}
        loading={busy === 'invoice'}
        onClick={() =>
          void convert('invoice', { type: 'full' }, 'invoice', t('documents.actions.invoiceCreated'))
        }
      >
        {t('documents.actions.invoice')}
      </Button>,
    );
  }
  if (allowed('deposit') && can('invoices.write')) {
    buttons.push(
      <Button
        key="deposit"
        variant="default"
        leftSection={<IconPercentage size={16} aria-hidden />}
        onClick={() => setDialog('deposit')}
      >
        {t('documents.actions.deposit')}
      </Button>,
    );
  }
  if (allowed('order') && can('orders.write')) {
    buttons.push(
      <Button
        key="order"
        variant="default"
        leftSection={<IconClipboardList size={16} aria-hidden />}
        loading={busy === 'order'}
        onClick={() => void convert('order', undefined, 'order', t('documents.actions.orderCreated'))}
      >
        {t('documents.actions.order')}
      </Button>,
    );
  }
  if (allowed('mark-sent') && doc.kind !== 'quote' && can('invoices.send')) {
    buttons.push(
      <Button
        key="mark-sent"
        variant="default"
        leftSection={<IconMail size={16} aria-hidden />}
        loading={busy === 'mark-sent'}
        onClick={() => void act('mark-sent', t('documents.actions.markedSent'))}
      >
        {t('documents.actions.markSent')}
      </Button>,
    );
  }
  if (allowed('credit_note') && can('credit_notes.write')) {
    buttons.push(
      <Button
        key="credit"
        variant="default"
        leftSection={<IconReceiptRefund size={16} aria-hidden />}
        onClick={() => setDialog('credit')}
      >
        {t('documents.actions.creditNote')}
      </Button>,
    );
  }
  /** Rare or destructive actions wait in the "more" menu. */
  const more: { key: string; label: string; icon: ReactNode; danger?: boolean; onClick: () => void }[] = [];
  const share = {
    key: 'share',
    label: t('documents.share.button'),
    icon: <IconLink size={16} aria-hidden />,
    onClick: () => setDialog('share'),
  };
  if (!draft && can(SHARE_PERMISSION[doc.kind])) {
    // The public link is how a document reaches the customer: a button unless the row is full.
    if (buttons.length < 3) {
      buttons.push(
        <Button key="share" variant="default" leftSection={share.icon} onClick={share.onClick}>
          {share.label}
        </Button>,
      );
    } else {
      more.push(share);
    }
  }
  if (allowed('cancel') && can('orders.write')) {
    more.push({
      key: 'cancel',
      label: t('documents.actions.cancelOrder'),
      icon: <IconCircleX size={16} aria-hidden />,
      danger: true,
      onClick: () => setDialog('cancel'),
    });
  }
  if (draft && can(config.write)) {
    more.push({
      key: 'delete',
      label: t('documents.actions.delete'),
      icon: <IconTrash size={16} aria-hidden />,
      danger: true,
      onClick: () => setDialog('delete'),
    });
  }
  if (more.length > 0) {
    buttons.push(
      <Menu key="more" position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t('documents.actions.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {more.map((item) => (
            <Menu.Item
              key={item.key}
              leftSection={item.icon}
              color={item.danger ? 'red.8' : undefined}
              onClick={item.onClick}
            >
              {item.label}
            </Menu.Item>
          ))}
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

      <FinalizeDialog
        opened={dialog === 'finalize'}
        doc={doc}
        companyId={companyId}
        onClose={() => setDialog(null)}
        onDone={(updated) => {
          setDialog(null);
          onChange(updated);
          notifySuccess(t(`documents.kinds.${k}.finalized`, { number: updated.number ?? '' }));
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
      <ShareDialog
        opened={dialog === 'share'}
        doc={doc}
        companyId={companyId}
        onClose={() => setDialog(null)}
      />
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
