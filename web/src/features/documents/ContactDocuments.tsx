import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileDescription, IconFileInvoice } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Decimal } from '../../../../src/shared/money';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { CardItem, CardList, ListCard } from '../../components/list/ListCard';
import { SectionCard } from '../../components/SectionCard';
import { TableSkeleton } from '../../components/TableSkeleton';
import type { TimelineItem } from '../../components/Timeline';
import { type ApiError, isAbortError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { ApiQuery } from '../../lib/api/types';
import { formatDate, formatMoney } from '../../lib/format';
import { useIsPhone } from '../../lib/media';
import { useCompany } from '../companies/company-context';
import { DOCUMENT_KIND_LIST, KINDS } from './kinds';
import type { ListTotals } from './ListSummary';
import { documentRoute, documentsPath } from './paths';
import { PeppolBadge, StatusBadge } from './StatusBadge';
import { statusLabel } from './status-label';
import { documentTitle } from './titles';
import type { DocumentKind, DocumentListQuery, DocumentSummary } from './types';

const RECENT = 8;
const OPEN_STATUSES = 'issued,sent,partially_paid';
const NUM = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export interface ContactDocuments {
  /** Newest first, every kind the role may read. */
  recent: DocumentSummary[];
  /** Open balance per currency, and how many open invoices are overdue. */
  open: { balances: { currency: string; amount: string }[]; overdue: number };
  loading: boolean;
  error: ApiError | undefined;
  reload: () => void;
  /** Entries for the contact's timeline. */
  timeline: TimelineItem[];
}

/** A contact's documents: the latest of each kind, and its open invoices (balance, overdue). */
export function useContactDocuments(companyId: string, contactId: string): ContactDocuments {
  const { t } = useTranslation();
  const { can } = useCompany();
  const kinds = DOCUMENT_KIND_LIST.filter((k) => can(KINDS[k].read));
  const kindsKey = kinds.join(',');
  const [state, setState] = useState<{ recent: DocumentSummary[]; open: ContactDocuments['open'] } | null>(
    null,
  );
  const [error, setError] = useState<ApiError | undefined>();
  const [nonce, setNonce] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `kindsKey` stands for `kinds`
  useEffect(() => {
    void nonce;
    const controller = new AbortController();
    const signal = controller.signal;
    setState(null);
    setError(undefined);
    const page = (kind: DocumentKind, query: DocumentListQuery) =>
      callApi('get', documentRoute(kind, ''), {
        path: { companyId },
        query: { contactId, ...query },
        signal,
      }).then((p) => p.items);
    // Open balances and overdue invoices are added up by the server over all of them, not a page.
    const summary = (query: ApiQuery<'/api/v1/companies/{companyId}/invoices/summary'>) =>
      callApi('get', '/api/v1/companies/{companyId}/invoices/summary', {
        path: { companyId },
        query: { contactId, status: OPEN_STATUSES, ...query },
        signal,
      });
    const noSummary: ListTotals = { count: 0, currencies: [] };
    const withInvoices = kinds.includes('invoice');
    Promise.all([
      Promise.all(kinds.map((k) => page(k, { limit: RECENT }))),
      withInvoices ? summary({}) : Promise.resolve(noSummary),
      withInvoices ? summary({ overdue: 'true' }) : Promise.resolve(noSummary),
    ]).then(
      ([pages, open, overdue]) => {
        const recent = pages
          .flat()
          .sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.createdAt.localeCompare(a.createdAt));
        const balances = open.currencies
          .filter((c) => c.balance !== null && !new Decimal(c.balance).isZero())
          .map((c) => ({ currency: c.currency, amount: c.balance as string }));
        setState({ recent, open: { balances, overdue: overdue.count } });
      },
      (err: unknown) => {
        if (isAbortError(err) || signal.aborted) return;
        setError(toApiError(err));
      },
    );
    return () => controller.abort();
  }, [companyId, contactId, kindsKey, nonce]);

  return {
    recent: state?.recent.slice(0, RECENT) ?? [],
    open: state?.open ?? { balances: [], overdue: 0 },
    loading: state === null && !error,
    error,
    reload: () => setNonce((n) => n + 1),
    timeline: (state?.recent ?? []).map((d) => timelineItem(t, d, companyId)),
  };
}

function timelineItem(t: TFunction, d: DocumentSummary, companyId: string): TimelineItem {
  const Icon = d.kind === 'invoice' || d.kind === 'credit_note' ? IconFileInvoice : IconFileDescription;
  return {
    id: d.id,
    at: d.updatedAt,
    icon: <Icon size={16} />,
    title: t('documents.contact.timelineTitle', {
      title: documentTitle(t, d),
      amount: formatMoney(d.totals.taxInclusive, d.currency),
    }),
    description: `${statusLabel(t, d.status, d.kind)} · ${formatDate(d.issueDate)}`,
    href: documentsPath(companyId, d.kind, d.id),
  };
}

interface ContactDocumentsSectionProps {
  companyId: string;
  contactId: string;
  documents: ContactDocuments;
}

/** The "Documents" panel of a contact: open balance, latest documents, and a quick start. */
export function ContactDocumentsSection({ companyId, contactId, documents }: ContactDocumentsSectionProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { can } = useCompany();
  const newPath = (kind: DocumentKind) =>
    `${documentsPath(companyId, kind, 'new')}?contactId=${encodeURIComponent(contactId)}`;
  const actions = (
    <Group gap="xs">
      {can(KINDS.quote.write) && (
        <Button size="xs" variant="default" component={Link} to={newPath('quote')}>
          {t('documents.contact.newQuote')}
        </Button>
      )}
      {can(KINDS.invoice.write) && (
        <Button size="xs" variant="default" component={Link} to={newPath('invoice')}>
          {t('documents.contact.newInvoice')}
        </Button>
      )}
    </Group>
  );
  return (
    <SectionCard
      id="documents"
      title={t('documents.contact.title')}
      description={t('documents.contact.description')}
      actions={actions}
      flush
    >
      {documents.loading ? (
        <TableSkeleton rows={3} />
      ) : documents.error ? (
        <Stack p="md">
          <ErrorState error={documents.error} onRetry={documents.reload} />
        </Stack>
      ) : documents.recent.length === 0 ? (
        <EmptyBlock
          size="sm"
          headingOrder={3}
          icon={<IconFileInvoice size={24} />}
          title={t('documents.contact.empty')}
          description={t('documents.contact.emptyDescription')}
        />
      ) : (
        <>
          {(documents.open.balances.length > 0 || documents.open.overdue > 0) && (
            <Group gap="sm" px="lg" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
              {documents.open.balances.map((b) => (
                <Text key={b.currency} size="sm" fw={600}>
                  {t('documents.contact.openBalance', { amount: formatMoney(b.amount, b.currency) })}
                </Text>
              ))}
              {documents.open.overdue > 0 && (
                <Badge color="red.8" variant="filled">
                  {t('documents.contact.overdueCount', { count: documents.open.overdue })}
                </Badge>
              )}
            </Group>
          )}
          {phone ? (
            <CardList label={t('documents.contact.title')}>
              {documents.recent.map((d) => (
                <CardItem key={d.id}>
                  <ListCard
                    title={
                      <Anchor component={Link} to={documentsPath(companyId, d.kind, d.id)} size="sm" fw={600}>
                        {documentTitle(t, d)}
                      </Anchor>
                    }
                    badges={
                      <StatusBadge
                        status={d.status}
                        kind={d.kind}
                        overdue={d.overdue}
                        billingType={d.billingType}
                        peppolStatus={d.peppolStatus}
                        size="xs"
                      />
                    }
                    aside={<Text size="sm">{formatMoney(d.totals.taxInclusive, d.currency)}</Text>}
                  >
                    <Text size="xs" c="dimmed">
                      {formatDate(d.issueDate)}
                    </Text>
                  </ListCard>
                </CardItem>
              ))}
            </CardList>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('documents.fields.number')}</Table.Th>
                    <Table.Th scope="col">{t('documents.fields.date')}</Table.Th>
                    <Table.Th scope="col">{t('documents.fields.status')}</Table.Th>
                    <Table.Th scope="col" style={NUM}>
                      {t('documents.fields.totalInclVat')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {documents.recent.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={documentsPath(companyId, d.kind, d.id)}
                          size="sm"
                          fw={600}
                        >
                          {documentTitle(t, d)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{formatDate(d.issueDate)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <StatusBadge
                            status={d.status}
                            kind={d.kind}
                            overdue={d.overdue}
                            billingType={d.billingType}
                            size="xs"
                          />
                          {d.peppolStatus && <PeppolBadge status={d.peppolStatus} size="xs" />}
                        </Stack>
                      </Table.Td>
                      <Table.Td style={NUM}>
                        <Text size="sm" span>
                          {formatMoney(d.totals.taxInclusive, d.currency)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group gap="md" px="lg" py="sm">
            {DOCUMENT_KIND_LIST.filter((k) => can(KINDS[k].read)).map((k) => (
              <Anchor
                key={k}
                component={Link}
                to={`${documentsPath(companyId, k)}?contactId=${encodeURIComponent(contactId)}`}
                size="sm"
              >
                {t(`documents.kinds.${KINDS[k].key}.plural`)} →
              </Anchor>
            ))}
          </Group>
        </>
      )}
    </SectionCard>
  );
}
