import { AppShell, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { companyPath } from '../../features/companies/company-context';
import { MODULE_GROUPS, MODULES } from '../modules';
import classes from './CompanyNavbar.module.css';

export function CompanyNavbar({ companyId, permissions }: { companyId: string; permissions: string[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isActive = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const settingsPath = companyPath(companyId, 'settings');

  return (
    <>
      <AppShell.Section grow component={ScrollArea} px="sm" py="md">
        <Stack gap="md">
          {MODULE_GROUPS.map((group) => {
            const entries = MODULES.filter(
              (m) => m.group === group && (!m.permission || permissions.includes(m.permission)),
            );
            if (entries.length === 0) return null;
            return (
              <div key={group}>
                <Text className={classes.groupLabel}>{t(`nav.groups.${group}`)}</Text>
                {entries.map((entry) => {
                  const to = companyPath(companyId, entry.path);
                  const active = isActive(to);
                  return (
                    <NavLink
                      key={entry.key}
                      component={Link}
                      to={to}
                      label={t(`modules.${entry.key}.title`)}
                      leftSection={<entry.icon size={18} stroke={1.7} aria-hidden />}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      className={classes.link}
                    />
                  );
                })}
              </div>
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section px="sm" py="sm" className={classes.footer}>
        <NavLink
          component={Link}
          to={settingsPath}
          label={t('settings.title')}
          leftSection={<IconSettings size={18} stroke={1.7} aria-hidden />}
          active={isActive(settingsPath)}
          aria-current={isActive(settingsPath) ? 'page' : undefined}
          className={classes.link}
        />
      </AppShell.Section>
    </>
  );
}
