import { Anchor, Group } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KINDS } from './kinds';
import { documentsPath } from './paths';
import type { DocumentKind } from './types';

/** The eyebrow above a document's title: a way back to its list. */
export function DocumentBreadcrumb({ companyId, kind }: { companyId: string; kind: DocumentKind }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={documentsPath(companyId, kind)} size="xs" fw={600} c="dimmed">
      <Group gap={2} component="span" wrap="nowrap">
        <IconChevronLeft size={14} aria-hidden />
        {t(`documents.kinds.${KINDS[kind].key}.plural`)}
      </Group>
    </Anchor>
  );
}
