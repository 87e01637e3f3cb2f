import { Alert, Anchor, Button, Group, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconExternalLink, IconLinkOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValueButton } from '../../components/CopyValueButton';
import { api, isAbortError } from '../../lib/api';
import type { Schemas } from '../../lib/api/types';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { documentsApiPath } from './paths';
import type { SalesDocument } from './types';

type PublicLink = Schemas['PublicLink'];

interface ShareDialogProps {
  opened: boolean;
  doc: SalesDocument;
  companyId: string;
  onClose: () => void;
}

/**
 * The document's public page (unguessable link, no login): the customer reads it, downloads it and,
 * for a quote, accepts or declines it. The link is created on first use and can be revoked.
 */
export function ShareDialog({ opened, doc, companyId, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const [link, setLink] = useState<PublicLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const path = documentsApiPath(companyId, doc.kind, doc.id, 'public-link');

  useEffect(() => {
    if (!opened) return;
    const controller = new AbortController();
    setLink(null);
    setError(null);
    api<PublicLink>(path, { method: 'POST', signal: controller.signal }).then(setLink, (err: unknown) => {
      if (!isAbortError(err)) setError(errorMessage(t, err));
    });
    return () => controller.abort();
  }, [opened, path, t]);

  const revoke = async () => {
    setRevoking(true);
    try {
      await api(path, { method: 'DELETE' });
      notifySuccess(t('documents.share.revoked'));
      onClose();
    } catch (err) {
      notifyError(t, err);
    } finally {
      setRevoking(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('documents.share.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {doc.kind === 'quote' ? t('documents.share.introQuote') : t('documents.share.intro')}
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : !link ? (
          <Skeleton height={36} aria-label={t('common.loading')} />
        ) : (
          <>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('documents.share.link')}
                value={link.url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
                description={t('documents.share.createdAt', { date: formatDateTime(link.createdAt) })}
                inputWrapperOrder={['label', 'input', 'description']}
              />
            </Group>
            <Group gap="sm">
              <CopyValueButton value={link.url} label={t('documents.share.copy')} />
              <Button
                variant="default"
                component="a"
                href={link.url}
                target="_blank"
                rel="noopener noreferrer"
                leftSection={<IconExternalLink size={16} aria-hidden />}
              >
                {t('documents.share.open')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('documents.share.revokeHint')}{' '}
              <Anchor
                component="button"
                type="button"
                size="xs"
                c="red.8"
                onClick={() => void revoke()}
                disabled={revoking}
              >
                <Group gap={4} component="span" wrap="nowrap">
                  <IconLinkOff size={12} aria-hidden />
                  {t('documents.share.revoke')}
                </Group>
              </Anchor>
            </Text>
          </>
        )}
      </Stack>
    </Modal>
  );
}
