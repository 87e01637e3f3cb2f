import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingStore, IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Membership } from '../auth/types';
import classes from './CompanySwitcher.module.css';
import { switchCompanyPath } from './switch-path';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    parts
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}

interface CompanySwitcherProps {
  memberships: Membership[];
  currentCompanyId: string | null;
}

/** Lists the user's companies; choosing one opens the same page for that company, no logout. */
export function CompanySwitcher({ memberships, currentCompanyId }: CompanySwitcherProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = memberships.find((m) => m.companyId === currentCompanyId) ?? null;

  return (
    <Menu position="bottom-start" width={300} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target}>
          <span className="visually-hidden">{`${t('companySwitcher.label')}, `}</span>
          <Group gap="sm" wrap="nowrap">
            <Avatar size={32} radius="md" color="brand" variant={current ? 'filled' : 'light'} aria-hidden>
              {current ? initials(current.companyName) : <IconBuildingStore size={18} />}
            </Avatar>
            <div className={classes.text}>
              <Text size="sm" fw={600} truncate="end" lh={1.25}>
                {current ? current.companyName : t('companySwitcher.choose')}
              </Text>
              {current && (
                <Text size="xs" c="dimmed" truncate="end" lh={1.25}>
                  {t(`roles.${current.role}.label`)}
                </Text>
              )}
            </div>
            <IconSelector size={16} className={classes.chevron} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('companySwitcher.yourCompanies')}</Menu.Label>
        {memberships.map((m) => {
          const active = m.companyId === currentCompanyId;
          return (
            <Menu.Item
              key={m.companyId}
              component={Link}
              to={switchCompanyPath(pathname, m.companyId)}
              aria-current={active ? 'true' : undefined}
              leftSection={
                <Avatar size={24} radius="sm" color="brand" variant={active ? 'filled' : 'light'} aria-hidden>
                  {initials(m.companyName)}
                </Avatar>
              }
              rightSection={active ? <IconCheck size={16} aria-hidden /> : null}
            >
              <Text size="sm" fw={active ? 600 : 400} truncate="end">
                {m.companyName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${m.role}.label`)}
              </Text>
            </Menu.Item>
          );
        })}
        {memberships.length > 0 && <Menu.Divider />}
        <Menu.Item component={Link} to="/companies/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('companySwitcher.create')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
