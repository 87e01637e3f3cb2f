import type { CsvColumn } from '../../platform/http/csv.js';
import type { PaymentOut } from './payments.schema.js';

/** Export columns of the payments list: one row per payment, its invoices by number. */
export const PAYMENT_CSV_COLUMNS: CsvColumn<PaymentOut>[] = [
  { header: 'date', value: (p) => p.date },
  { header: 'customer', value: (p) => p.contactName },
  { header: 'amount', value: (p) => p.amount },
  { header: 'currency', value: (p) => p.currency },
  { header: 'method', value: (p) => p.method },
  { header: 'reference', value: (p) => p.reference },
  { header: 'invoices', value: (p) => p.allocations.map((a) => a.invoiceNumber ?? a.invoiceId).join('|') },
  { header: 'allocated', value: (p) => p.allocated },
  { header: 'refunded', value: (p) => p.refunded },
  { header: 'unallocated', value: (p) => p.unallocated },
  { header: 'note', value: (p) => p.note },
  { header: 'contactId', value: (p) => p.contactId },
  { header: 'id', value: (p) => p.id },
];
