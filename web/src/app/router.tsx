import { createBrowserRouter, Navigate } from 'react-router';
import { FullPageLoader } from '../components/FullPageLoader';
import { bankingRoutes } from '../features/banking/routes';
import { PERMISSIONS } from '../features/companies/permissions';
import { DOCUMENT_MODULES, documentRoutes, documentSettingsRoute } from '../features/documents/routes';
import { purchaseRoutes } from '../features/purchases/routes';
import { loadFullCatalog } from '../lib/i18n';
import { HomeRedirect, RedirectIfSignedIn, RequireAuth } from './guards';
import { AuthLayout } from './layout/AuthLayout';
import { MODULES } from './modules';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

/*
 * Every page (and the signed-in shell) is a chunk of its own, fetched when its route is first
 * matched (react-router's `lazy`): the sign-in page does not download the document editor. While a
 * chunk loads the current page stays and RootLayout shows a progress bar; on the very first load the
 * root's HydrateFallback shows the full-page loader. `npm run bench -- web-bundle` measures the result.
 */
const notFound = () => import('./NotFoundPage').then((m) => ({ Component: m.NotFoundPage }));

/** Modules with a real page; every other module of the navigation shows its "coming soon" page. */
const BUILT_MODULES = new Set<string>([
  'dashboard',
  'contacts',
  'products',
  'payments',
  'reminders',
  'recurring',
  'purchases',
  'banking',
  ...DOCUMENT_MODULES,
]);

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          {
            element: <RedirectIfSignedIn />,
            children: [
              {
                path: 'login',
                lazy: () => import('../features/auth/LoginPage').then((m) => ({ Component: m.LoginPage })),
              },
              {
                path: 'signup',
                lazy: () => import('../features/auth/SignupPage').then((m) => ({ Component: m.SignupPage })),
              },
            ],
          },
          {
            path: 'forgot-password',
            lazy: () =>
              import('../features/auth/ForgotPasswordPage').then((m) => ({
                Component: m.ForgotPasswordPage,
              })),
          },
          {
            path: 'reset-password',
            lazy: () =>
              import('../features/auth/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
          },
          {
            path: 'verify-email',
            lazy: () =>
              import('../features/auth/VerifyEmailPage').then((m) => ({ Component: m.VerifyEmailPage })),
          },
          {
            path: 'invitations/:token',
            lazy: () =>
              import('../features/members/InvitationPage').then((m) => ({ Component: m.InvitationPage })),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            // The signed-in app reads every section of the catalog: its part comes with the shell.
            lazy: () =>
              Promise.all([import('./layout/AppLayout'), loadFullCatalog()]).then(([m]) => ({
                Component: m.AppLayout,
              })),
            children: [
              {
                path: 'companies/new',
                lazy: () =>
                  import('../features/companies/CreateCompanyPage').then((m) => ({
                    Component: m.CreateCompanyPage,
                  })),
              },
              {
                path: 'account',
                lazy: () =>
                  import('../features/account/AccountPage').then((m) => ({ Component: m.AccountPage })),
              },
              {
                path: 'c/:companyId',
                lazy: () =>
                  import('../features/companies/CompanyScope').then((m) => ({ Component: m.CompanyScope })),
                children: [
                  { index: true, element: <Navigate to="dashboard" replace /> },
                  {
                    path: 'dashboard',
                    lazy: () =>
                      import('../features/dashboard/DashboardPage').then((m) => ({
                        Component: m.DashboardPage,
                      })),
                  },
                  {
                    path: 'contacts',
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('../features/contacts/ContactsListPage').then((m) => ({
                            Component: m.ContactsListPage,
                          })),
                      },
                      {
                        path: 'new',
                        lazy: () =>
                          import('../features/contacts/ContactEditorPages').then((m) => ({
                            Component: m.ContactCreatePage,
                          })),
                      },
                      {
                        path: ':contactId',
                        lazy: () =>
                          import('../features/contacts/ContactDetailPage').then((m) => ({
                            Component: m.ContactDetailPage,
                          })),
                      },
                      {
                        path: ':contactId/statement',
                        lazy: () =>
                          import('../features/statements/StatementPage').then((m) => ({
                            Component: m.StatementPage,
                          })),
                      },
                      {
                        path: ':contactId/edit',
                        lazy: () =>
                          import('../features/contacts/ContactEditorPages').then((m) => ({
                            Component: m.ContactEditPage,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'products',
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('../features/catalog/ProductsPage').then((m) => ({
                            Component: m.ProductsPage,
                          })),
                      },
                      {
                        path: 'new',
                        lazy: () =>
                          import('../features/catalog/ProductEditorPages').then((m) => ({
                            Component: m.ProductCreatePage,
                          })),
                      },
                      {
                        path: ':productId/edit',
                        lazy: () =>
                          import('../features/catalog/ProductEditorPages').then((m) => ({
                            Component: m.ProductEditPage,
                          })),
                      },
                      { path: ':productId', element: <Navigate to="edit" replace /> },
                    ],
                  },
                  ...documentRoutes,
                  {
                    path: 'recurring',
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('../features/recurring/RecurringListPage').then((m) => ({
                            Component: m.RecurringListPage,
                          })),
                      },
                      {
                        path: 'new',
                        lazy: () =>
                          import('../features/recurring/RecurringEditorPages').then((m) => ({
                            Component: m.RecurringCreatePage,
                          })),
                      },
                      {
                        path: ':profileId',
                        lazy: () =>
                          import('../features/recurring/RecurringProfilePage').then((m) => ({
                            Component: m.RecurringProfilePage,
                          })),
                      },
                      {
                        path: ':profileId/edit',
                        lazy: () =>
                          import('../features/recurring/RecurringEditorPages').then((m) => ({
                            Component: m.RecurringEditPage,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'payments',
                    lazy: () =>
                      import('../features/payments/PaymentsListPage').then((m) => ({
                        Component: m.PaymentsListPage,
                      })),
                  },
                  purchaseRoutes,
                  bankingRoutes,
                  {
                    path: 'reminders',
                    lazy: () =>
                      import('../features/reminders/RemindersPage').then((m) => ({
                        Component: m.RemindersLayout,
                      })),
                    children: [
                      { index: true, element: <Navigate to="sent" replace /> },
                      {
                        path: 'sent',
                        lazy: () =>
                          import('../features/reminders/RemindersPage').then((m) => ({
                            Component: m.SentRemindersTab,
                          })),
                      },
                      {
                        path: 'upcoming',
                        lazy: () =>
                          import('../features/reminders/ReminderQueues').then((m) => ({
                            Component: m.UpcomingRemindersTab,
                          })),
                      },
                      {
                        path: 'paused',
                        lazy: () =>
                          import('../features/reminders/ReminderQueues').then((m) => ({
                            Component: m.PausedRemindersTab,
                          })),
                      },
                      {
                        path: 'to-print',
                        lazy: () =>
                          import('../features/reminders/ReminderQueues').then((m) => ({
                            Component: m.ToPrintRemindersTab,
                          })),
                      },
                    ],
                  },
                  ...MODULES.filter((m) => !BUILT_MODULES.has(m.key)).map((m) => ({
                    path: `${m.path}/*`,
                    lazy: () =>
                      import('./ComingSoonPage').then(({ ComingSoonPage }) => ({
                        element: <ComingSoonPage module={m.key} />,
                      })),
                  })),
                  {
                    path: 'settings',
                    lazy: () =>
                      import('../features/settings/SettingsLayout').then((m) => ({
                        Component: m.SettingsLayout,
                      })),
                    children: [
                      { index: true, element: <Navigate to="company" replace /> },
                      {
                        path: 'company',
                        lazy: () =>
                          import('../features/companies/CompanySettingsPage').then((m) => ({
                            Component: m.CompanySettingsPage,
                          })),
                      },
                      documentSettingsRoute,
                      {
                        path: 'mail',
                        lazy: () =>
                          import('../features/mail/MailSettingsPage').then((m) => ({
                            Component: m.MailSettingsPage,
                          })),
                      },
                      // The access point's settings hold a key: only settings managers (as the API asks).
                      {
                        path: 'peppol',
                        lazy: () =>
                          Promise.all([
                            import('../features/peppol/PeppolSettingsPage'),
                            import('../features/companies/RequirePermission'),
                          ]).then(([{ PeppolSettingsPage }, { RequirePermission }]) => ({
                            element: (
                              <RequirePermission permission={PERMISSIONS.settingsManage}>
                                <PeppolSettingsPage />
                              </RequirePermission>
                            ),
                          })),
                      },
                      {
                        path: 'reminders',
                        lazy: () =>
                          import('../features/reminders/rules/ReminderRulesSettingsPage').then((m) => ({
                            Component: m.ReminderRulesSettingsPage,
                          })),
                      },
                      // Mails may quote what only settings managers see (the outbox API asks the same).
                      {
                        path: 'outbox',
                        lazy: () =>
                          Promise.all([
                            import('../features/outbox/OutboxPage'),
                            import('../features/companies/RequirePermission'),
                          ]).then(([{ OutboxPage }, { RequirePermission }]) => ({
                            element: (
                              <RequirePermission permission={PERMISSIONS.settingsManage}>
                                <OutboxPage />
                              </RequirePermission>
                            ),
                          })),
                      },
                      {
                        path: 'outbox/:mailId',
                        lazy: () =>
                          Promise.all([
                            import('../features/outbox/OutboxMailPage'),
                            import('../features/companies/RequirePermission'),
                          ]).then(([{ OutboxMailPage }, { RequirePermission }]) => ({
                            element: (
                              <RequirePermission permission={PERMISSIONS.settingsManage}>
                                <OutboxMailPage />
                              </RequirePermission>
                            ),
                          })),
                      },
                      {
                        path: 'members',
                        lazy: () =>
                          import('../features/members/MembersPage').then((m) => ({
                            Component: m.MembersPage,
                          })),
                      },
                      {
                        path: 'jobs',
                        lazy: () =>
                          import('../features/jobs/JobsPage').then((m) => ({ Component: m.JobsPage })),
                      },
                      {
                        path: 'audit',
                        lazy: () =>
                          import('../features/audit/AuditLogPage').then((m) => ({
                            Component: m.AuditLogPage,
                          })),
                      },
                    ],
                  },
                  { path: '*', lazy: notFound },
                ],
              },
              { path: '*', lazy: notFound },
            ],
          },
        ],
      },
    ],
  },
]);
