import { Alert, Anchor, Button, Grid, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCash, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyProblemList, notifySuccess } from '../../lib/errors';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { vatLabel } from '../catalog/catalog-format';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { decimalToText } from '../documents/decimal-text';
import { PurchaseOriginal } from './PurchaseOriginal';
import { PurchasePaymentDialog } from './PurchasePaymentDialog';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { PurchasesBreadcrumb, purchaseTitle } from './PurchasesBreadcrumb';
import { PURCHASE_ROUTE, PURCHASES_WRITE, purchasesPath } from './paths';
import { type Purchase, type PurchasePaymentMethod, syntaxName } from './types';

/**
 * One purchase invoice: its data, lines and totals on one side, the original file as received on
 * the other (side by side on wide screens, one above the other below), and what can be done with it
 * in its state: complete and approve, record a payment, delete.
 */
export function PurchasePage() {
  const { t } = useTranslation();
  const { companyId, can } = useCompany();
  const { purchaseInvoiceId = '' } = useParams();
  const navigate = useNavigate();
  const query = useApiRoute(PURCHASE_ROUTE, { companyId, purchaseInvoiceId });
  const [paying, payDialog] = useDisclosure(false);
  const [deleting, deleteDialog] = useDisclosure(false);
  const [busy, setBusy] = useState<'approve' | 'delete' | null>(null);
  const writer = can(PURCHASES_WRITE);

  if (query.error && !query.data) {
    return (
      <>
        <PageHeader
          eyebrow={<PurchasesBreadcrumb companyId={companyId} />}
          title={t('purchases.detail.title')}
        />
        <ErrorState error={query.error} onRetry={query.reload} />
      </>
    );
  }
  const p = query.data;
  if (!p) {
    return (
      <>
        <PageHeader
          eyebrow={<PurchasesBreadcrumb companyId={companyId} />}
          title={t('purchases.detail.title')}
        />
        <FormSkeleton fields={6} />
      </>
    );
  }

  const setPurchase = (next: Purchase) => query.setData(() => next);
  const approve = async () => {
    setBusy('approve');
    try {
      const next = await callApi('post', `${PURCHASE_ROUTE}/approve`, {
        path: { companyId, purchaseInvoiceId },
      });
      setPurchase(next);
      notifySuccess(t('purchases.detail.approved'));
    } catch (error) {
      notifyProblemList(t, error);
    } finally {
      setBusy(null);
    }
  };
  const remove = async () => {
    setBusy('delete');
    try {
      await callApi('delete', PURCHASE_ROUTE, { path: { companyId, purchaseInvoiceId } });
      notifySuccess(t('purchases.detail.deleted'));
      navigate(purchasesPath(companyId));
    } catch (error) {
      notifyProblemList(t, error);
      setBusy(null);
    }
  };

  // A PDF needs room to be read; an XML original is a small card beside the data.
  const side = !p.original
    ? { data: 12, original: 0 }
    : p.original.mimeType === 'application/pdf'
      ? { data: 7, original: 5 }
      : { data: 8, original: 4 };
  const toApprove = p.status === 'to_approve';
  const missing = [
    !p.supplier && t('purchases.fields.supplier'),
    !p.number && t('purchases.fields.number'),
    !p.issueDate && t('purchases.fields.issueDate'),
    p.lines.length === 0 && t('purchases.detail.lines'),
  ].filter((m): m is string => Boolean(m));

  const actions = writer && (
    <>
      {toApprove && (
        <Button
          component={Link}
          to={purchasesPath(companyId, p.id, 'edit')}
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          {missing.length > 0 ? t('purchases.detail.complete') : t('purchases.detail.edit')}
        </Button>
      )}
      {toApprove && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={deleteDialog.open}
        >
          {t('purchases.detail.delete')}
        </Button>
      )}
      {toApprove && (
        <Button
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={() => void approve()}
          loading={busy === 'approve'}
          disabled={missing.length > 0}
        >
          {t('purchases.detail.approve')}
        </Button>
      )}
      {p.status === 'to_pay' && (
        <Button leftSection={<IconCash size={16} aria-hidden />} onClick={payDialog.open}>
          {t('purchases.detail.recordPayment')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        eyebrow={<PurchasesBreadcrumb companyId={companyId} />}
        title={purchaseTitle(t, p)}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <PurchaseStatusBadge status={p.status} overdue={p.overdue} />
            <Text span size="sm" c="dimmed">
              {t(`purchases.source.${p.source}`)}
              {p.syntax ? ` (${syntaxName(p.syntax, p.original?.mimeType)})` : ''}
            </Text>
          </Group>
        }
        actions={actions}
      />
      {toApprove && missing.length > 0 && (
        <Alert color="orange" variant="light" mb="lg" title={t('purchases.detail.incompleteTitle')}>
          {t('purchases.detail.incomplete', { fields: missing.join(', ') })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: side.data }}>
          <Stack gap="lg">
            <Facts purchase={p} companyId={companyId} />
            <Lines purchase={p} />
            {p.payments.length > 0 && <Payments purchase={p} />}
          </Stack>
        </Grid.Col>
        {p.hasOriginal && p.original && (
          <Grid.Col span={{ base: 12, lg: side.original }}>
            <PurchaseOriginal purchase={p} companyId={companyId} />
          </Grid.Col>
        )}
      </Grid>
      {p.status === 'to_pay' && (
        <PurchasePaymentDialog
          key={`${p.id}-${p.totals.amountDue}`}
          purchase={p}
          opened={paying}
          onClose={payDialog.close}
          onPaid={(next) => {
            setPurchase(next);
            payDialog.close();
          }}
        />
      )}
      <ConfirmDialog
        opened={deleting}
        title={t('purchases.detail.deleteTitle')}
        message={t('purchases.detail.deleteMessage')}
        confirmLabel={t('purchases.detail.delete')}
        danger
        loading={busy === 'delete'}
        onConfirm={() => void remove()}
        onClose={deleteDialog.close}
      />
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children ?? (
          <Text span c="dimmed" size="sm">
            —
          </Text>
        )}
      </Text>
    </div>
  );
}

function Facts({ purchase: p, companyId }: { purchase: Purchase; companyId: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="purchase-facts" title={t('purchases.detail.facts')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" pb="lg">
        <Fact label={t('purchases.fields.supplier')}>
          {p.supplier ? (
            <>
              <Anchor component={Link} to={contactsPath(companyId, p.supplier.id)} size="sm">
                {p.supplier.name}
              </Anchor>
              {p.supplier.vatNumber && (
                <Text size="xs" c="dimmed">
                  {p.supplier.vatNumber}
                </Text>
              )}
            </>
          ) : null}
        </Fact>
        <Fact label={t('purchases.fields.number')}>{p.number}</Fact>
        <Fact label={t('purchases.fields.issueDate')}>{p.issueDate && formatDate(p.issueDate)}</Fact>
        <Fact label={t('purchases.fields.dueDate')}>
          {p.dueDate && (
            <Text span size="sm" c={p.overdue ? 'red.8' : undefined} fw={p.overdue ? 600 : undefined}>
              {formatDate(p.dueDate)}
              {p.overdue ? ` — ${t('purchases.status.overdue')}` : ''}
            </Text>
          )}
        </Fact>
        <Fact label={t('purchases.fields.paymentReference')}>{p.paymentReference}</Fact>
        <Fact label={t('purchases.fields.supplierIban')}>
          {p.supplierIban && [p.supplierIban, p.supplierBic].filter(Boolean).join(' · ')}
        </Fact>
        {(p.orderReference || p.buyerReference) && (
          <Fact label={t('purchases.fields.references')}>
            {[p.orderReference, p.buyerReference].filter(Boolean).join(' · ')}
          </Fact>
        )}
        {p.approvedAt && <Fact label={t('purchases.fields.approvedAt')}>{formatDateTime(p.approvedAt)}</Fact>}
      </SimpleGrid>
      {p.notes && (
        <Text size="sm" pb="lg" style={{ whiteSpace: 'pre-wrap' }}>
          {p.notes}
        </Text>
      )}
    </SectionCard>
  );
}

function Lines({ purchase: p }: { purchase: Purchase }) {
  const { t } = useTranslation();
  const money = (v: string) => formatMoney(v, p.currency);
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <SectionCard id="purchase-lines" title={t('purchases.detail.lines')} flush>
      {p.lines.length === 0 ? (
        <Text
          size="sm"
          c="dimmed"
          px="lg"
          pt="md"
          pb="lg"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          {t('purchases.detail.noLines')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={440}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-labelledby="purchase-lines-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('purchases.fields.description')}</Table.Th>
                <Table.Th scope="col" style={num}>
                  {t('purchases.fields.quantity')}
                </Table.Th>
                <Table.Th scope="col" style={num}>
                  {t('purchases.fields.unitPrice')}
                </Table.Th>
                <Table.Th scope="col" style={num}>
                  {t('purchases.fields.vat')}
                </Table.Th>
                <Table.Th scope="col" style={num}>
                  {t('purchases.fields.net')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {l.description}
                    </Text>
                  </Table.Td>
                  <Table.Td style={num}>{decimalToText(l.quantity)}</Table.Td>
                  <Table.Td style={num}>{l.unitPrice ? money(l.unitPrice) : '—'}</Table.Td>
                  <Table.Td style={num}>
                    {vatLabel({ rate: l.vatRate ?? '0', category: l.vatCategory as 'S' })}
                  </Table.Td>
                  <Table.Td style={num}>{money(l.netAmount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack
        gap={4}
        p="lg"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        data-testid="purchase-totals"
      >
        <TotalLine label={t('purchases.totals.net')} value={money(p.totals.netAmount)} />
        {p.vatBreakdown.map((g) => (
          <TotalLine
            key={`${g.vatCategory}|${g.vatRate}`}
            label={t('purchases.totals.vatOn', {
              rate: vatLabel({ rate: g.vatRate ?? '0', category: g.vatCategory as 'S' }),
              amount: money(g.taxableAmount),
            })}
            value={money(g.vatAmount)}
          />
        ))}
        <TotalLine label={t('purchases.totals.gross')} value={money(p.totals.grossAmount)} strong />
        {p.totals.prepaidAmount !== p.totals.payableAmount && /[1-9]/.test(p.totals.prepaidAmount) && (
          <TotalLine label={t('purchases.totals.prepaid')} value={money(p.totals.prepaidAmount)} />
        )}
        {/[1-9]/.test(p.totals.paidAmount) && (
          <TotalLine label={t('purchases.totals.paid')} value={money(p.totals.paidAmount)} />
        )}
        <TotalLine label={t('purchases.totals.amountDue')} value={money(p.totals.amountDue)} strong />
      </Stack>
    </SectionCard>
  );
}

function TotalLine({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text
        size="sm"
        fw={strong ? 700 : undefined}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      >
        {value}
      </Text>
    </Group>
  );
}

function Payments({ purchase: p }: { purchase: Purchase }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="purchase-payments" title={t('purchases.detail.payments')}>
      <Stack gap={6} component="ul" m={0} px={0} pt={0} pb="lg" style={{ listStyle: 'none' }}>
        {p.payments.map((pay) => (
          <Group component="li" key={pay.id} justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">
              {[
                formatDate(pay.date),
                t(`payments.methods.${pay.method as PurchasePaymentMethod}`),
                pay.reference,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(pay.amount, p.currency)}
            </Text>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
