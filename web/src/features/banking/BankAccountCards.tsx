import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../lib/format';
import { formatIban } from './format';
import type { BankAccount } from './types';

const NUM = { fontVariantNumeric: 'tabular-nums' } as const;

/** The company's accounts side by side: what each holds, what the bank said last, how much is in it. */
export function BankAccountCards({
  accounts,
  onShowTransactions,
}: {
  accounts: readonly BankAccount[];
  onShowTransactions: (accountId: string) => void;
}) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {accounts.map((a) => (
        <li key={a.id}>
          <AccountCard account={a} onShowTransactions={() => onShowTransactions(a.id)} />
        </li>
      ))}
    </SimpleGrid>
  );
}

function AccountCard({
  account: a,
  onShowTransactions,
}: {
  account: BankAccount;
  onShowTransactions: () => void;
}) {
  const { t } = useTranslation();
  const last = a.lastStatement;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      h="100%"
      component="article"
      aria-labelledby={`bank-account-${a.id}`}
    >
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" id={`bank-account-${a.id}`} style={{ overflowWrap: 'anywhere' }}>
              {a.name}
            </Title>
            <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {a.iban ? formatIban(a.iban) : a.accountNumber}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
            {a.archived && (
              <Badge size="sm" variant="light" color="gray">
                {t('banking.accounts.archived')}
              </Badge>
            )}
            <Badge size="sm" variant="outline" color="gray">
              {a.currency}
            </Badge>
          </Group>
        </Group>
        <div>
          <Text size="xs" c="dimmed">
            {t('banking.accounts.balance')}
          </Text>
          <Text size="xl" fw={700} style={NUM} data-testid="bank-balance">
            {formatMoney(a.balance, a.currency)}
          </Text>
        </div>
        <Text size="sm" c="dimmed">
          {last?.closingBalance != null ? (
            <>
              {last.closingDate
                ? t('banking.accounts.lastStatementOn', { date: formatDate(last.closingDate) })
                : t('banking.accounts.lastStatement')}{' '}
              <Text span c="var(--mantine-color-text)" fw={600} style={NUM}>
                {formatMoney(last.closingBalance, a.currency)}
              </Text>
            </>
          ) : (
            t('banking.accounts.noStatement')
          )}
        </Text>
        <Group justify="space-between" gap="xs" mt="auto">
          <Text size="sm" c="dimmed">
            {t('banking.accounts.transactionCount', { count: a.transactionCount })}
          </Text>
          {a.transactionCount > 0 && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={onShowTransactions}
              aria-label={t('banking.accounts.showTransactionsOf', { name: a.name })}
            >
              {t('banking.accounts.showTransactions')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

export function BankAccountCardsSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {[0, 1].map((i) => (
          <Paper key={i} withBorder radius="md" p="md">
            <Stack gap="sm">
              <Skeleton height={18} width="50%" />
              <Skeleton height={12} width="70%" />
              <Skeleton height={26} width="40%" />
              <Skeleton height={12} width="60%" />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </div>
  );
}
