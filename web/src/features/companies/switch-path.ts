import { companyPath } from './company-context';

/**
 * The same page under another company: module pages keep their module, settings keep their tab;
 * anything deeper (an id of the other company) is dropped.
 */
export function switchCompanyPath(pathname: string, companyId: string): string {
  const match = /^\/c\/[^/]+(\/.*)?$/.exec(pathname);
  if (!match) return companyPath(companyId);
  const segments = (match[1] ?? '').split('/').filter(Boolean);
  const keep = segments[0] === 'settings' ? 2 : 1;
  const sub = segments.slice(0, keep).join('/');
  return companyPath(companyId, sub || 'dashboard');
}
