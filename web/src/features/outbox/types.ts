export interface OutboxAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface OutboxMail {
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  entityType: string | null;
  entityId: string | null;
  attachments: OutboxAttachment[];
}

export interface OutboxMailDetail extends OutboxMail {
  text: string;
  html: string | null;
}
