import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazy(() => import('./Toasts').then((m) => ({ default: m.Toasts })));

function ToastContainer() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <ToastContainer />
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
