import { Button, Paper } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { CatalogBreadcrumb } from './CatalogBreadcrumb';
import { NoCatalogWriteAccess } from './NoWriteAccess';
import { ProductForm } from './ProductForm';
import { productsPath } from './paths';
import { defaultVat, newProductForm, productToForm } from './product-form';
import { CATALOG_PERMISSIONS } from './types';
import { useCategories, useUnits, useVatRates } from './use-catalog-data';

function LoadingForm() {
  return (
    <Paper withBorder radius="md" p="lg">
      <FormSkeleton fields={8} />
    </Paper>
  );
}

/** What every product form needs: units, the company's VAT rates and categories. */
function useFormData(companyId: string) {
  const units = useUnits();
  const vatRates = useVatRates(companyId);
  const categories = useCategories(companyId);
  const error = units.error ?? vatRates.error ?? categories.error;
  const reload = () => {
    units.reload();
    vatRates.reload();
    categories.reload();
  };
  const data =
    units.data && vatRates.data && categories.data
      ? {
          units: units.data.items,
          vatRates: vatRates.data.items,
          vatCountry: vatRates.data.country,
          categories: categories.data.items,
        }
      : undefined;
  return { data, error, reload };
}

/** `/c/:companyId/products/new` (`?category=` preselects the category). */
export function ProductCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { companyId, can } = useCompany();
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });
  const refs = useFormData(companyId);
  const listPath = productsPath(companyId);

  const header = (
    <PageHeader
      eyebrow={<CatalogBreadcrumb companyId={companyId} />}
      title={t('catalog.form.newTitle')}
      description={t('catalog.form.newDescription')}
    />
  );
  if (!can(CATALOG_PERMISSIONS.write)) {
    return (
      <>
        {header}
        <NoCatalogWriteAccess />
      </>
    );
  }
  const error = refs.error ?? company.error;
  const category = params.get('category');
  return (
    <>
      {header}
      {error ? (
        <ErrorState error={error} onRetry={refs.reload} />
      ) : !refs.data || !company.data ? (
        <LoadingForm />
      ) : (
        <ProductForm
          companyId={companyId}
          currency={company.data.currency}
          {...refs.data}
          initialValues={newProductForm({
            vat: defaultVat(refs.data.vatRates),
            categoryId: category && refs.data.categories.some((c) => c.id === category) ? category : null,
          })}
          onSaved={(product) => {
            notifySuccess(t('catalog.form.created', { name: product.name }));
            navigate(product.categoryId ? `${listPath}?category=${product.categoryId}` : listPath, {
              replace: true,
            });
          }}
          onCancel={() => navigate(-1)}
        />
      )}
    </>
  );
}

/** `/c/:companyId/products/:productId/edit` */
export function ProductEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { productId = '' } = useParams();
  const { companyId, can } = useCompany();
  const query = useApiRoute(
    '/api/v1/companies/{companyId}/products/{productId}',
    { companyId, productId },
    { lang: currentLanguage() },
  );
  const refs = useFormData(companyId);
  const listPath = productsPath(companyId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const canWrite = can(CATALOG_PERMISSIONS.write);

  const remove = async () => {
    if (!query.data) return;
    setDeleting(true);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/products/{productId}', {
        path: { companyId, productId: query.data.id },
      });
      notifySuccess(t('catalog.form.deleted', { name: query.data.name }));
      navigate(listPath, { replace: true });
    } catch (error) {
      notifyError(t, error);
      setDeleting(false);
      setConfirmDelete(false);
    }
  };

  const header = (
    <PageHeader
      eyebrow={<CatalogBreadcrumb companyId={companyId} />}
      title={
        query.data ? t('catalog.form.editTitle', { name: query.data.name }) : t('catalog.form.editTitleShort')
      }
      actions={
        canWrite &&
        query.data && (
          <Button
            variant="subtle"
            color="red"
            onClick={() => setConfirmDelete(true)}
            leftSection={<IconTrash size={16} aria-hidden />}
          >
            {t('catalog.form.delete')}
          </Button>
        )
      }
    />
  );
  const error = query.error ?? refs.error;
  return (
    <>
      {header}
      {query.data && (
        <ConfirmDialog
          opened={confirmDelete}
          title={t('catalog.form.deleteTitle', { name: query.data.name })}
          message={t('catalog.form.deleteMessage')}
          confirmLabel={t('catalog.form.deleteConfirm')}
          danger
          loading={deleting}
          onConfirm={() => void remove()}
          onClose={() => setConfirmDelete(false)}
        />
      )}
      {!canWrite ? (
        <NoCatalogWriteAccess />
      ) : error ? (
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
        <ProductForm
          key={query.data.id}
          companyId={companyId}
          product={query.data}
          currency={query.data.currency}
          {...refs.data}
          initialValues={productToForm(query.data, refs.data.vatRates)}
          onSaved={() => {
            notifySuccess(t('catalog.form.saved'));
            navigate(listPath);
          }}
          onCancel={() => navigate(listPath)}
        />
      )}
    </>
  );
}
