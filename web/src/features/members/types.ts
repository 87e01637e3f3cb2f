import type { Schemas } from '../../lib/api/types';

export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
/** An invitation as its creator gets it back: with the link to hand over when no mail server sends it. */
export type InvitationCreated = Schemas['InvitationCreated'];
/** What an invitation link shows before it is accepted (no login needed). */
export type InvitationPreview = Schemas['InvitationPreview'];
