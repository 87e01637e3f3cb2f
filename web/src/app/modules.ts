import {
  type Icon,
  IconAddressBook,
  IconBellRinging,
  IconBuildingBank,
  IconCash,
  IconChartBar,
  IconClipboardList,
  IconFileDescription,
  IconFileInvoice,
  IconFolder,
  IconLayoutDashboard,
  IconPackage,
  IconReceipt,
  IconReceiptRefund,
  IconRepeat,
} from '@tabler/icons-react';

/** Keys under `modules.*` in the catalogs. */
export type ModuleKey =
  | 'dashboard'
  | 'quotes'
  | 'orders'
  | 'invoices'
  | 'creditNotes'
  | 'recurring'
  | 'payments'
  | 'reminders'
  | 'banking'
  | 'contacts'
  | 'products'
  | 'files'
  | 'reports'
  | 'purchases';

export type ModuleGroup = 'overview' | 'sales' | 'cash' | 'directory' | 'workspace';

export interface ModuleEntry {
  key: ModuleKey;
  /** Path segment under /c/:companyId/. */
  path: string;
  icon: Icon;
  group: ModuleGroup;
  /** Read permission that makes the module visible in the navigation (none: always shown). */
  permission?: string;
}

/** The company workspace's table of contents, in navigation order. */
export const MODULES: readonly ModuleEntry[] = [
  { key: 'dashboard', path: 'dashboard', icon: IconLayoutDashboard, group: 'overview' },
  { key: 'quotes', path: 'quotes', icon: IconFileDescription, group: 'sales', permission: 'quotes.read' },
  { key: 'orders', path: 'orders', icon: IconClipboardList, group: 'sales', permission: 'orders.read' },
  { key: 'invoices', path: 'invoices', icon: IconFileInvoice, group: 'sales', permission: 'invoices.read' },
  {
    key: 'creditNotes',
    path: 'credit-notes',
    icon: IconReceiptRefund,
    group: 'sales',
    permission: 'invoices.read',
  },
  { key: 'recurring', path: 'recurring', icon: IconRepeat, group: 'sales', permission: 'invoices.read' },
  { key: 'payments', path: 'payments', icon: IconCash, group: 'cash', permission: 'payments.read' },
  { key: 'reminders', path: 'reminders', icon: IconBellRinging, group: 'cash', permission: 'invoices.read' },
  {
    key: 'purchases',
    path: 'purchases',
    icon: IconReceipt,
    group: 'cash',
    permission: 'purchases.read',
  },
  { key: 'banking', path: 'banking', icon: IconBuildingBank, group: 'cash', permission: 'banking.read' },
  {
    key: 'contacts',
    path: 'contacts',
    icon: IconAddressBook,
    group: 'directory',
    permission: 'contacts.read',
  },
  { key: 'products', path: 'products', icon: IconPackage, group: 'directory', permission: 'catalog.read' },
  { key: 'files', path: 'files', icon: IconFolder, group: 'workspace', permission: 'files.read' },
  { key: 'reports', path: 'reports', icon: IconChartBar, group: 'workspace', permission: 'reports.read' },
];

export const MODULE_GROUPS: readonly ModuleGroup[] = ['overview', 'sales', 'cash', 'directory', 'workspace'];

export function moduleByKey(key: ModuleKey): ModuleEntry {
  const entry = MODULES.find((m) => m.key === key);
  if (!entry) throw new Error(`Unknown module ${key}`);
  return entry;
}
