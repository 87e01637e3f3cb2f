import { ActionIcon, Alert, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingBank,
  IconCircleCheck,
  IconCloudOff,
  IconSearch,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
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

type PanelKind = 'failed' | 'applied' | 'invalid' | 'found';

/** Each answer's alert: colour, icon and title (the words under `contacts.vatLookup.*`). */
const PANELS: Record<
  PanelKind,
  { color: string; Icon: typeof IconCloudOff; title?: 'failedTitle' | 'notFoundTitle' | 'foundTitle' }
> = {
  failed: { color: 'orange', Icon: IconCloudOff, title: 'failedTitle' },
  applied: { color: 'teal', Icon: IconCircleCheck },
  invalid: { color: 'orange', Icon: IconAlertTriangle, title: 'notFoundTitle' },
  found: { color: 'blue', Icon: IconBuildingBank, title: 'foundTitle' },
};

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
  let kind: PanelKind;
  let content: ReactNode;
  if (state.status === 'failed') {
    kind = 'failed';
    content = (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{state.message}</Text>
        <Button size="xs" variant="default" onClick={() => onRetry(state.vatNumber)}>
          {t('contacts.vatLookup.retry')}
        </Button>
      </Stack>
    );
  } else if (state.status === 'applied') {
    kind = 'applied';
    content = <Text size="sm">{t('contacts.vatLookup.applied')}</Text>;
  } else if (!state.result.valid) {
    kind = 'invalid';
    content = <Text size="sm">{t('contacts.vatLookup.notFound')}</Text>;
  } else {
    kind = 'found';
    content = (
      <FoundDetails result={state.result} onApply={onApply} onDismiss={onDismiss} applyLabel={applyLabel} />
    );
  }
  const { color, Icon, title } = PANELS[kind];
  return (
    <Alert
      color={color}
      variant="light"
      role="status"
      icon={<Icon size={18} aria-hidden />}
      title={title ? t(`contacts.vatLookup.${title}`) : undefined}
      data-vat-lookup={kind}
    >
      {content}
    </Alert>
  );
}

/** The register's name, address and numbers, with the offer to fill them in. */
function FoundDetails({
  result: r,
  onApply,
  onDismiss,
  applyLabel,
}: Pick<VatLookupPanelProps, 'onApply' | 'onDismiss' | 'applyLabel'> & { result: VatLookupResult }) {
  const { t } = useTranslation();
  const details = r.name || r.address;
  return (
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
  );
}
