import { ROLES, type Role } from '../auth/types';

export type { Role };
export { ROLES };

export const ROLE_COLORS: Record<Role, string> = {
  owner: 'grape',
  admin: 'brand',
  accountant: 'teal',
  sales: 'orange',
  readonly: 'gray',
};
