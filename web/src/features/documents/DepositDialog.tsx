import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../../components/DialogFooter';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { percentOf } from './amounts';
import { DecimalInput } from './DecimalInput';
import { numberFieldError, parseDecimal, withCents } from './decimal-text';
import { LIMITS } from './document-form';
import { KINDS } from './kinds';
import { documentRoute } from './paths';
import type { SalesDocument } from './types';

interface DepositDialogProps {
  opened: boolean;
  doc: SalesDocument;
  companyId: string;
  onClose: () => void;
  onDone: (invoice: SalesDocument) => void;
}

/** A deposit invoice on an accepted quote or a confirmed order: a percentage or an amount incl. VAT. */
export function DepositDialog({ opened, doc, companyId, onClose, onDone }: DepositDialogProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'percent' | 'amount'>('percent');
  const [percent, setPercent] = useState('30');
  const [amount, setAmount] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const parsedPercent = parseDecimal(percent, LIMITS.percent);
  const preview =
    mode === 'percent' && parsedPercent.ok && Number.parseFloat(parsedPercent.value) <= 100
      ? percentOf(doc.totals.taxInclusive, parsedPercent.value)
      : null;

  const submit = async () => {
    setFieldError(undefined);
    setMessage(null);
    const parsed = mode === 'percent' ? parsedPercent : parseDecimal(amount, { maxDecimals: 2 });
    if (!parsed.ok) {
      const kind = mode === 'percent' ? 'percent' : 'amount';
      setFieldError(
        numberFieldError(t, parsed, kind, mode === 'percent' ? LIMITS.percent.maxDecimals : 2) ?? '',
      );
      return;
    }
    if (mode === 'percent' && Number.parseFloat(parsed.value) > 100) {
      setFieldError(t('documents.validation.percent'));
      return;
    }
    setBusy(true);
    try {
      const invoice = await callApi('post', documentRoute(doc.kind, '/{documentId}/invoice'), {
        path: { companyId, documentId: doc.id },
        body: { type: 'deposit', [mode]: mode === 'amount' ? withCents(parsed.value) : parsed.value },
      });
      setBusy(false);
      onDone(invoice);
    } catch (error) {
      const err = toApiError(error);
      const first = err.errors[0];
      if (first && (first.path === 'percent' || first.path === 'amount')) setFieldError(first.message);
      else setMessage(errorMessage(t, err));
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={t('documents.actions.depositTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('documents.actions.depositIntro', {
            document: t(`documents.kinds.${KINDS[doc.kind].key}.titleNumbered`, { number: doc.number ?? '' }),
            total: formatMoney(doc.totals.taxInclusive, doc.currency),
          })}
        </Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            setMode(v as 'percent' | 'amount');
            setFieldError(undefined);
          }}
          data={[
            { value: 'percent', label: t('documents.actions.depositPercent') },
            { value: 'amount', label: t('documents.actions.depositAmount') },
          ]}
          aria-label={t('documents.actions.depositMode')}
        />
        {mode === 'percent' ? (
          <DecimalInput
            label={t('documents.actions.depositPercentLabel')}
            {...LIMITS.percent}
            kind="percent"
            value={percent}
            onChange={setPercent}
            error={fieldError}
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden>
                %
              </Text>
            }
            maw={200}
            data-autofocus
            description={
              preview
                ? t('documents.actions.depositPreview', { amount: formatMoney(preview, doc.currency) })
                : undefined
            }
          />
        ) : (
          <DecimalInput
            label={t('documents.actions.depositAmountLabel')}
            maxDecimals={2}
            minDecimals={2}
            value={amount}
            onChange={setAmount}
            error={fieldError}
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden>
                {doc.currency}
              </Text>
            }
            rightSectionWidth={48}
            maw={240}
            data-autofocus
          />
        )}
        <Text size="xs" c="dimmed">
          {t('documents.actions.depositHint')}
        </Text>
        <DialogFooter
          error={message}
          busy={busy}
          onCancel={onClose}
          submitLabel={t('documents.actions.createDeposit')}
          onSubmit={() => void submit()}
        />
      </Stack>
    </Modal>
  );
}
