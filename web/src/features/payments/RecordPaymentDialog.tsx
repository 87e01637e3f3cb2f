import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currencyDecimals, Decimal } from '../../../../src/shared/money';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { errorMessage, notifySuccess, problemPathToField } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { currencyOptions } from '../companies/options';
import { DecimalInput } from '../documents/DecimalInput';
import { decimalToText, numberFieldError, parseDecimal } from '../documents/decimal-text';
import { documentsPath } from '../documents/paths';
import { INVOICE_PAYMENTS_ROUTE, PAYMENTS_ROUTE } from './paths';
import { difference, isMore, isZero, oldestFirst, spreadOldestFirst, sumOf } from './spread';
import { PAYMENT_METHODS, type PayableInvoice, type Payment, type PaymentMethod } from './types';

interface RecordPaymentDialogProps {
  opened: boolean;
  companyId: string;
  /**
   * One invoice, or several open invoices of the same customer in the same currency: one payment
   * is then spread over them, oldest first.
   */
  invoices: readonly PayableInvoice[];
  onClose: () => void;
  /** After the payment is stored: the caller refreshes what it shows. */
  onRecorded: (payment: Payment) => void;
}

/**
 * Records a payment received for one invoice (its open balance proposed) or for several invoices of
 * one customer at once (one amount spread oldest first, each part editable). A payment larger than
 * what it settles is only accepted once the user says to keep the excess as the customer's credit;
 * a payment in another currency than the invoice asks for the exchange rate. The server's field
 * errors land on the fields they name.
 */
export function RecordPaymentDialog({
  opened,
  companyId,
  invoices,
  onClose,
  onRecorded,
}: RecordPaymentDialogProps) {
  const { t } = useTranslation();
  const first = invoices[0];
  const title =
    invoices.length === 1 && first
      ? t('payments.dialog.titleOne', { number: first.number ?? '' })
      : t('payments.dialog.titleMany', { count: invoices.length });
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={title}
      centered
      size={invoices.length > 1 ? 'lg' : 'md'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted per opening: every opening starts from the invoices' balances and today. */}
      {opened && first && (
        <PaymentForm
          companyId={companyId}
          invoices={invoices}
          busy={busy}
          setBusy={setBusy}
          onClose={onClose}
          onRecorded={onRecorded}
        />
      )}
    </Modal>
  );
}

type FieldErrors = Partial<
  Record<'amount' | 'date' | 'method' | 'reference' | 'note' | 'currency' | 'exchangeRate', string>
>;

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function PaymentForm({
  companyId,
  invoices,
  busy,
  setBusy,
  onClose,
  onRecorded,
}: Omit<RecordPaymentDialogProps, 'opened'> & { busy: boolean; setBusy: (busy: boolean) => void }) {
  const { t } = useTranslation();
  const ordered = oldestFirst(invoices).map((i) => ({ ...i, balance: i.balance ?? '0' }));
  const single = ordered.length === 1;
  const invoiceCurrency = ordered[0]?.currency ?? 'EUR';
  const decimals = currencyDecimals(invoiceCurrency);
  const balanceOf = (i: { balance: string }) => i.balance;
  const totalOpen = sumOf(ordered.map(balanceOf), decimals);
  const toText = (v: string) => decimalToText(v, 2);

  const [amount, setAmount] = useState(toText(totalOpen));
  const [date, setDate] = useState<string | null>(localToday());
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [currency, setCurrency] = useState(invoiceCurrency);
  const [rate, setRate] = useState('');
  const [keepCredit, setKeepCredit] = useState(false);
  // Several invoices: what each takes, spread from the amount until the user edits one of them.
  const [parts, setParts] = useState<string[]>(() =>
    spreadOldestFirst(totalOpen, ordered, decimals).allocations.map(toText),
  );
  const [partsEdited, setPartsEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [partErrors, setPartErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const foreign = single && currency !== invoiceCurrency;
  const paymentDecimals = currencyDecimals(single ? currency : invoiceCurrency);
  const parsedAmount = parseDecimal(amount, { maxDecimals: paymentDecimals });
  const parsedRate = parseDecimal(rate, { maxDecimals: 10 });
  const parsedParts = parts.map((p) => parseDecimal(p, { maxDecimals: decimals }));

  // What the payment settles, in its own currency; the rest is the excess the user must place.
  const settles = single
    ? foreign
      ? parsedRate.ok && !isZero(parsedRate.value)
        ? new Decimal(totalOpen).dividedBy(parsedRate.value).toFixed(paymentDecimals, Decimal.ROUND_UP)
        : null
      : totalOpen
    : sumOf(
        parsedParts.map((p) => (p.ok ? p.value : '0')),
        decimals,
      );
  const excess =
    parsedAmount.ok && settles !== null && isMore(parsedAmount.value, settles)
      ? difference(parsedAmount.value, settles, paymentDecimals)
      : null;
  const shortfall =
    !single && parsedAmount.ok && isMore(settles ?? '0', parsedAmount.value)
      ? difference(settles ?? '0', parsedAmount.value, decimals)
      : null;

  const onAmount = (text: string) => {
    setAmount(text);
    setErrors((e) => ({ ...e, amount: undefined }));
    if (single || partsEdited) return;
    const parsed = parseDecimal(text, { maxDecimals: decimals });
    if (parsed.ok) setParts(spreadOldestFirst(parsed.value, ordered, decimals).allocations.map(toText));
  };
  const respread = () => {
    setPartsEdited(false);
    setPartErrors({});
    if (parsedAmount.ok)
      setParts(spreadOldestFirst(parsedAmount.value, ordered, decimals).allocations.map(toText));
  };

  const validate = (): boolean => {
    const next: FieldErrors = {};
    const nextParts: Record<number, string> = {};
    if (!parsedAmount.ok) next.amount = numberFieldError(t, parsedAmount, 'amount', paymentDecimals) ?? '';
    else if (isZero(parsedAmount.value)) next.amount = t('payments.dialog.amountPositive');
    if (!date) next.date = t('validation.required');
    else {
      // Oldest first: the last one is the latest issued.
      const latest = ordered[ordered.length - 1]?.issueDate ?? '';
      if (date < latest) next.date = t('payments.dialog.dateBeforeIssue', { date: formatDate(latest) });
    }
    if (foreign) {
      if (!parsedRate.ok) next.exchangeRate = numberFieldError(t, parsedRate, 'amount', 10) ?? '';
      else if (isZero(parsedRate.value)) next.exchangeRate = t('payments.dialog.ratePositive');
    }
    if (!single) {
      parsedParts.forEach((p, i) => {
        const invoice = ordered[i];
        if (!p.ok) {
          if (p.reason !== 'empty') nextParts[i] = numberFieldError(t, p, 'amount', decimals) ?? '';
        } else if (invoice && isMore(p.value, balanceOf(invoice)))
          nextParts[i] = t('payments.dialog.partAboveBalance', {
            balance: formatMoney(balanceOf(invoice), invoice.currency),
          });
      });
      if (parsedParts.every((p) => !p.ok || isZero(p.value)) && Object.keys(nextParts).length === 0)
        nextParts[0] = t('payments.dialog.nothingAllocated');
      if (shortfall && !next.amount)
        next.amount = t('payments.dialog.partsAboveAmount', {
          amount: formatMoney(shortfall, invoiceCurrency),
        });
    }
    if (excess && !keepCredit && !next.amount) next.amount = t('payments.dialog.excessChoose');
    setErrors(next);
    setPartErrors(nextParts);
    return Object.keys(next).length === 0 && Object.keys(nextParts).length === 0;
  };

  const showServerError = (error: unknown, sentParts: number[]) => {
    const err = toApiError(error);
    const next: FieldErrors = {};
    const nextParts: Record<number, string> = {};
    let unmatched = err.errors.length === 0;
    for (const problem of err.errors) {
      const field = problemPathToField(problem.path);
      const part = /^allocations\.(\d+)\.(amount|invoiceId|exchangeRate)$/.exec(field);
      if (part) {
        const index = sentParts[Number(part[1])];
        if (index !== undefined) nextParts[index] = problem.message;
        else unmatched = true;
      } else if (
        ['amount', 'date', 'method', 'reference', 'note', 'currency', 'exchangeRate'].includes(field)
      )
        next[field as keyof FieldErrors] = problem.message;
      else unmatched = true;
    }
    setErrors(next);
    setPartErrors(nextParts);
    setMessage(unmatched ? errorMessage(t, err) : null);
  };

  const submit = async () => {
    setMessage(null);
    if (!validate() || !parsedAmount.ok || !date) return;
    const common = {
      date,
      amount: new Decimal(parsedAmount.value).toFixed(paymentDecimals),
      method,
      reference: reference.trim() || null,
      note: note.trim() || null,
      unallocated: excess && keepCredit ? ('credit' as const) : ('refuse' as const),
    };
    // Which invoice each sent allocation is (zero parts are left out), to place the server's errors.
    const sentParts = parsedParts.flatMap((p, i) => (p.ok && !isZero(p.value) ? [i] : []));
    setBusy(true);
    try {
      const invoice = ordered[0];
      if (!invoice) return;
      const payment = single
        ? await callApi('post', INVOICE_PAYMENTS_ROUTE, {
            path: { companyId, documentId: invoice.id },
            body: {
              ...common,
              ...(foreign && parsedRate.ok ? { currency, exchangeRate: parsedRate.value } : {}),
            },
          })
        : await callApi('post', PAYMENTS_ROUTE, {
            path: { companyId },
            body: {
              ...common,
              contactId: invoice.contactId ?? '',
              currency: invoiceCurrency,
              allocations: sentParts.map((i) => {
                const p = parsedParts[i];
                return {
                  invoiceId: ordered[i]?.id ?? '',
                  amount: p?.ok ? new Decimal(p.value).toFixed(decimals) : undefined,
                };
              }),
            },
          });
      setBusy(false);
      notifySuccess(t('payments.dialog.recorded', { amount: formatMoney(payment.amount, payment.currency) }));
      onRecorded(payment);
    } catch (error) {
      setBusy(false);
      showServerError(error, sentParts);
    }
  };

  const customer = ordered[0]?.contactName ?? '';
  const currencySuffix = (
    <Text size="xs" c="dimmed" aria-hidden>
      {single ? currency : invoiceCurrency}
    </Text>
  );

  return (
    <Stack gap="md">
      <Text size="sm">
        {single
          ? t('payments.dialog.introOne', {
              customer,
              balance: formatMoney(totalOpen, invoiceCurrency),
            })
          : t('payments.dialog.introMany', {
              customer,
              count: ordered.length,
              balance: formatMoney(totalOpen, invoiceCurrency),
            })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DecimalInput
          label={t('payments.fields.amount')}
          required
          maxDecimals={paymentDecimals}
          minDecimals={Math.min(2, paymentDecimals)}
          value={amount}
          onChange={onAmount}
          error={errors.amount}
          rightSection={currencySuffix}
          rightSectionWidth={48}
          data-autofocus
        />
        <DateField
          label={t('payments.fields.date')}
          required
          value={date}
          onChange={(value) => {
            setDate(value);
            setErrors((e) => ({ ...e, date: undefined }));
          }}
          error={errors.date}
          popoverProps={{ withinPortal: true }}
        />
        <Select
          label={t('payments.fields.method')}
          required
          data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
          value={method}
          onChange={(value) => value && setMethod(value as PaymentMethod)}
          allowDeselect={false}
          error={errors.method}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('payments.fields.reference')}
          description={t('payments.dialog.referenceHint')}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
          maxLength={140}
          error={errors.reference}
        />
      </SimpleGrid>

      {single && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('payments.fields.currency')}
            data={currencyOptions()}
            value={currency}
            onChange={(value) => {
              if (!value) return;
              setCurrency(value);
              setErrors((e) => ({ ...e, currency: undefined, exchangeRate: undefined }));
            }}
            searchable
            allowDeselect={false}
            error={errors.currency}
            comboboxProps={{ withinPortal: true }}
          />
          {foreign && (
            <DecimalInput
              label={t('payments.fields.exchangeRate')}
              description={t('payments.dialog.rateHint', { from: currency, to: invoiceCurrency })}
              required
              maxDecimals={10}
              value={rate}
              onChange={(text) => {
                setRate(text);
                setErrors((e) => ({ ...e, exchangeRate: undefined }));
              }}
              error={errors.exchangeRate}
            />
          )}
        </SimpleGrid>
      )}

      {!single && (
        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600} id="payment-parts-title">
              {t('payments.dialog.partsTitle')}
            </Text>
            {partsEdited && (
              <Button variant="subtle" size="compact-sm" onClick={respread}>
                {t('payments.dialog.respread')}
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={420}>
            <Table aria-labelledby="payment-parts-title" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('payments.dialog.invoice')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('payments.dialog.balance')}
                  </Table.Th>
                  <Table.Th scope="col" w={170}>
                    {t('payments.dialog.part')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((invoice, i) => (
                  <Table.Tr key={invoice.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={documentsPath(companyId, 'invoice', invoice.id)}
                        size="sm"
                        fw={600}
                        target="_blank"
                      >
                        {invoice.number}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {formatDate(invoice.issueDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatMoney(balanceOf(invoice), invoice.currency)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <DecimalInput
                        aria-label={t('payments.dialog.partOf', { number: invoice.number ?? '' })}
                        maxDecimals={decimals}
                        minDecimals={Math.min(2, decimals)}
                        value={parts[i] ?? ''}
                        onChange={(text) => {
                          setPartsEdited(true);
                          setParts((current) => current.map((p, j) => (j === i ? text : p)));
                          setPartErrors(({ [i]: _, ...rest }) => rest);
                        }}
                        error={partErrors[i]}
                        size="sm"
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}

      {excess && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          title={t('payments.dialog.excessTitle', {
            amount: formatMoney(excess, single ? currency : invoiceCurrency),
          })}
        >
          <Stack gap="xs">
            <Text size="sm">{t('payments.dialog.excessText', { customer })}</Text>
            <Checkbox
              label={t('payments.dialog.keepCredit', {
                amount: formatMoney(excess, single ? currency : invoiceCurrency),
              })}
              checked={keepCredit}
              onChange={(event) => {
                setKeepCredit(event.currentTarget.checked);
                setErrors((e) => ({ ...e, amount: undefined }));
              }}
            />
          </Stack>
        </Alert>
      )}

      <Textarea
        label={t('payments.fields.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={2000}
        error={errors.note}
      />

      <DialogFooter
        error={message}
        busy={busy}
        onCancel={onClose}
        submitLabel={t('payments.dialog.submit')}
        onSubmit={() => void submit()}
      />
    </Stack>
  );
}
