import { ActionIcon, Alert, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingBank,
  IconCircleCheck,
  IconCloudOff,
  IconSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatEnterpriseNumber } from '../companies/enterprise-number';
import {
  compactVat,
  looksLikeEuVat,
  type VatLookup,
  type VatLookupResult,
  type VatLookupState,
} from './vat-lookup';

/** The search button inside a VAT number field; nothing when the installation turned lookups off. */
export function VatLookupButton({ vies, vatNumber }: { vies: VatLookup; vatNumber: string }) {
  const { t } = useTranslation();
  if (vies.off) return null;
  const loading = vies.state.status === 'loading';
  return (
    <>
      <Tooltip label={t('contacts.vatLookup.button')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('contacts.vatLookup.button')}
          loading={loading}
          disabled={!looksLikeEuVat(vatNumber) || loading}
          onClick={() => void vies.lookup(vatNumber)}
        >
          <IconSearch size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {/* Said here, inside the field: a panel appearing under the field while the user goes on to
          click the form's button would move the button away from under the pointer. */}
      <VisuallyHidden role="status">{loading ? t('contacts.vatLookup.searching') : ''}</VisuallyHidden>
    </>
  );
}

interface VatLookupPanelProps {
  state: VatLookupState;
  /** The VAT number in the field now: an answer about another number is not shown. */
  vatNumber: string;
  onApply: (result: VatLookupResult) => void;
  onDismiss: () => void;
  onRetry: (vatNumber: string) => void;
  /** The fill-in button's words, when not a contact's ("Fill in the contact"). */
  applyLabel?: string;
}

/**
 * Whether the panel has something to show: an answer or a failure (a lookup under way shows in the
 * field's button). Callers leave out the panel's grid cell otherwise, so nothing moves meanwhile.
 */
export const hasLookupPanel = (
  state: VatLookupState,
): state is Exclude<VatLookupState, { status: 'idle' | 'loading' }> =>
  state.status !== 'idle' && state.status !== 'loading';

/** What VIES said about the VAT number typed, and the offer to fill the contact in from it. */
export function VatLookupPanel({
  state,
  vatNumber,
  onApply,
  onDismiss,
  onRetry,
  applyLabel,
}: VatLookupPanelProps) {
  const { t } = useTranslation();
  if (!hasLookupPanel(state)) return null;
  const askedAbout =
    state.status === 'done' || state.status === 'applied' ? state.result.vatNumber : state.vatNumber;
  if (askedAbout !== compactVat(vatNumber)) return null;
  if (state.status === 'failed') {
    return (
      <Alert
        color="orange"
        variant="light"
        role="status"
        icon={<IconCloudOff size={18} aria-hidden />}
        title={t('contacts.vatLookup.failedTitle')}
        data-vat-lookup="failed"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{state.message}</Text>
          <Button size="xs" variant="default" onClick={() => onRetry(state.vatNumber)}>
            {t('contacts.vatLookup.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (state.status === 'applied') {
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        icon={<IconCircleCheck size={18} aria-hidden />}
        data-vat-lookup="applied"
      >
        <Text size="sm">{t('contacts.vatLookup.applied')}</Text>
      </Alert>
    );
  }
  const r = state.result;
  if (!r.valid) {
    return (
      <Alert
        color="orange"
        variant="light"
        role="status"
        icon={<IconAlertTriangle size={18} aria-hidden />}
        title={t('contacts.vatLookup.notFoundTitle')}
        data-vat-lookup="invalid"
      >
        <Text size="sm">{t('contacts.vatLookup.notFound')}</Text>
      </Alert>
    );
  }
  const details = r.name || r.address;
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      icon={<IconBuildingBank size={18} aria-hidden />}
      title={t('contacts.vatLookup.foundTitle')}
      data-vat-lookup="found"
    >
      <Stack gap="xs">
        {details ? (
          <div>
            {r.name && (
              <Text size="sm" fw={600}>
                {r.name}
              </Text>
            )}
            {(r.addressText ?? '').split('\n').map((line) => (
              <Text size="sm" key={line}>
                {line}
              </Text>
            ))}
            {r.enterpriseNumber && (
              <Text size="sm" c="dimmed">
                {t('contacts.vatLookup.enterprise', { number: formatEnterpriseNumber(r.enterpriseNumber) })}
                {r.peppolId && ` · ${t('contacts.vatLookup.peppol', { id: r.peppolId })}`}
              </Text>
            )}
          </div>
        ) : (
          <Text size="sm">{t('contacts.vatLookup.noDetails')}</Text>
        )}
        <Group gap="sm">
          {details && (
            <Button size="xs" onClick={() => onApply(r)}>
              {applyLabel ?? t('contacts.vatLookup.apply')}
            </Button>
          )}
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('contacts.vatLookup.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
