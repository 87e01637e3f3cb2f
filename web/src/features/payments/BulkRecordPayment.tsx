import { Button } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { paymentSelectionProblem } from './selection';
import type { PayableInvoice, Payment } from './types';

/** What the selection bar says of the open invoices picked: how many, and why no payment, if so. */
export function usePaymentSelectionTexts(invoices: readonly PayableInvoice[]) {
  const { t } = useTranslation();
  const problem = paymentSelectionProblem(invoices);
  const customer = invoices[0]?.contactName;
  const count = invoices.length;
  return {
    summary:
      problem === null && customer
        ? t('payments.bulk.selected', { count, customer })
        : t('payments.bulk.selectedOpen', { count }),
    problem:
      problem === null
        ? null
        : problem.reason === 'customers'
          ? t('payments.bulk.mixedCustomers', { count: problem.count })
          : t('payments.bulk.mixedCurrencies', { currencies: problem.currencies.join(', ') }),
  };
}

/**
 * "Record payment" for open invoices picked in a list: one payment of their customer, their balances
 * proposed and spread oldest first (RecordPaymentDialog). Disabled, with `describedBy` pointing at
 * the reason, when they are not of one customer and one currency.
 */
export function BulkRecordPaymentButton({
  companyId,
  invoices,
  describedBy,
  onRecorded,
}: {
  companyId: string;
  invoices: readonly PayableInvoice[];
  /** The id of the text that says why the button is disabled. */
  describedBy?: string;
  onRecorded: (payment: Payment) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const disabled = paymentSelectionProblem(invoices) !== null;
  return (
    <>
      {/* Styled as disabled but kept focusable: the keyboard reaches it and hears why (describedBy). */}
      <Button
        leftSection={<IconCash size={16} aria-hidden />}
        onClick={() => !disabled && setOpen(true)}
        data-disabled={disabled || undefined}
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? describedBy : undefined}
      >
        {t('payments.bulk.recordMany', { count: invoices.length })}
      </Button>
      <RecordPaymentDialog
        opened={open && !disabled}
        companyId={companyId}
        invoices={invoices}
        onClose={() => setOpen(false)}
        onRecorded={(payment) => {
          setOpen(false);
          onRecorded(payment);
        }}
      />
    </>
  );
}
