import { Alert, Anchor, Paper } from '@mantine/core';
import { IconFileInvoice, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { useApiRoute } from '../../lib/api/client';
import { notifySuccess } from '../../lib/errors';
import { useCompany } from '../companies/company-context';
import { DEFAULT_TIMEZONE } from '../companies/options';
import { defaultVatKey } from '../documents/document-form';
import { contactOption } from '../documents/pickers';
import { useDocumentRefs } from '../documents/use-document-refs';
import { recurringPath } from './paths';
import { foldsPrices, invoiceToForm, newProfileForm, profileToForm } from './profile-form';
import { RecurringEditor } from './RecurringEditor';
import { RECURRING_PERMISSIONS } from './types';

function LoadingForm() {
  return (
    <Paper withBorder radius="md" p="lg">
      <FormSkeleton fields={8} />
    </Paper>
  );
}

/** The link back to the list, above a recurring page's title. */
export function RecurringBreadcrumb({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={recurringPath(companyId)} size="sm" c="dimmed">
      {t('recurring.title')}
    </Anchor>
  );
}

function NoWriteAccess() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
      {t('recurring.editor.noWrite')}
    </Alert>
  );
}

/**
 * `/c/:companyId/recurring/new`: `?fromInvoice=` starts from an invoice ("Make recurring": its
 * customer, lines and texts, monthly from next month), `?contactId=` preselects the customer.
 */
export function RecurringCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { companyId, can } = useCompany();
  const refs = useDocumentRefs(companyId);
  const invoiceId = params.get('fromInvoice');
  const invoice = useApiRoute(
    '/api/v1/companies/{companyId}/invoices/{documentId}',
    invoiceId ? { companyId, documentId: invoiceId } : null,
  );
  const contactId = params.get('contactId') ?? invoice.data?.contactId ?? null;
  const contact = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    contactId ? { companyId, contactId } : null,
  );

  const header = (
    <PageHeader
      eyebrow={<RecurringBreadcrumb companyId={companyId} />}
      title={t('recurring.editor.newTitle')}
      description={t('recurring.editor.newDescription')}
    />
  );
  if (!can(RECURRING_PERMISSIONS.write))
    return (
      <>
        {header}
        <NoWriteAccess />
      </>
    );
  const error = refs.error ?? invoice.error ?? contact.error;
  const waiting =
    !refs.data || (invoiceId !== null && !invoice.data) || (contactId !== null && !contact.data);
  if (error)
    return (
      <>
        {header}
        <ErrorState
          error={error}
          onRetry={() => {
            refs.reload();
            invoice.reload();
            contact.reload();
          }}
        />
      </>
    );
  if (waiting || !refs.data)
    return (
      <>
        {header}
        <LoadingForm />
      </>
    );

  const r = refs.data;
  const defaultVat = defaultVatKey(r.vatRates.items, r.settings.vatRegime === 'franchise');
  const timeZone = r.company.timezone ?? DEFAULT_TIMEZONE;
  const doc = invoice.data;
  const initialValues = doc
    ? invoiceToForm(doc, {
        defaultVat,
        timeZone,
        // As the server names a profile made from an invoice: its subject, else "customer – number".
        name: doc.subject || [contact.data?.name ?? doc.contactName, doc.number].filter(Boolean).join(' – '),
      })
    : newProfileForm({
        defaultVat,
        timeZone,
        currency: contact.data?.currency ?? r.company.currency,
        contactId: contact.data?.id ?? null,
      });
  const folded = doc ? foldsPrices(doc) : false;
  const notice = doc && (
    <Alert color="blue" variant="light" icon={<IconFileInvoice size={18} aria-hidden />}>
      {doc.number
        ? t('recurring.editor.fromInvoice', { number: doc.number })
        : t('recurring.editor.fromDraft')}
      {folded ? ` ${t('recurring.editor.foldedDiscounts')}` : ''}
    </Alert>
  );
  return (
    <>
      {header}
      <RecurringEditor
        key={doc?.id ?? 'new'}
        companyId={companyId}
        refs={r}
        initialValues={initialValues}
        initialContact={contact.data ? contactOption(contact.data) : null}
        notice={notice}
        onSaved={(profile) => {
          notifySuccess(t('recurring.editor.created'));
          navigate(recurringPath(companyId, profile.id), { replace: true });
        }}
        onCancel={() => navigate(-1)}
      />
    </>
  );
}

/** `/c/:companyId/recurring/:profileId/edit` */
export function RecurringEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { profileId = '' } = useParams();
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/recurring-profiles/{profileId}', {
    companyId,
    profileId,
  });
  const refs = useDocumentRefs(companyId);
  const back = recurringPath(companyId, profileId);
  const header = (
    <PageHeader
      eyebrow={<RecurringBreadcrumb companyId={companyId} />}
      title={t('recurring.editor.editTitle')}
    />
  );
  if (!can(RECURRING_PERMISSIONS.write))
    return (
      <>
        {header}
        <NoWriteAccess />
      </>
    );
  const error = query.error ?? refs.error;
  return (
    <>
      {header}
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            query.reload();
            refs.reload();
          }}
        />
      ) : !query.data || !refs.data ? (
        <LoadingForm />
      ) : (
        <RecurringEditor
          key={query.data.id}
          companyId={companyId}
          refs={refs.data}
          profile={query.data}
          initialValues={profileToForm(query.data)}
          initialContact={{ value: query.data.contactId, label: query.data.contactName ?? '' }}
          onSaved={() => {
            notifySuccess(t('recurring.editor.saved'));
            navigate(back);
          }}
          onCancel={() => navigate(back)}
        />
      )}
    </>
  );
}
