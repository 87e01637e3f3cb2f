import { Button, Group, Paper, Stack } from '@mantine/core';
import { IconBuildingBank, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { useApiRoute } from '../../lib/api/client';
import { useCompany } from '../companies/company-context';
import { AddBankAccountDialog } from './AddBankAccountDialog';
import { BankAccountCards, BankAccountCardsSkeleton } from './BankAccountCards';
import { BankTransactionsList } from './BankTransactionsList';
import { ImportStatementDialog } from './ImportStatementDialog';
import { BANK_ACCOUNTS_ROUTE, BANKING_MANAGE } from './paths';

/**
 * Banking: the company's accounts (balance, the bank's last closing balance), statement files
 * imported into them (CODA, camt.053, MT940, OFX, CSV), and below them the transactions of every
 * account, filtered in the URL like the other lists.
 */
export function BankingPage() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const manager = can(BANKING_MANAGE);
  const listParams = useListParams();
  const accounts = useApiRoute(BANK_ACCOUNTS_ROUTE, { companyId });
  const [dialog, setDialog] = useState<'account' | 'import' | null>(null);
  const [version, setVersion] = useState(0);
  const items = accounts.data?.items ?? [];
  const hasAccounts = items.length > 0;

  const addButton = (variant: 'default' | 'light') => (
    <Button
      variant={variant}
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setDialog('account')}
    >
      {t('banking.accounts.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('banking.title')}
        description={t('banking.description')}
        actions={
          manager &&
          hasAccounts && (
            <Group gap="sm">
              {addButton('default')}
              <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setDialog('import')}>
                {t('banking.import.open')}
              </Button>
            </Group>
          )
        }
      />
      <Stack gap="lg">
        <section aria-label={t('banking.accounts.title')}>
          {accounts.loading && !accounts.data ? (
            <BankAccountCardsSkeleton />
          ) : accounts.error && !accounts.data ? (
            <ErrorState error={accounts.error} onRetry={accounts.reload} />
          ) : hasAccounts ? (
            <BankAccountCards
              accounts={items}
              onShowTransactions={(accountId) => {
                listParams.update({ accountId });
                document.getElementById('bank-transactions-title')?.scrollIntoView({ behavior: 'smooth' });
              }}
            />
          ) : (
            <Paper withBorder radius="md">
              <EmptyBlock
                icon={<IconBuildingBank size={28} />}
                title={t('banking.accounts.emptyTitle')}
                description={
                  manager ? t('banking.accounts.emptyDescription') : t('banking.accounts.emptyReadOnly')
                }
                action={manager && addButton('light')}
              />
            </Paper>
          )}
        </section>
        {hasAccounts && <BankTransactionsList accounts={items} listParams={listParams} version={version} />}
      </Stack>
      {manager && (
        <>
          <AddBankAccountDialog
            opened={dialog === 'account'}
            onClose={() => setDialog(null)}
            onCreated={() => {
              setDialog(null);
              accounts.reload();
            }}
          />
          <ImportStatementDialog
            opened={dialog === 'import'}
            onClose={() => setDialog(null)}
            accounts={items}
            onImported={() => {
              accounts.reload();
              setVersion((v) => v + 1);
            }}
          />
        </>
      )}
    </>
  );
}
