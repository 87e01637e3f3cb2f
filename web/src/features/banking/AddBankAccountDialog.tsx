import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { errorMessage, notifySuccess, problemPathToField } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { currencyOptions } from '../companies/options';
import { DecimalInput } from '../documents/DecimalInput';
import { parseDecimal } from '../documents/decimal-text';
import { BANK_ACCOUNTS_ROUTE } from './paths';
import type { BankAccount } from './types';

interface Values {
  name: string;
  iban: string;
  bic: string;
  currency: string | null;
  openingBalance: string;
  openingDate: string | null;
}

const EMPTY: Values = { name: '', iban: '', bic: '', currency: null, openingBalance: '', openingDate: null };

/**
 * A bank account of the company: its name, IBAN and BIC, its currency (the company's when left
 * empty), and the balance it had on a day, from which the balance of imported statements runs on.
 * The server checks the IBAN and answers field by field; its words go under the fields they name.
 */
export function AddBankAccountDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (account: BankAccount) => void;
}) {
  const { t } = useTranslation();
  const { companyId } = useCompany();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      name: isNotEmpty(t('banking.account.nameRequired')),
      iban: isNotEmpty(t('banking.account.ibanRequired')),
      openingBalance: (value) =>
        value.trim() === '' || parseDecimal(value, { maxDecimals: 2, allowNegative: true }).ok
          ? null
          : t('banking.account.balanceInvalid'),
    },
  });

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const balance = parseDecimal(values.openingBalance, { maxDecimals: 2, allowNegative: true });
    setBusy(true);
    try {
      const account = await callApi('post', BANK_ACCOUNTS_ROUTE, {
        path: { companyId },
        body: {
          name: values.name.trim(),
          iban: values.iban.replace(/\s+/g, '').toUpperCase(),
          bic: values.bic.trim() ? values.bic.replace(/\s+/g, '').toUpperCase() : null,
          ...(values.currency ? { currency: values.currency } : {}),
          openingBalance: values.openingBalance.trim() && balance.ok ? balance.value : '0',
          openingDate: values.openingDate,
        },
      });
      notifySuccess(t('banking.account.created', { name: account.name }));
      form.reset();
      onCreated(account);
    } catch (caught) {
      // Each field's refusal under that field; what names no field (a duplicate IBAN…) above the buttons.
      const err = toApiError(caught);
      const unplaced: string[] = [];
      for (const fieldError of err.errors) {
        const field = problemPathToField(fieldError.path);
        if (field in EMPTY) form.setFieldError(field, fieldError.message);
        else unplaced.push(fieldError.message);
      }
      if (err.errors.length === 0 || unplaced.length > 0) {
        setError(unplaced.length > 0 ? unplaced.join(' · ') : errorMessage(t, err));
      }
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('banking.account.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('banking.account.name')}
            description={t('banking.account.nameHint')}
            required
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('banking.account.iban')}
            placeholder="BE68 5390 0754 7034"
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={42}
            {...form.getInputProps('iban')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('banking.account.bic')}
              placeholder="GEBABEBB"
              autoComplete="off"
              spellCheck={false}
              maxLength={11}
              {...form.getInputProps('bic')}
            />
            <Select
              label={t('banking.account.currency')}
              placeholder={t('banking.account.companyCurrency')}
              data={currencyOptions()}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('banking.account.clearCurrency') }}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('currency')}
            />
            <DecimalInput
              label={t('banking.account.openingBalance')}
              description={t('banking.account.openingBalanceHint')}
              maxDecimals={2}
              minDecimals={2}
              allowNegative
              value={form.values.openingBalance}
              onChange={(value) => form.setFieldValue('openingBalance', value)}
              error={form.errors.openingBalance}
            />
            <DateField
              label={t('banking.account.openingDate')}
              description={t('banking.account.openingDateHint')}
              clearable
              clearLabel={t('banking.account.clearOpeningDate')}
              value={form.values.openingDate}
              onChange={(value) => form.setFieldValue('openingDate', value)}
              error={form.errors.openingDate}
            />
          </SimpleGrid>
          <DialogFooter
            error={error}
            busy={busy}
            onCancel={close}
            submitLabel={t('banking.account.submit')}
            onSubmit={() => submit()}
          />
        </Stack>
      </form>
    </Modal>
  );
}
