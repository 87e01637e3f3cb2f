import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { useApiRoute } from '../../lib/api/client';
import { notifySuccess } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { DocumentBreadcrumb } from './DocumentBreadcrumb';
import { DocumentEditor } from './DocumentEditor';
import { defaultVatKey, documentToForm, newDocumentForm } from './document-form';
import { KINDS } from './kinds';
import { NoDocumentWriteAccess } from './NoDocumentWriteAccess';
import { documentRoute, documentsPath } from './paths';
import { contactOption } from './pickers';
import type { DocumentKind } from './types';
import { useDocumentRefs } from './use-document-refs';

function LoadingForm() {
  return (
    <Paper withBorder radius="md" p="lg">
      <FormSkeleton fields={8} />
    </Paper>
  );
}

/** `/c/:companyId/<kind>/new` (`?contactId=` preselects the customer). */
export function DocumentCreatePage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { companyId, can } = useCompany();
  const refs = useDocumentRefs(companyId);
  const contactId = params.get('contactId');
  const contact = useApiRoute(
    '/api/v1/companies/{companyId}/contacts/{contactId}',
    contactId ? { companyId, contactId } : null,
  );
  const k = KINDS[kind].key;

  const header = (
    <PageHeader
      eyebrow={<DocumentBreadcrumb companyId={companyId} kind={kind} />}
      title={t(`documents.kinds.${k}.newTitle`)}
      description={t(`documents.kinds.${k}.newDescription`)}
    />
  );
  if (!can(KINDS[kind].write)) {
    return (
      <>
        {header}
        <NoDocumentWriteAccess />
      </>
    );
  }
  const waitingContact = contactId !== null && !contact.data && !contact.error;
  return (
    <>
      {header}
      {refs.error ? (
        <ErrorState error={refs.error} onRetry={refs.reload} />
      ) : !refs.data || waitingContact ? (
        <LoadingForm />
      ) : (
        <DocumentEditor
          kind={kind}
          companyId={companyId}
          refs={refs.data}
          initialContact={contact.data ? contactOption(contact.data) : null}
          initialValues={newDocumentForm({
            defaultVat: defaultVatKey(refs.data.vatRates.items, refs.data.settings.vatRegime === 'franchise'),
            currency: contact.data?.currency ?? refs.data.company.currency,
            // Without a customer yet, the document speaks the user's language.
            language: contact.data?.language ?? currentLanguage(),
            contactId: contact.data?.id ?? null,
          })}
          onSaved={(doc) => {
            notifySuccess(t(`documents.kinds.${k}.created`));
            navigate(documentsPath(companyId, kind, doc.id), { replace: true });
          }}
          onCancel={() => navigate(documentsPath(companyId, kind))}
        />
      )}
    </>
  );
}

/** `/c/:companyId/<kind>/:documentId/edit` (drafts only). */
export function DocumentEditPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { documentId = '' } = useParams();
  const { companyId, can } = useCompany();
  const query = useApiRoute(documentRoute(kind, '/{documentId}'), { companyId, documentId });
  const refs = useDocumentRefs(companyId);
  const k = KINDS[kind].key;
  const docPath = documentsPath(companyId, kind, documentId);

  const header = (
    <PageHeader
      eyebrow={<DocumentBreadcrumb companyId={companyId} kind={kind} />}
      title={t(`documents.kinds.${k}.editTitle`)}
    />
  );
  if (!can(KINDS[kind].write)) {
    return (
      <>
        {header}
        <NoDocumentWriteAccess />
      </>
    );
  }
  const error = query.error ?? refs.error;
  // Frozen: nothing to edit; the document page explains why.
  if (query.data && query.data.status !== 'draft') return <Navigate to={docPath} replace />;
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
        <DocumentEditor
          key={query.data.id}
          kind={kind}
          companyId={companyId}
          refs={refs.data}
          document={query.data}
          initialContact={
            query.data.contactId
              ? { value: query.data.contactId, label: query.data.contactName ?? query.data.buyer?.name ?? '' }
              : null
          }
          initialValues={documentToForm(
            query.data,
            defaultVatKey(refs.data.vatRates.items, query.data.vatRegime === 'franchise'),
          )}
          onSaved={() => {
            notifySuccess(t('documents.editor.saved'));
            navigate(docPath);
          }}
          onCancel={() => navigate(docPath)}
        />
      )}
    </>
  );
}
