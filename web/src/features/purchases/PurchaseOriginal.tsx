import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeUrl } from '../../lib/api/client';
import { PURCHASE_ORIGINAL_ROUTE } from './paths';
import { type Purchase, syntaxName } from './types';

/**
 * The file as the supplier sent it: a PDF shows in the page; an XML e-invoice has no look of its own,
 * so its data is what the other column shows, and the file itself is a download.
 */
export function PurchaseOriginal({ purchase: p, companyId }: { purchase: Purchase; companyId: string }) {
  const { t } = useTranslation();
  const original = p.original;
  if (!original) return null;
  const url = routeUrl(PURCHASE_ORIGINAL_ROUTE, { companyId, purchaseInvoiceId: p.id }, undefined, {
    v: original.sha256.slice(0, 12),
  });
  const pdf = original.mimeType === 'application/pdf';
  return (
    <Paper
      withBorder
      radius="md"
      component="section"
      aria-labelledby="purchase-original-title"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 16px)' }}
    >
      <Group justify="space-between" p="md" gap="sm" wrap="wrap">
        <Title order={2} fz="lg" id="purchase-original-title">
          {t('purchases.detail.original')}
        </Title>
        <Button
          component="a"
          href={url}
          target="_blank"
          rel="noopener"
          variant="subtle"
          size="compact-sm"
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {t('purchases.detail.openOriginal', { name: original.filename })}
        </Button>
      </Group>
      {pdf ? (
        <iframe
          src={url}
          title={t('purchases.detail.originalFrame', { name: original.filename })}
          style={{
            display: 'block',
            width: '100%',
            height: '75vh',
            minHeight: 420,
            border: 0,
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        />
      ) : (
        <Stack gap="xs" p="md" pt={0}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFileCode
              size={28}
              stroke={1.4}
              aria-hidden
              color="var(--mantine-color-dimmed)"
              style={{ flex: 'none' }}
            />
            <Stack gap={2}>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {original.filename}
              </Text>
              <Text size="sm" c="dimmed">
                {t('purchases.detail.xmlOriginal', { syntax: syntaxName(p.syntax) ?? 'XML' })}
              </Text>
            </Stack>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
