import { Button, Center, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { FullPageLoader } from '../components/FullPageLoader';
import { useSession } from '../features/auth/session';
import { companyPath } from '../features/companies/company-context';
import { safeNextPath, withNext } from '../lib/navigation';

function SessionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <Center h="100vh" component="main">
      <Container size={480}>
        <ErrorState error={error} title={t('errors.sessionFailed')} onRetry={() => void refresh()} />
        <Button variant="subtle" mt="md" onClick={() => window.location.reload()}>
          {t('common.reloadPage')}
        </Button>
      </Container>
    </Center>
  );
}

/** Signed-in area: visitors go to /login and come back to where they were going. */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'error') return <SessionError error={state.error} />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    const plain = state.signedOut || next === '/';
    return <Navigate to={plain ? '/login' : withNext('/login', next)} replace />;
  }
  return <Outlet />;
}

/** Login and signup: a signed-in user is sent on to `next` (or home). */
export function RedirectIfSignedIn() {
  const { state } = useSession();
  const [params] = useSearchParams();
  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'authenticated') return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}

/** `/`: the first company's dashboard, or company creation for a user without one. */
export function HomeRedirect() {
  const { me } = useSession();
  const first = me?.memberships[0];
  return <Navigate to={first ? companyPath(first.companyId) : '/companies/new'} replace />;
}
