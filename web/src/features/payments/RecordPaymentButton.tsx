import { Button } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompany } from '../companies/company-context';
import type { SalesDocument } from '../documents/types';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { isPayable, PAYMENT_PERMISSIONS } from './types';

/**
 * "Record payment" on an invoice that still awaits money (issued, sent, partially paid), for members
 * who may record payments; nothing otherwise.
 */
export function RecordPaymentButton({
  invoice,
  onRecorded,
}: {
  invoice: SalesDocument;
  /** The invoice's balance and status changed: the page reloads it. */
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const [open, setOpen] = useState(false);
  if (!can(PAYMENT_PERMISSIONS.record) || !isPayable(invoice)) return null;
  return (
    <>
      <Button leftSection={<IconCash size={18} aria-hidden />} onClick={() => setOpen(true)}>
        {t('payments.record')}
      </Button>
      <RecordPaymentDialog
        opened={open}
        companyId={companyId}
        invoices={[invoice]}
        onClose={() => setOpen(false)}
        onRecorded={() => {
          setOpen(false);
          onRecorded();
        }}
      />
    </>
  );
}
