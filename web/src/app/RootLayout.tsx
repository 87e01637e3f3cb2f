import { useEffect } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { SessionProvider, useSession } from '../features/auth/session';
import { NavigationProgress } from './NavigationProgress';

/**
 * Signed in, toasts come often (saved, sent…): their container's chunk is fetched at once, so the
 * first one appears as fast as the others. The sign-in page does without it (App.tsx).
 */
function PreloadToasts() {
  const { state } = useSession();
  useEffect(() => {
    if (state.status === 'authenticated') void import('./Toasts');
  }, [state.status]);
  return null;
}

export function RootLayout() {
  return (
    <SessionProvider>
      <PreloadToasts />
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
    </SessionProvider>
  );
}
