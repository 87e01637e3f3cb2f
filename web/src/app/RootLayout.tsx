import { Outlet, ScrollRestoration } from 'react-router';
import { SessionProvider } from '../features/auth/session';

export function RootLayout() {
  return (
    <SessionProvider>
      <Outlet />
      <ScrollRestoration />
    </SessionProvider>
  );
}
