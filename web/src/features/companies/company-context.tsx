import { createContext, type ReactNode, use, useMemo } from 'react';
import type { Membership } from '../auth/types';
import type { Permission } from './permissions';

export interface CompanyScope {
  companyId: string;
  membership: Membership;
  can: (permission: Permission) => boolean;
}

const CompanyContext = createContext<CompanyScope | null>(null);

/** The company of the current URL. Only usable under /c/:companyId. */
export function useCompany(): CompanyScope {
  const scope = use(CompanyContext);
  if (!scope) throw new Error('useCompany outside /c/:companyId');
  return scope;
}

export function CompanyProvider({ membership, children }: { membership: Membership; children: ReactNode }) {
  const value = useMemo<CompanyScope>(
    () => ({
      companyId: membership.companyId,
      membership,
      can: (permission) => (membership.permissions as readonly string[]).includes(permission),
    }),
    [membership],
  );
  return <CompanyContext value={value}>{children}</CompanyContext>;
}

export function companyPath(companyId: string, sub = 'dashboard'): string {
  return `/c/${encodeURIComponent(companyId)}/${sub}`;
}
