import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { useApiRoute } from '../../lib/api/client';
import { notifySuccess } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { ContactForm } from './ContactForm';
import { ContactsBreadcrumb } from './ContactsBreadcrumb';
import { contactToForm, newContactForm } from './contact-form';
import { NoWriteAccess } from './NoWriteAccess';
import { contactsPath } from './paths';
import { CONTACT_PERMISSIONS } from './types';

function LoadingForm() {
  return (
    <Paper withBorder radius="md" p="lg">
      <FormSkeleton fields={8} />
    </Paper>
  );
}

/** `/c/:companyId/contacts/new` (`?role=supplier` preselects the supplier role). */
export function ContactCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { companyId, can } = useCompany();
  // The company's own country is the likeliest one for a new contact.
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });

  const header = (
    <PageHeader
      eyebrow={<ContactsBreadcrumb companyId={companyId} />}
      title={t('contacts.form.newTitle')}
      description={t('contacts.form.newDescription')}
    />
  );
  if (!can(CONTACT_PERMISSIONS.write)) {
    return (
      <>
        {header}
        <NoWriteAccess />
      </>
    );
  }
  return (
    <>
      {header}
      {company.loading ? (
        <LoadingForm />
      ) : (
        <ContactForm
          companyId={companyId}
          initialValues={newContactForm({
            country: company.data?.address?.country ?? company.data?.country ?? 'BE',
            language: currentLanguage(),
            roles: [params.get('role') === 'supplier' ? 'supplier' : 'customer'],
          })}
          onSaved={(contact) => {
            notifySuccess(t('contacts.form.created', { name: contact.name }));
            navigate(contactsPath(companyId, contact.id), { replace: true });
          }}
          onCancel={() => navigate(contactsPath(companyId))}
        />
      )}
    </>
  );
}

/** `/c/:companyId/contacts/:contactId/edit` */
export function ContactEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { contactId = '' } = useParams();
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/contacts/{contactId}', { companyId, contactId });
  const detailPath = contactsPath(companyId, contactId);

  const header = (
    <PageHeader
      eyebrow={<ContactsBreadcrumb companyId={companyId} />}
      title={
        query.data
          ? t('contacts.form.editTitle', { name: query.data.name })
          : t('contacts.form.editTitleShort')
      }
    />
  );
  return (
    <>
      {header}
      {!can(CONTACT_PERMISSIONS.write) ? (
        <NoWriteAccess />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <LoadingForm />
      ) : (
        <ContactForm
          key={query.data.id}
          companyId={companyId}
          contact={query.data}
          initialValues={contactToForm(query.data)}
          onSaved={() => {
            notifySuccess(t('contacts.form.saved'));
            navigate(detailPath);
          }}
          onCancel={() => navigate(detailPath)}
        />
      )}
    </>
  );
}
