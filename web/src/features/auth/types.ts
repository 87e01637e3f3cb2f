export type Role = 'owner' | 'admin' | 'accountant' | 'sales' | 'readonly';
export const ROLES: readonly Role[] = ['owner', 'admin', 'accountant', 'sales', 'readonly'];

export interface User {
  id: string;
  email: string;
  name: string;
  language: string;
  totpEnabled: boolean;
  /** The owner of the address opened the link mailed to it (needed to accept an invitation). */
  emailVerified: boolean;
}

export interface Membership {
  companyId: string;
  companyName: string;
  role: Role;
  permissions: string[];
}

export interface Me {
  user: User;
  memberships: Membership[];
}

export interface AuthResponse {
  user: User;
  csrfToken: string;
}
