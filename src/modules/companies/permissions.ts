/**
 * Roles map to named permissions in this one table; `can()` is the only check. Routes name the
 * permission they need; the access guard enforces it before any handler runs.
 */
export const ROLES = ['owner', 'admin', 'accountant', 'sales', 'readonly'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'company.read',
  'company.delete',
  'settings.manage',
  'members.read',
  'members.manage',
  'audit.read',
  'jobs.read',
  'contacts.read',
  'contacts.write',
  'catalog.read',
  'catalog.write',
  'quotes.read',
  'quotes.write',
  'quotes.send',
  'orders.read',
  'orders.write',
  'invoices.read',
  'invoices.write',
  'invoices.issue',
  'invoices.send',
  'credit_notes.write',
  'payments.read',
  'payments.record',
  'purchases.read',
  'purchases.write',
  'reminders.manage',
  'recurring.manage',
  'banking.read',
  'banking.manage',
  'files.read',
  'files.write',
  'reports.read',
  'api_tokens.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = PERMISSIONS.filter((p) => p.endsWith('.read'));

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(PERMISSIONS),
  admin: new Set(PERMISSIONS.filter((p) => p !== 'company.delete')),
  accountant: new Set<Permission>([
    ...READ,
    'payments.record',
    'purchases.write',
    'banking.manage',
    'credit_notes.write',
    'files.write',
  ]),
  sales: new Set<Permission>([
    ...READ.filter(
      (p) => p !== 'audit.read' && p !== 'jobs.read' && p !== 'banking.read' && p !== 'purchases.read',
    ),
    'contacts.write',
    'catalog.write',
    'quotes.write',
    'quotes.send',
    'orders.write',
    'invoices.write',
    'invoices.issue',
    'invoices.send',
    'files.write',
  ]),
  readonly: new Set<Permission>(READ.filter((p) => p !== 'audit.read' && p !== 'jobs.read')),
};

export const can = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].has(permission);

export const permissionsOf = (role: Role): Permission[] => PERMISSIONS.filter((p) => can(role, p));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
