import type { ApiResponse, Schemas } from '../../lib/api/types';

export type User = Schemas['User'];
export type Membership = Schemas['Membership'];
export type Role = Membership['role'];
export const ROLES: readonly Role[] = ['owner', 'admin', 'accountant', 'sales', 'readonly'];

export type Me = ApiResponse<'/api/v1/me'>;
export type AuthResponse = Schemas['AuthResponse'];
