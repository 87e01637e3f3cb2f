import { Outlet, ScrollRestoration } from 'react-router';
import { SessionProvider } from '../features/auth/session';
import { NavigationProgress } from './NavigationProgress';

export function RootLayout() {
  return (
    <SessionProvider>
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
    </SessionProvider>
  );
}
