import { Alert, Grid, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { PageHeader } from '../../components/PageHeader';
import { useApiRoute } from '../../lib/api/client';
import { useVatRates } from '../catalog/use-catalog-data';
import { useCompany } from '../companies/company-context';
import { PurchaseForm } from './PurchaseForm';
import { PurchaseOriginal } from './PurchaseOriginal';
import { PurchasesBreadcrumb, purchaseTitle } from './PurchasesBreadcrumb';
import { PURCHASE_ROUTE, PURCHASES_WRITE, purchasesPath } from './paths';

function LoadingForm() {
  return (
    <Paper withBorder radius="md" p="lg">
      <FormSkeleton fields={8} />
    </Paper>
  );
}

function NoWriteAccess() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('purchases.form.noAccessTitle')}>
      {t('purchases.form.noAccess')}
    </Alert>
  );
}

/** `/c/:companyId/purchases/new`: a supplier invoice typed by hand. */
export function PurchaseCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, can } = useCompany();
  const company = useApiRoute('/api/v1/companies/{companyId}', { companyId });
  const vatRates = useVatRates(companyId);
  const header = (
    <PageHeader
      eyebrow={<PurchasesBreadcrumb companyId={companyId} />}
      title={t('purchases.form.newTitle')}
      description={t('purchases.form.newDescription')}
    />
  );
  if (!can(PURCHASES_WRITE))
    return (
      <>
        {header}
        <NoWriteAccess />
      </>
    );
  const error = company.error ?? vatRates.error;
  return (
    <>
      {header}
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            company.reload();
            vatRates.reload();
          }}
        />
      ) : company.data && vatRates.data ? (
        <PurchaseForm
          purchase={null}
          vatRates={vatRates.data.items}
          country={vatRates.data.country}
          currency={company.data.currency}
          onSaved={(p) => navigate(purchasesPath(companyId, p.id))}
          onCancel={() => navigate(purchasesPath(companyId))}
        />
      ) : (
        <LoadingForm />
      )}
    </>
  );
}

/** `/c/:companyId/purchases/:purchaseInvoiceId/edit`: completing or correcting one still to approve. */
export function PurchaseEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, can } = useCompany();
  const { purchaseInvoiceId = '' } = useParams();
  const purchase = useApiRoute(PURCHASE_ROUTE, { companyId, purchaseInvoiceId });
  const vatRates = useVatRates(companyId);
  const p = purchase.data;
  const header = (
    <PageHeader
      eyebrow={<PurchasesBreadcrumb companyId={companyId} />}
      title={p ? purchaseTitle(t, p) : t('purchases.detail.title')}
      description={t('purchases.form.editDescription')}
    />
  );
  if (!can(PURCHASES_WRITE))
    return (
      <>
        {header}
        <NoWriteAccess />
      </>
    );
  const error = purchase.error ?? vatRates.error;
  const detail = purchasesPath(companyId, purchaseInvoiceId);
  return (
    <>
      {header}
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            purchase.reload();
            vatRates.reload();
          }}
        />
      ) : p && p.status !== 'to_approve' ? (
        <Alert color="gray" variant="light" title={t('purchases.form.lockedTitle')}>
          {t('purchases.form.locked')}
        </Alert>
      ) : p && vatRates.data ? (
        // Completing an upload is copying from its original: the PDF stays beside the form.
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: p.original ? 7 : 12 }}>
            <PurchaseForm
              purchase={p}
              vatRates={vatRates.data.items}
              country={vatRates.data.country}
              currency={p.currency}
              onSaved={() => navigate(detail)}
              onCancel={() => navigate(detail)}
            />
          </Grid.Col>
          {p.original && (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <PurchaseOriginal purchase={p} companyId={companyId} />
            </Grid.Col>
          )}
        </Grid>
      ) : (
        <LoadingForm />
      )}
    </>
  );
}
