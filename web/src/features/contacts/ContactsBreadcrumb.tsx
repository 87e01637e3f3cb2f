import { Anchor, Group } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contactsPath } from './paths';

/** The eyebrow of the contact pages: a way back to the list. */
export function ContactsBreadcrumb({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={contactsPath(companyId)} size="xs" fw={600} c="dimmed">
      <Group gap={2} component="span" wrap="nowrap">
        <IconChevronLeft size={14} aria-hidden />
        {t('contacts.title')}
      </Group>
    </Anchor>
  );
}
