import {
  Alert,
  Anchor,
  CopyButton,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBellRinging,
  IconCash,
  IconCashOff,
  IconCheck,
  IconCircleCheck,
  IconCircleX,
  IconClockHour4,
  IconCopy,
  IconDownload,
  IconFilePlus,
  IconInbox,
  IconLink,
  IconLock,
  IconMail,
  IconMailCheck,
  IconMailExclamation,
  IconPencil,
  IconReceiptRefund,
  IconSend,
  IconStack2,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { Timeline, type TimelineItem } from '../../components/Timeline';
import { useApiRoute } from '../../lib/api/client';
import {
  formatDate,
  formatDateTime,
  formatDateTimeIn,
  formatMoney,
  formatUnitPrice,
  regionName,
} from '../../lib/format';
import { useIsPhone } from '../../lib/media';
import { formatRate, unitName, vatLabel } from '../catalog/catalog-format';
import { useUnits } from '../catalog/use-catalog-data';
import { useCompany } from '../companies/company-context';
import { contactsPath } from '../contacts/paths';
import { InvoicePayments } from '../payments/InvoicePayments';
import { RecordPaymentButton } from '../payments/RecordPaymentButton';
import { RemindersSection } from '../reminders/RemindersSection';
import { isReminderLevel } from '../reminders/types';
import { DocumentActions } from './DocumentActions';
import { DocumentBreadcrumb } from './DocumentBreadcrumb';
import { DocumentEmails } from './DocumentEmails';
import { decimalToText } from './decimal-text';
import classes from './documents.module.css';
import { failedRules } from './failed-rules';
import { isStatusKey, KINDS } from './kinds';
import { documentRoute, documentsPath } from './paths';
import { StatusBadge } from './StatusBadge';
import { statusLabel } from './status-label';
import { ExemptionMentions, type ExtraRow, TotalsBlock } from './TotalsBlock';
import { documentTitle } from './titles';
import type { Acceptance, DocumentEvent, DocumentKind, Party, SalesDocument } from './types';

const NUM = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function DocumentPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const { companyId } = useCompany();
  const query = useApiRoute(documentRoute(kind, '/{documentId}'), { companyId, documentId });
  const k = KINDS[kind].key;

  if (query.error) {
    return (
      <>
        <PageHeader
          eyebrow={<DocumentBreadcrumb companyId={companyId} kind={kind} />}
          title={t(`documents.kinds.${k}.singular`)}
        />
        <ErrorState error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!query.data) {
    return (
      <Stack gap="lg" aria-busy="true">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton height={36} width="40%" />
        <Skeleton height={120} radius="md" />
        <Skeleton height={280} radius="md" />
      </Stack>
    );
  }
  return (
    <DocumentView
      doc={query.data}
      companyId={companyId}
      onChange={(doc) => query.setData(() => doc)}
      reload={query.reload}
    />
  );
}

interface DocumentViewProps {
  doc: SalesDocument;
  companyId: string;
  onChange: (doc: SalesDocument) => void;
  reload: () => void;
}

function DocumentView({ doc, companyId, onChange, reload }: DocumentViewProps) {
  const [mailVersion, setMailVersion] = useState(0);
  const [reminderVersion, setReminderVersion] = useState(0);
  const { t, i18n } = useTranslation();
  const k = KINDS[doc.kind].key;
  const draft = doc.status === 'draft';
  const money = (v: string) => formatMoney(v, doc.currency);

  const extra: ExtraRow[] = [];
  if (doc.kind === 'invoice' && !draft) {
    if (doc.credited !== '0.00')
      extra.push({ label: t('documents.totals.credited'), amount: `-${doc.credited}` });
    if (doc.paid !== '0.00') extra.push({ label: t('documents.totals.paid'), amount: `-${doc.paid}` });
    if (doc.balance !== null)
      extra.push({ label: t('documents.totals.balance'), amount: doc.balance, strong: true });
  }

  return (
    <>
      <PageHeader
        eyebrow={<DocumentBreadcrumb companyId={companyId} kind={doc.kind} />}
        title={documentTitle(t, doc)}
      />
      {/* Status on the left, what can be done now on the right: the title keeps the full width. */}
      <Group justify="space-between" align="center" gap="sm" mt={-8} mb="lg" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <StatusBadge
            status={doc.status}
            kind={doc.kind}
            overdue={doc.overdue}
            billingType={doc.billingType}
            peppolStatus={doc.peppolStatus}
            size="md"
          />
          {doc.subject && (
            <Text size="sm" c="dimmed">
              {doc.subject}
            </Text>
          )}
        </Group>
        <Group gap="sm" wrap="wrap">
          {doc.kind === 'invoice' && <RecordPaymentButton invoice={doc} onRecorded={reload} />}
          <DocumentActions
            doc={doc}
            companyId={companyId}
            onChange={onChange}
            onSent={() => {
              reload();
              setMailVersion((v) => v + 1);
              setReminderVersion((v) => v + 1);
            }}
            onReminderCreated={() => setReminderVersion((v) => v + 1)}
          />
        </Group>
      </Group>

      <Stack gap="lg">
        {draft ? (
          <Alert color="gray" variant="light" icon={<IconPencil size={18} aria-hidden />}>
            {t(`documents.kinds.${k}.draftNotice`)}
          </Alert>
        ) : (
          <Alert
            color={doc.acceptance ? 'teal' : 'blue'}
            variant="light"
            icon={
              doc.acceptance ? <IconCircleCheck size={18} aria-hidden /> : <IconLock size={18} aria-hidden />
            }
          >
            <Stack gap={4}>
              {doc.acceptance && (
                <Text size="sm" fw={600}>
                  {acceptanceText(t, doc.acceptance)}
                </Text>
              )}
              <Text size="sm">
                {t(`documents.kinds.${k}.frozenNotice`, {
                  date: doc.issuedAt ? formatDateTime(doc.issuedAt) : formatDate(doc.issueDate),
                })}
              </Text>
              {doc.contentHash && (
                <Tooltip label={t('documents.page.hashHint')} multiline w={320}>
                  <Text className={classes.hash} span>
                    {t('documents.page.hash')} {doc.contentHash.slice(0, 16)}…
                  </Text>
                </Tooltip>
              )}
            </Stack>
          </Alert>
        )}

        <Paper withBorder radius="md" p="lg" component="section" aria-label={t('documents.page.summary')}>
          <div className={classes.facts}>
            <Fact label={t('documents.fields.customer')}>
              {doc.buyer ? <PartyBlock party={doc.buyer} companyId={companyId} /> : <MissingValue />}
            </Fact>
            <Fact label={t('documents.page.dates')}>
              <DateLines doc={doc} />
            </Fact>
            <Fact
              label={
                doc.kind === 'invoice' && !draft
                  ? t('documents.fields.balance')
                  : t('documents.fields.totalInclVat')
              }
            >
              <Text fz={24} fw={700} className={classes.figure} c={doc.overdue ? 'red.8' : undefined}>
                {money(
                  doc.kind === 'invoice' && doc.balance !== null ? doc.balance : doc.totals.taxInclusive,
                )}
              </Text>
              {doc.kind === 'invoice' && doc.balance !== null && (
                <Text size="xs" c="dimmed">
                  {t('documents.page.ofTotal', { total: money(doc.totals.taxInclusive) })}
                </Text>
              )}
              {doc.invoicedNet !== null && (
                <Text size="xs" c="dimmed">
                  {t('documents.page.invoicedNet', {
                    amount: money(doc.invoicedNet),
                    total: money(doc.totals.taxExclusive),
                  })}
                </Text>
              )}
            </Fact>
            {doc.kind === 'invoice' && (
              <Fact label={t('documents.fields.paymentReference')}>
                {doc.paymentReference ? (
                  <Group gap={4} wrap="nowrap">
                    <Text ff="monospace" size="sm" fw={600}>
                      {doc.paymentReference}
                    </Text>
                    <CopyButton value={doc.paymentReference}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('common.copied') : t('documents.page.copyReference')}>
                          <UnstyledButton
                            onClick={copy}
                            aria-label={t('documents.page.copyReference')}
                            c={copied ? 'teal' : 'dimmed'}
                            style={{ display: 'inline-flex' }}
                          >
                            {copied ? (
                              <IconCheck size={16} aria-hidden />
                            ) : (
                              <IconCopy size={16} aria-hidden />
                            )}
                          </UnstyledButton>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('documents.page.referenceAtIssue')}
                  </Text>
                )}
              </Fact>
            )}
          </div>
        </Paper>

        <SectionCard id="document-lines" title={t('documents.lines.title')} flush>
          <LinesTable doc={doc} />
          <Grid gap="lg" p="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Grid.Col span={{ base: 12, sm: 6 }} order={{ base: 2, sm: 1 }}>
              <Stack gap="sm">
                {doc.discountPercent !== '0' && (
                  <Text size="sm">
                    {t('documents.page.documentDiscount', { percent: formatRate(doc.discountPercent) })}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {doc.pricesIncludeVat ? t('documents.page.pricesIncl') : t('documents.page.pricesExcl')}
                </Text>
                <ExemptionMentions vat={doc.vat} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }} order={{ base: 1, sm: 2 }}>
              <TotalsBlock
                label={t('documents.totals.title')}
                currency={doc.currency}
                totals={doc.totals}
                vat={doc.vat}
                extra={extra}
              />
            </Grid.Col>
          </Grid>
        </SectionCard>

        {(doc.notes || doc.conditions) && (
          <SectionCard id="document-notes" title={t('documents.editor.notesSection')}>
            <Grid gap="lg">
              {doc.notes && (
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Text className={classes.factLabel} mb={4}>
                    {t('documents.fields.notes')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {doc.notes}
                  </Text>
                </Grid.Col>
              )}
              {doc.conditions && (
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Text className={classes.factLabel} mb={4}>
                    {t('documents.fields.conditions')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {doc.conditions}
                  </Text>
                </Grid.Col>
              )}
            </Grid>
          </SectionCard>
        )}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="lg">
              <RelatedSection doc={doc} companyId={companyId} />
              {doc.kind === 'invoice' && !draft && <InvoicePayments invoice={doc} onChanged={reload} />}
              {doc.kind === 'invoice' && !draft && (
                <RemindersSection
                  invoice={doc}
                  companyId={companyId}
                  version={reminderVersion}
                  onChanged={() => setReminderVersion((v) => v + 1)}
                />
              )}
              {doc.status !== 'draft' && (
                <DocumentEmails doc={doc} companyId={companyId} version={mailVersion} />
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard id="document-history" title={t('documents.page.history')}>
              <Timeline
                items={eventItems(t, doc, companyId, i18n.language)}
                empty={{
                  icon: <IconClockHour4 size={24} />,
                  title: t('documents.page.noHistory'),
                  description: '',
                }}
              />
            </SectionCard>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

/** Who accepted the quote and when, in the company's time zone ("Acceptée par … le …"). */
function acceptanceText(t: TFunction, a: Acceptance): string {
  const when = formatDateTimeIn(a.at, a.timeZone);
  if (!a.name) return t('documents.page.acceptedOn', { when });
  const who = a.email ? `${a.name} (${a.email})` : a.name;
  return a.via === 'public_page'
    ? t('documents.page.acceptedOnPage', { who, when })
    : t('documents.page.acceptedInApp', { who, when });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text className={classes.factLabel} mb={6}>
        {label}
      </Text>
      {children}
    </div>
  );
}

function MissingValue() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('documents.page.noCustomer')}
    </Text>
  );
}

function PartyBlock({ party, companyId }: { party: Party; companyId: string }) {
  const a = party.address;
  const lines = [
    a.line1,
    a.line2,
    [a.postalCode, a.city].filter(Boolean).join(' '),
    a.country ? regionName(a.country) : null,
  ].filter((l): l is string => Boolean(l));
  return (
    <Stack gap={2}>
      {party.contactId ? (
        <Anchor component={Link} to={contactsPath(companyId, party.contactId)} fw={600} size="sm">
          {party.name}
        </Anchor>
      ) : (
        <Text fw={600} size="sm">
          {party.name}
        </Text>
      )}
      {party.legalName && party.legalName !== party.name && <Text size="sm">{party.legalName}</Text>}
      {lines.map((l) => (
        <Text key={l} size="sm" c="dimmed">
          {l}
        </Text>
      ))}
      {party.vatNumber && (
        <Text size="sm" ff="monospace">
          {party.vatNumber}
        </Text>
      )}
    </Stack>
  );
}

function DateLines({ doc }: { doc: SalesDocument }) {
  const { t } = useTranslation();
  const draft = doc.status === 'draft';
  const rows: [string, ReactNode][] = [];
  rows.push([
    draft ? t('documents.fields.createdOn') : t(`documents.kinds.${KINDS[doc.kind].key}.finalizeDate`),
    formatDate(draft ? doc.createdAt.slice(0, 10) : doc.issueDate),
  ]);
  if (doc.kind === 'quote')
    rows.push([
      t('documents.fields.validUntil'),
      doc.validUntil ? formatDate(doc.validUntil) : t('documents.page.setWhenSent'),
    ]);
  if (doc.kind === 'invoice')
    rows.push([
      t('documents.fields.dueDate'),
      doc.dueDate ? (
        <Text
          key="due"
          span
          size="sm"
          c={doc.overdue ? 'red.8' : undefined}
          fw={doc.overdue ? 700 : undefined}
        >
          {formatDate(doc.dueDate)}
        </Text>
      ) : doc.paymentTermsDays !== null ? (
        t('documents.page.dueAfter', { count: doc.paymentTermsDays })
      ) : (
        t('documents.page.setWhenIssued')
      ),
    ]);
  if (doc.deliveryDate) rows.push([t('documents.fields.deliveryDate'), formatDate(doc.deliveryDate)]);
  if (doc.buyerReference) rows.push([t('documents.fields.buyerReference'), doc.buyerReference]);
  return (
    <Stack gap={8}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm" fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function LinesTable({ doc }: { doc: SalesDocument }) {
  const { t } = useTranslation();
  const units = useUnits();
  const phone = useIsPhone();
  const anyDiscount = doc.lines.some((l) => l.discountPercent !== '0');
  if (doc.lines.length === 0) {
    return (
      <EmptyBlock
        size="sm"
        headingOrder={3}
        icon={<IconStack2 size={24} />}
        title={t('documents.page.noLines')}
        description={t('documents.page.noLinesHint')}
      />
    );
  }
  if (phone) return <LineCards doc={doc} />;
  return (
    // Keyboard users scroll the lines sideways on a narrow screen too (WCAG 2.1.1).
    <Table.ScrollContainer minWidth={640} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table verticalSpacing="sm" highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.lines.description')}</Table.Th>
            <Table.Th scope="col" style={NUM}>
              {t('documents.lines.quantity')}
            </Table.Th>
            <Table.Th scope="col" style={NUM}>
              {doc.pricesIncludeVat ? t('documents.lines.unitPriceIncl') : t('documents.lines.unitPriceExcl')}
            </Table.Th>
            {anyDiscount && (
              <Table.Th scope="col" style={NUM}>
                {t('documents.lines.discountShort')}
              </Table.Th>
            )}
            <Table.Th scope="col" style={NUM}>
              {t('documents.lines.vat')}
            </Table.Th>
            <Table.Th scope="col" style={NUM}>
              {t('documents.lines.amountExcl')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {l.description}
                </Text>
              </Table.Td>
              <Table.Td style={NUM}>
                <Text size="sm" span>
                  {decimalToText(l.quantity)}
                </Text>{' '}
                <Text size="xs" c="dimmed" span>
                  {unitName(units.data?.items, l.unitCode, l.quantity)}
                </Text>
              </Table.Td>
              <Table.Td style={NUM}>{formatUnitPrice(l.unitPrice, doc.currency)}</Table.Td>
              {anyDiscount && (
                <Table.Td style={NUM}>
                  {l.discountPercent === '0' ? '' : formatRate(l.discountPercent)}
                </Table.Td>
              )}
              <Table.Td style={NUM}>
                {l.vatCategory === 'S' || l.vatCategory === 'Z' ? (
                  formatRate(l.vatRate)
                ) : (
                  <Text size="sm" span>
                    {vatLabel({ rate: l.vatRate, category: l.vatCategory })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={NUM}>
                <Text size="sm" fw={600} span>
                  {formatMoney(l.net, doc.currency)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone, each line as a small card: description, then quantity × price = amount (as on the public page). */
function LineCards({ doc }: { doc: SalesDocument }) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <ul className={classes.lineCards} aria-label={t('documents.lines.title')}>
      {doc.lines.map((l) => (
        <li key={l.id}>
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
            {l.description}
          </Text>
          <Group justify="space-between" wrap="nowrap" gap="sm" align="baseline">
            <Text size="xs" c="dimmed">
              {decimalToText(l.quantity)} {unitName(units.data?.items, l.unitCode, l.quantity)} ×{' '}
              {formatUnitPrice(l.unitPrice, doc.currency)}
              {l.discountPercent !== '0' && ` − ${formatRate(l.discountPercent)}`}
              {' · '}
              {t('documents.lines.vat')}{' '}
              {l.vatCategory === 'S' || l.vatCategory === 'Z'
                ? formatRate(l.vatRate)
                : vatLabel({ rate: l.vatRate, category: l.vatCategory })}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(l.net, doc.currency)}
            </Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}

function RelatedSection({ doc, companyId }: { doc: SalesDocument; companyId: string }) {
  const { t } = useTranslation();
  const sources = doc.related.filter((r) => r.relation === 'source');
  const derived = doc.related.filter((r) => r.relation === 'derived');
  const list = (title: string, items: typeof doc.related) =>
    items.length > 0 && (
      <Stack gap="xs">
        <Text className={classes.factLabel}>{title}</Text>
        {items.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={documentsPath(companyId, r.kind, r.id)} size="sm" fw={600}>
                {documentTitle(t, r)}
              </Anchor>
              <StatusBadge status={r.status} kind={r.kind} billingType={r.billingType} size="xs" />
            </Stack>
            <Text size="sm" className={classes.figure}>
              {formatMoney(r.taxInclusive, doc.currency)}
            </Text>
          </Group>
        ))}
      </Stack>
    );
  return (
    <SectionCard id="document-related" title={t('documents.page.related')}>
      {doc.related.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`documents.kinds.${KINDS[doc.kind].key}.noRelated`)}
        </Text>
      ) : (
        <Stack gap="md">
          {list(t('documents.page.source'), sources)}
          {list(t('documents.page.derived'), derived)}
        </Stack>
      )}
    </SectionCard>
  );
}

type EventAction =
  | 'created'
  | 'send'
  | 'issue'
  | 'confirm'
  | 'accept'
  | 'decline'
  | 'cancel'
  | 'expire'
  | 'mark-sent'
  | 'emailed'
  | 'mail_delivered'
  | 'mail_kept'
  | 'link_shared'
  | 'pdf_downloaded'
  | 'reminder_sent'
  | 'mail_failed'
  | 'credited'
  | 'payment_recorded'
  | 'payment_allocated'
  | 'payment_deleted'
  | 'allocation_deleted'
  | 'credit_applied'
  | 'applied'
  | 'fee_invoice_created'
  | 'peppol_queued'
  | 'peppol_sent'
  | 'peppol_delivered'
  | 'peppol_failed';

const EVENT_ICONS: Record<EventAction, ReactNode> = {
  created: <IconFilePlus size={16} />,
  send: <IconSend size={16} />,
  issue: <IconLock size={16} />,
  confirm: <IconCircleCheck size={16} />,
  accept: <IconCircleCheck size={16} />,
  decline: <IconCircleX size={16} />,
  cancel: <IconCircleX size={16} />,
  expire: <IconClockHour4 size={16} />,
  'mark-sent': <IconMail size={16} />,
  emailed: <IconMail size={16} />,
  mail_delivered: <IconMailCheck size={16} />,
  mail_kept: <IconInbox size={16} />,
  link_shared: <IconLink size={16} />,
  pdf_downloaded: <IconDownload size={16} />,
  reminder_sent: <IconBellRinging size={16} />,
  mail_failed: <IconMailExclamation size={16} color="var(--mantine-color-red-7)" />,
  credited: <IconReceiptRefund size={16} />,
  payment_recorded: <IconCash size={16} />,
  payment_allocated: <IconCash size={16} />,
  payment_deleted: <IconCashOff size={16} />,
  allocation_deleted: <IconCashOff size={16} />,
  credit_applied: <IconReceiptRefund size={16} />,
  applied: <IconReceiptRefund size={16} />,
  fee_invoice_created: <IconFilePlus size={16} />,
  peppol_queued: <IconSend size={16} />,
  peppol_sent: <IconSend size={16} />,
  peppol_delivered: <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />,
  peppol_failed: <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" />,
};

const isEventAction = (a: string): a is EventAction => a in EVENT_ICONS;

function eventItems(t: TFunction, doc: SalesDocument, companyId: string, language: string): TimelineItem[] {
  return doc.events.map((e: DocumentEvent, i) => {
    const data = e.data ?? {};
    const parts: string[] = [];
    if (typeof data.number === 'string') parts.push(t('documents.events.number', { number: data.number }));
    if (typeof data.from === 'string') parts.push(t('documents.events.from', { number: data.from }));
    if (typeof data.amount === 'string' && typeof data.currency === 'string')
      parts.push(t('documents.events.paymentAmount', { amount: formatMoney(data.amount, data.currency) }));
    if (typeof data.creditNote === 'string')
      parts.push(t('documents.events.creditNote', { number: data.creditNote }));
    if (
      (e.action === 'reminder_sent' || e.action === 'fee_invoice_created') &&
      typeof data.level === 'number' &&
      isReminderLevel(data.level)
    )
      parts.push(t(`reminders.levels.${data.level}`));
    if (e.action === 'reminder_sent' && data.automatic === true)
      parts.push(t('reminderRules.automaticEvent'));
    if (Array.isArray(data.to) && data.to.length > 0)
      parts.push(t('documents.events.emailedTo', { to: data.to.join(', ') }));
    if (data.via === 'public_page') parts.push(t('documents.events.viaPublicPage'));
    if (e.action === 'mail_failed') {
      if (typeof data.error === 'string')
        parts.push(t('documents.email.serverAnswer', { answer: data.error }));
      // The failed e-mail was what made it "sent": the document no longer claims it was delivered.
      if (e.fromStatus && e.fromStatus !== e.toStatus && isStatusKey(e.toStatus))
        parts.push(t('documents.events.backTo', { status: statusLabel(t, e.toStatus, doc.kind) }));
    }
    if (e.action.startsWith('peppol_')) {
      // The customer's Peppol id, the access point's message id, and why a delivery failed.
      if (typeof data.receiver === 'string')
        parts.push(t('documents.events.peppolTo', { peppolId: data.receiver }));
      if (typeof data.messageId === 'string')
        parts.push(t('documents.events.peppolMessageId', { id: data.messageId }));
      if (e.action === 'peppol_failed' && typeof data.error === 'string')
        parts.push(t('documents.events.peppolReason', { reason: data.error }));
      if (e.action === 'peppol_failed') parts.push(...failedRules(data.errors, language));
      if (
        e.action === 'peppol_failed' &&
        e.fromStatus &&
        e.fromStatus !== e.toStatus &&
        isStatusKey(e.toStatus)
      )
        parts.push(t('documents.events.backTo', { status: statusLabel(t, e.toStatus, doc.kind) }));
    }
    const by = e.userName ?? (typeof data.by === 'string' ? data.by : null);
    if (by) parts.push(t('documents.events.by', { name: by }));
    if (typeof data.comment === 'string' && data.comment)
      parts.push(t('documents.events.comment', { comment: data.comment }));
    const creditNoteId = typeof data.creditNoteId === 'string' ? data.creditNoteId : null;
    const action = e.action;
    return {
      id: `${e.at}-${i}`,
      at: e.at,
      icon: isEventAction(action) ? EVENT_ICONS[action] : undefined,
      title: isEventAction(action)
        ? t(`documents.events.${action}`)
        : isStatusKey(e.toStatus) && e.fromStatus !== e.toStatus
          ? t('documents.events.other', { status: statusLabel(t, e.toStatus, doc.kind) })
          : action,
      description: parts.join(' · ') || undefined,
      href: creditNoteId
        ? documentsPath(companyId, 'credit_note', creditNoteId)
        : typeof data.feeInvoiceId === 'string'
          ? documentsPath(companyId, 'invoice', data.feeInvoiceId)
          : undefined,
    };
  });
}
