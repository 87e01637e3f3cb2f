import { z } from 'zod';
import { CalendarDateSchema } from '../../shared/dates.js';
import { Id } from '../../shared/schemas.js';
import { DocumentOut } from '../documents/index.js';
import { MailRoute, SendMailBody } from './mail.schema.js';

/** How the document reaches the customer. */
export const Delivery = z.discriminatedUnion('method', [
  SendMailBody.extend({
    method: z.literal('email').describe('Queued in the outbox with the PDF attached and the public link'),
  }),
  z.strictObject({ method: z.literal('link').describe('The public link, for the user to pass on') }),
  z.strictObject({ method: z.literal('download').describe('The user sends the PDF themselves') }),
  z.strictObject({
    method: z
      .literal('peppol')
      .describe(
        'Invoices and credit notes: the validated UBL is handed to the company’s Peppol access point ' +
          '(job `peppol.send`); the timeline shows the access point’s message id, then delivered or failed',
      ),
  }),
]);

export const SendDocumentBody = z.strictObject({
  issueDate: CalendarDateSchema.optional().describe(
    'For a draft: its issue date; today in the company’s time zone when left out',
  ),
  delivery: Delivery.optional().describe(
    'Left out: the draft is only numbered (as `POST …/quotes/{id}/send` did before deliveries ' +
      'existed). Given: numbering and delivery commit together, or neither does',
  ),
});
export type SendDocumentInput = z.infer<typeof SendDocumentBody>;

export const SendDocumentOut = DocumentOut.extend({
  delivery: z.object({
    method: z.enum(['email', 'link', 'download', 'peppol', 'none']),
    /** The queued Peppol sending (`peppol`); its events are on the document's timeline. */
    peppolMessageId: Id.nullable(),
    /** The customer's Peppol id it goes to (`peppol`). */
    peppolReceiver: z.string().nullable(),
    /** The queued message (`email`); `GET …/emails` follows its status. */
    mailId: Id.nullable(),
    /** The customer's page (`email`, `link`). */
    publicUrl: z.string().nullable(),
    /** Where the message goes (`email`); `local` means it stays in the outbox. */
    mailRoute: MailRoute.nullable(),
  }),
});
export type SendDocumentOut = z.infer<typeof SendDocumentOut>;
