import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, permissionsOf, ROLES } from './permissions.js';

describe('role permissions', () => {
  it.each([
    ['owner', 'company.delete', true],
    ['admin', 'company.delete', false],
    ['admin', 'members.manage', true],
    ['accountant', 'payments.record', true],
    ['accountant', 'invoices.issue', false],
    ['accountant', 'members.manage', false],
    ['sales', 'invoices.issue', true],
    ['sales', 'settings.manage', false],
    ['sales', 'banking.read', false],
    ['readonly', 'invoices.read', true],
    ['readonly', 'invoices.write', false],
    ['readonly', 'audit.read', false],
  ] as const)('%s → %s is %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('gives the owner every permission and the read-only role nothing that writes', () => {
    expect(permissionsOf('owner')).toEqual([...PERMISSIONS]);
    expect(permissionsOf('readonly').every((p) => p.endsWith('.read'))).toBe(true);
  });

  it('gives admin and accountant everything read-only may do, and the owner everything admin may do', () => {
    for (const p of PERMISSIONS) {
      if (can('admin', p)) expect(can('owner', p), p).toBe(true);
      if (can('readonly', p)) expect(can('admin', p) && can('accountant', p), p).toBe(true);
    }
    expect(ROLES).toHaveLength(5);
  });

  it('is the table docs/security.md shows', () => {
    const doc = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([a-z_.]+)` \|(.*)\|$/gm)].map((m) => [
        m[1],
        (m[2] ?? '').split('|').map((c) => c.trim() === '✓'),
      ]),
    );
    expect([...rows.keys()]).toEqual([...PERMISSIONS]);
    for (const p of PERMISSIONS) expect(rows.get(p), p).toEqual(ROLES.map((r) => can(r, p)));
  });
});
