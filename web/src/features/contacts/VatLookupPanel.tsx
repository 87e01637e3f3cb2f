import { ActionIcon, Alert, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
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
  return (
    <Tooltip label={t('contacts.vatLookup.button')}>
      <ActionIcon
        variant="subtle"
        aria-label={t('contacts.vatLookup.button')}
        disabled={!looksLikeEuVat(vatNumber) || vies.state.status === 'loading'}
        onClick={() => void vies.lookup(vatNumber)}
      >
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
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
  if (state.status === 'idle') return null;
  const askedAbout =
    state.status === 'done' || state.status === 'applied' ? state.result.vatNumber : state.vatNumber;
  if (askedAbout !== compactVat(vatNumber)) return null;
  if (state.status === 'loading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('contacts.vatLookup.searching')}
        </Text>
      </Group>
    );
  }
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
