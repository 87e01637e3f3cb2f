import { AppShell, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconSettings } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
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
  const viewport = useRef<HTMLDivElement>(null);
  // Whether entries are hidden below the fold: a fade and a chevron then say that the menu goes on.
  const [moreBelow, setMoreBelow] = useState(false);
  const measure = useCallback(() => {
    const v = viewport.current;
    if (v) setMoreBelow(v.scrollHeight - v.scrollTop - v.clientHeight > 4);
  }, []);
  useEffect(() => {
    measure();
    const v = viewport.current;
    if (!v) return;
    const observer = new ResizeObserver(measure);
    observer.observe(v);
    if (v.firstElementChild) observer.observe(v.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);

  return (
    <>
      <AppShell.Section grow className={classes.scroller}>
        <ScrollArea
          h="100%"
          type="auto"
          scrollbarSize={6}
          viewportRef={viewport}
          onScrollPositionChange={measure}
          px="sm"
          py="sm"
        >
          <Stack gap="sm">
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
        </ScrollArea>
        {moreBelow && (
          // A pointer shortcut, hidden from assistive technologies: the keyboard reaches every entry by Tab.
          <div
            className={classes.more}
            title={t('app.moreNavigation')}
            aria-hidden="true"
            onClick={() =>
              viewport.current?.scrollTo({ top: viewport.current.scrollHeight, behavior: 'smooth' })
            }
          >
            <IconChevronDown size={16} className={classes.moreIcon} />
          </div>
        )}
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
