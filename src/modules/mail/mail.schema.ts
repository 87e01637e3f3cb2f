import { z } from 'zod';
import { Email, Id, Instant, Language, Text } from '../../shared/schemas.js';

export const MailKindSchema = z.enum(['quote', 'order', 'invoice', 'credit_note', 'reminder']);

export const TemplateOut = z
  .object({
    kind: MailKindSchema,
    language: Language,
    subject: z.string(),
    body: z.string(),
    /** False while the company uses the built-in text. */
    custom: z.boolean(),
  })
  .meta({ id: 'MailTemplate' });

export const TemplateParams = z.strictObject({ companyId: Id, kind: MailKindSchema, language: Language });
export const PutTemplateBody = z.strictObject({
  subject: z.string().trim().min(1).max(300),
  body: z.string().min(1).max(20_000),
});

export const SendMailBody = z.strictObject({
  to: z.array(Email).min(1).max(20).optional(),
  cc: z.array(Email).max(20).optional(),
  bcc: z.array(Email).max(20).optional(),
  subject: Text(300).pipe(z.string().min(1)).optional(),
  body: z.string().min(1).max(20_000).optional(),
});
export type SendMailInput = z.infer<typeof SendMailBody>;

export const MailPreviewOut = z
  .object({
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    subject: z.string(),
    body: z.string(),
    attachments: z.array(z.string()),
  })
  .meta({ id: 'MailPreview' });

/** Where a company's mail goes: its own server, the installation's, or nowhere (kept in the outbox). */
export const MailRoute = z
  .enum(['company', 'installation', 'local'])
  .describe('`local`: no mail server is configured; messages stay in the outbox, readable in the app');

export const DocumentMailPreviewOut = MailPreviewOut.extend({ mailRoute: MailRoute }).meta({
  id: 'DocumentMailPreview',
});

export const MailOut = z
  .object({
    id: Id,
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    subject: z.string(),
    status: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: Instant,
    sentAt: Instant.nullable(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    attachments: z.array(
      z.object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
  })
  .meta({ id: 'OutboxMail' });
export type MailOut = z.infer<typeof MailOut>;

export const MailDetailOut = MailOut.extend({ text: z.string(), html: z.string().nullable() }).meta({
  id: 'OutboxMailDetail',
});

export const OutboxQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
