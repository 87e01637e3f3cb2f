import type { Schemas } from '../../lib/api/types';

export type OutboxMail = Schemas['OutboxMail'];
export type OutboxMailDetail = Schemas['OutboxMailDetail'];
export type OutboxAttachment = OutboxMail['attachments'][number];
