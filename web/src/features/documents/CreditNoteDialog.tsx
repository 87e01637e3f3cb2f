import { Checkbox, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../../components/DialogFooter';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { ApiRequestBody } from '../../lib/api/types';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { minus } from './amounts';
import { DecimalInput } from './DecimalInput';
import { decimalToText, numberFieldError, parseDecimal, withCents } from './decimal-text';
import type { SalesDocument } from './types';

type CreditNoteBody = ApiRequestBody<
  '/api/v1/companies/{companyId}/invoices/{documentId}/credit-note',
  'post'
>;

type Mode = 'full' | 'lines' | 'amount';

interface CreditNoteDialogProps {
  opened: boolean;
  invoice: SalesDocument;
  companyId: string;
  onClose: () => void;
  onDone: (note: SalesDocument) => void;
}

interface LineChoice {
  selected: boolean;
  quantity: string;
}

/** A credit note from an issued invoice: all of what remains, chosen lines and quantities, or an amount. */
export function CreditNoteDialog({ opened, invoice, companyId, onClose, onDone }: CreditNoteDialogProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('full');
  const [choices, setChoices] = useState<Record<string, LineChoice>>(() =>
    Object.fromEntries(
      invoice.lines.map((l) => [l.id, { selected: false, quantity: decimalToText(l.quantity) }]),
    ),
  );
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remaining = minus(invoice.totals.payable, invoice.credited);
  const money = (v: string) => formatMoney(v, invoice.currency);

  const submit = async () => {
    setErrors({});
    setMessage(null);
    const why = reason.trim() ? { reason: reason.trim() } : {};
    let body: CreditNoteBody;
    /** Body line index → invoice line id, to put errors back on their row. */
    const sentLines: string[] = [];
    if (mode === 'full') {
      body = { mode, ...why };
    } else if (mode === 'amount') {
      const parsed = parseDecimal(amount, { maxDecimals: 2 });
      if (!parsed.ok) {
        setErrors({ amount: numberFieldError(t, parsed, 'amount', 2) ?? '' });
        return;
      }
      body = { mode, amount: withCents(parsed.value), ...why };
    } else {
      const lines: { lineId: string; quantity: string }[] = [];
      const found: Record<string, string> = {};
      for (const l of invoice.lines) {
        const c = choices[l.id];
        if (!c?.selected) continue;
        const q = parseDecimal(c.quantity, { maxDecimals: 3 });
        if (!q.ok) found[l.id] = numberFieldError(t, q, 'quantity', 3) ?? '';
        else lines.push({ lineId: l.id, quantity: q.value });
        sentLines.push(l.id);
      }
      if (Object.keys(found).length > 0) {
        setErrors(found);
        return;
      }
      if (lines.length === 0) {
        setMessage(t('documents.actions.creditChooseLines'));
        return;
      }
      body = { mode, lines, ...why };
    }
    setBusy(true);
    try {
      const note = await callApi('post', '/api/v1/companies/{companyId}/invoices/{documentId}/credit-note', {
        path: { companyId, documentId: invoice.id },
        body,
      });
      setBusy(false);
      onDone(note);
    } catch (error) {
      const err = toApiError(error);
      const mapped: Record<string, string> = {};
      for (const e of err.errors) {
        const m = /^lines\/(\d+)\//.exec(e.path);
        const lineId = m ? sentLines[Number(m[1])] : undefined;
        if (lineId) mapped[lineId] = e.message;
        else if (e.path === 'amount') mapped.amount = e.message;
      }
      setErrors(mapped);
      if (Object.keys(mapped).length === 0) setMessage(errorMessage(t, err));
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={t('documents.actions.creditTitle', { number: invoice.number ?? '' })}
      centered
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('documents.actions.creditIntro', { remaining: money(remaining) })}</Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            setMode(v as Mode);
            setErrors({});
            setMessage(null);
          }}
          aria-label={t('documents.actions.creditMode')}
          data={[
            { value: 'full', label: t('documents.actions.creditFull') },
            { value: 'lines', label: t('documents.actions.creditLines') },
            { value: 'amount', label: t('documents.actions.creditAmount') },
          ]}
        />
        {mode === 'full' && (
          <Text size="sm" c="dimmed">
            {t('documents.actions.creditFullHint', { remaining: money(remaining) })}
          </Text>
        )}
        {mode === 'lines' && (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" highlightOnHover={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <span className="visually-hidden">{t('documents.actions.creditSelect')}</span>
                  </Table.Th>
                  <Table.Th scope="col">{t('documents.lines.description')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('documents.actions.invoicedQuantity')}
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }} w={140}>
                    {t('documents.actions.creditQuantity')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.lines.map((l, i) => {
                  const c = choices[l.id] ?? { selected: false, quantity: '' };
                  const set = (patch: Partial<LineChoice>) =>
                    setChoices((all) => ({ ...all, [l.id]: { ...c, ...patch } }));
                  return (
                    <Table.Tr key={l.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('documents.actions.creditLineN', { n: i + 1 })}
                          checked={c.selected}
                          onChange={(event) => set({ selected: event.currentTarget.checked })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {l.description}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {money(l.net)}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                        {decimalToText(l.quantity)}
                      </Table.Td>
                      <Table.Td>
                        <DecimalInput
                          aria-label={t('documents.actions.creditQuantityN', { n: i + 1 })}
                          maxDecimals={3}
                          kind="quantity"
                          value={c.quantity}
                          disabled={!c.selected}
                          onChange={(quantity) => set({ quantity })}
                          error={errors[l.id]}
                          styles={{ input: { textAlign: 'right' } }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {mode === 'amount' && (
          <DecimalInput
            label={t('documents.actions.creditAmountLabel')}
            description={t('documents.actions.creditAmountHint', { remaining: money(remaining) })}
            maxDecimals={2}
            minDecimals={2}
            value={amount}
            onChange={setAmount}
            error={errors.amount}
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden>
                {invoice.currency}
              </Text>
            }
            rightSectionWidth={48}
            maw={260}
          />
        )}
        <Textarea
          label={t('documents.actions.creditReason')}
          description={t('documents.actions.creditReasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <DialogFooter
          error={message}
          busy={busy}
          onCancel={onClose}
          submitLabel={t('documents.actions.createCreditNote')}
          onSubmit={() => void submit()}
        />
      </Stack>
    </Modal>
  );
}
