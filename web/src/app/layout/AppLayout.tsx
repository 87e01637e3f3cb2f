import { AppShell, Burger, Group, Overlay } from '@mantine/core';
import { useDisclosure, useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { Brand } from '../../components/Brand';
import { EmailVerificationBanner } from '../../features/auth/EmailVerificationBanner';
import { useMe } from '../../features/auth/session';
import { CompanySwitcher } from '../../features/companies/CompanySwitcher';
import { PERMISSIONS } from '../../features/companies/permissions';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { useIsPhone } from '../../lib/media';
import classes from './AppLayout.module.css';
import { CompanyNavbar } from './CompanyNavbar';
import { LanguageMenu } from './LanguageMenu';
import { UserMenu } from './UserMenu';

/**
 * The signed-in shell: header (brand, company switcher, language, user) and, inside a company, the
 * module navigation. Below the `md` breakpoint (tablets) the navigation collapses behind a burger.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const companyMatch = useMatch('/c/:companyId/*');
  const companyId = companyMatch?.params.companyId ?? null;
  const membership = me.memberships.find((m) => m.companyId === companyId);
  const hasNavbar = membership !== undefined;
  const [opened, { toggle, close }] = useDisclosure(false);
  const isDesktop = useMediaQuery('(min-width: 62em)', true);
  const phone = useIsPhone();
  const drawerOpen = opened && !isDesktop;
  const navRef = useRef<HTMLDivElement>(null);
  const burgerRef = useRef<HTMLButtonElement>(null);

  // A link chosen in the drawer navigates; the drawer must not stay over the new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => close(), [pathname]);

  // As a drawer, the navigation takes the focus when opened and gives it back when closed with Escape.
  useEffect(() => {
    if (drawerOpen) navRef.current?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [drawerOpen]);
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && drawerOpen) {
      close();
      burgerRef.current?.focus();
    }
  });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={hasNavbar ? { width: 256, breakpoint: 'md', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'md', sm: 'lg', lg: 'xl' }}
    >
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            {hasNavbar && (
              <Burger
                ref={burgerRef}
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
                aria-expanded={opened}
                aria-controls="app-navigation"
              />
            )}
            {/* On a phone inside a company, the burger and the company take the brand's place. */}
            {!(phone && hasNavbar) && (
              <Link
                to="/"
                aria-label={t('app.home')}
                style={{ color: 'inherit', textDecoration: 'none', flex: 'none' }}
              >
                <Group visibleFrom="sm">
                  <Brand size={26} />
                </Group>
                <Group hiddenFrom="sm">
                  <Brand size={28} wordmark={false} />
                </Group>
              </Link>
            )}
            <CompanySwitcher memberships={me.memberships} currentCompanyId={companyId} />
          </Group>
          <Group gap={phone ? 2 : 'xs'} wrap="nowrap" style={{ flex: 'none' }}>
            {membership && (
              <NotificationBell
                key={membership.companyId}
                companyId={membership.companyId}
                canOpenOutbox={membership.permissions.includes(PERMISSIONS.settingsManage)}
              />
            )}
            {/* Compact top bar: the language joins the account menu. */}
            {!phone && <LanguageMenu />}
            <UserMenu compact={phone} />
          </Group>
        </Group>
      </AppShell.Header>
      {membership && (
        <AppShell.Navbar
          id="app-navigation"
          ref={navRef}
          aria-label={t('app.mainNavigation')}
          className={classes.navbar}
        >
          <CompanyNavbar companyId={membership.companyId} permissions={membership.permissions} />
        </AppShell.Navbar>
      )}
      {drawerOpen && <Overlay fixed zIndex={99} backgroundOpacity={0.35} blur={1} onClick={close} />}
      <AppShell.Main id="main-content" tabIndex={-1}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <EmailVerificationBanner />
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
