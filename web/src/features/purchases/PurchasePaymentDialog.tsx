import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { callApi } from '../../lib/api/client';
import { notifyProblemList, notifySuccess } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { DecimalInput } from '../documents/DecimalInput';
import { decimalToText, parseDecimal } from '../documents/decimal-text';
import { PAYMENT_METHODS, type Purchase, type PurchasePaymentMethod } from './types';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Records a payment made to the supplier: the amount left to pay by default, today, by transfer. */
export function PurchasePaymentDialog({
  purchase,
  opened,
  onClose,
  onPaid,
}: {
  purchase: Purchase;
  opened: boolean;
  onClose: () => void;
  onPaid: (purchase: Purchase) => void;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const [date, setDate] = useState<string | null>(today());
  const [amount, setAmount] = useState(() => decimalToText(purchase.totals.amountDue, 2));
  const [method, setMethod] = useState<PurchasePaymentMethod>('bank_transfer');
  const [reference, setReference] = useState(purchase.paymentReference ?? '');
  const [errors, setErrors] = useState<{ date?: string; amount?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = parseDecimal(amount, { maxDecimals: 2 });
    const next = {
      date: date ? undefined : t('purchases.payment.dateRequired'),
      amount: parsed.ok && Number(parsed.value) > 0 ? undefined : t('purchases.payment.amountInvalid'),
    };
    setErrors(next);
    if (next.date || next.amount || !parsed.ok || !date) return;
    setBusy(true);
    try {
      const updated = await callApi(
        'post',
        '/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}/payments',
        {
          path: { companyId, purchaseInvoiceId: purchase.id },
          body: { date, amount: parsed.value, method, reference: reference.trim() || null },
        },
      );
      notifySuccess(t('purchases.payment.recorded'));
      onPaid(updated);
    } catch (error) {
      notifyProblemList(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('purchases.payment.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <DecimalInput
            label={t('purchases.payment.amount')}
            description={t('purchases.payment.left', {
              amount: formatMoney(purchase.totals.amountDue, purchase.currency),
            })}
            value={amount}
            onChange={setAmount}
            maxDecimals={2}
            minDecimals={2}
            error={errors.amount}
            required
            data-autofocus
          />
          <DateField
            label={t('purchases.payment.date')}
            value={date}
            onChange={setDate}
            error={errors.date}
            required
          />
          <Select
            label={t('purchases.payment.method')}
            data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
            value={method}
            onChange={(v) => v && setMethod(v as PurchasePaymentMethod)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('purchases.payment.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            maxLength={140}
          />
          <DialogFooter
            onCancel={onClose}
            submitLabel={t('purchases.payment.submit')}
            busy={busy}
            onSubmit={() => void submit()}
          />
        </Stack>
      </form>
    </Modal>
  );
}
