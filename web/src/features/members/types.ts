import type { Role } from '../auth/types';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  invitedByName: string;
}

/** What an invitation link shows before it is accepted (no login needed). */
export interface InvitationPreview {
  companyName: string;
  email: string;
  role: Role;
  invitedByName: string;
  expiresAt: string;
}
