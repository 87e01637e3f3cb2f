import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe, useSession } from '../../features/auth/session';
import { LanguageItems } from './LanguageMenu';
import classes from './UserMenu.module.css';

/** The account menu; in the compact top bar of a phone it also holds the language choice. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const { logout } = useSession();
  const displayName = user.name || user.email;

  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton className={classes.target}>
          <span className="visually-hidden">{t('userMenu.label', { name: displayName })}</span>
          <Group gap={8} wrap="nowrap">
            <Avatar name={displayName} color="initials" size={32} radius="xl" aria-hidden />
            <Text size="sm" fw={500} truncate="end" visibleFrom="lg" maw={160} aria-hidden="true">
              {displayName}
            </Text>
            {!compact && <IconChevronDown size={14} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {/* Spans, not paragraphs: a menu may only hold items, groups and separators (ARIA). */}
          <Text span display="block" size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {displayName}
          </Text>
          <Text span display="block" size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('userMenu.account')}
        </Menu.Item>
        {compact && (
          <>
            <Menu.Divider />
            <LanguageItems />
            <Menu.Divider />
          </>
        )}
        <Menu.Item
          color="red.8"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void logout()}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
