import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignupPage } from '../features/auth/SignupPage';
import { VerifyEmailPage } from '../features/auth/VerifyEmailPage';
import { ProductCreatePage, ProductEditPage } from '../features/catalog/ProductEditorPages';
import { ProductsPage } from '../features/catalog/ProductsPage';
import { CompanyScope } from '../features/companies/CompanyScope';
import { CompanySettingsPage } from '../features/companies/CompanySettingsPage';
import { CreateCompanyPage } from '../features/companies/CreateCompanyPage';
import { PERMISSIONS } from '../features/companies/permissions';
import { RequirePermission } from '../features/companies/RequirePermission';
import { ContactDetailPage } from '../features/contacts/ContactDetailPage';
import { ContactCreatePage, ContactEditPage } from '../features/contacts/ContactEditorPages';
import { ContactsListPage } from '../features/contacts/ContactsListPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DOCUMENT_MODULES, documentRoutes, documentSettingsRoute } from '../features/documents/routes';
import { JobsPage } from '../features/jobs/JobsPage';
import { MailSettingsPage } from '../features/mail/MailSettingsPage';
import { InvitationPage } from '../features/members/InvitationPage';
import { MembersPage } from '../features/members/MembersPage';
import { OutboxMailPage } from '../features/outbox/OutboxMailPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { ComingSoonPage } from './ComingSoonPage';
import { HomeRedirect, RedirectIfSignedIn, RequireAuth } from './guards';
import { AppLayout } from './layout/AppLayout';
import { AuthLayout } from './layout/AuthLayout';
import { MODULES } from './modules';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

/** Modules with a real page; every other module of the navigation shows its "coming soon" page. */
const BUILT_MODULES = new Set<string>(['dashboard', 'contacts', 'products', ...DOCUMENT_MODULES]);

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          {
            element: <RedirectIfSignedIn />,
            children: [
              { path: 'login', element: <LoginPage /> },
              { path: 'signup', element: <SignupPage /> },
            ],
          },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'invitations/:token', element: <InvitationPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            element: <AppLayout />,
            children: [
              { path: 'companies/new', element: <CreateCompanyPage /> },
              { path: 'account', element: <AccountPage /> },
              {
                path: 'c/:companyId',
                element: <CompanyScope />,
                children: [
                  { index: true, element: <Navigate to="dashboard" replace /> },
                  { path: 'dashboard', element: <DashboardPage /> },
                  {
                    path: 'contacts',
                    children: [
                      { index: true, element: <ContactsListPage /> },
                      { path: 'new', element: <ContactCreatePage /> },
                      { path: ':contactId', element: <ContactDetailPage /> },
                      { path: ':contactId/edit', element: <ContactEditPage /> },
                    ],
                  },
                  {
                    path: 'products',
                    children: [
                      { index: true, element: <ProductsPage /> },
                      { path: 'new', element: <ProductCreatePage /> },
                      { path: ':productId/edit', element: <ProductEditPage /> },
                      { path: ':productId', element: <Navigate to="edit" replace /> },
                    ],
                  },
                  ...documentRoutes,
                  ...MODULES.filter((m) => !BUILT_MODULES.has(m.key)).map((m) => ({
                    path: `${m.path}/*`,
                    element: <ComingSoonPage module={m.key} />,
                  })),
                  {
                    path: 'settings',
                    element: <SettingsLayout />,
                    children: [
                      { index: true, element: <Navigate to="company" replace /> },
                      { path: 'company', element: <CompanySettingsPage /> },
                      documentSettingsRoute,
                      { path: 'mail', element: <MailSettingsPage /> },
                      // Mails may quote what only settings managers see (the outbox API asks the same).
                      {
                        path: 'outbox',
                        element: (
                          <RequirePermission permission={PERMISSIONS.settingsManage}>
                            <OutboxPage />
                          </RequirePermission>
                        ),
                      },
                      {
                        path: 'outbox/:mailId',
                        element: (
                          <RequirePermission permission={PERMISSIONS.settingsManage}>
                            <OutboxMailPage />
                          </RequirePermission>
                        ),
                      },
                      { path: 'members', element: <MembersPage /> },
                      { path: 'jobs', element: <JobsPage /> },
                      { path: 'audit', element: <AuditLogPage /> },
                    ],
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
