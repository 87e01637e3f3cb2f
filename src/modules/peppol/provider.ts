/**
 * What Facturex needs from a Peppol access point. One implementation talks to a real access point's
 * HTTP API (einvoice-be.ts), one writes to folders for development and the demo (local.ts). Peppol
 * ids are `scheme:value` (ISO 6523 EAS code and identifier), such as `0208:0123456789`.
 */
export const PROVIDERS = ['none', 'local', 'einvoice_be'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface Participant {
  /** Registered on the network with at least one document type. */
  reachable: boolean;
  /** Document type identifiers the participant's access point accepts (Peppol BIS 3 invoice, credit note…). */
  documentTypes: string[];
}

export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed';

export interface PeppolProvider {
  readonly name: Exclude<ProviderName, 'none'>;
  lookupParticipant(peppolId: string): Promise<Participant>;
  /** Makes (or checks) the company receivable on Peppol under `peppolId` at this access point. */
  registerReceiver(peppolId: string): Promise<{ registered: boolean; reason: string | null }>;
  /**
   * Sending is two calls so that a run repeated after a crash never sends twice. `prepare` hands a
   * validated UBL document to the access point without sending it (`reference` is our id of this
   * sending) and answers the id the access point keeps it under; nothing leaves before `transmit`.
   * The caller records that id before transmitting, and on a repeated run asks `status` first.
   */
  prepare(p: { ubl: Buffer; filename: string; reference: string }): Promise<{ documentId: string }>;
  /** Sends a prepared document over the network; answers the message id (often the same id). */
  transmit(p: { documentId: string; sender: string; receiver: string }): Promise<{ messageId: string }>;
  /** `queued`: prepared, not sent yet; `sent`: on its way; `delivered`; `failed`. */
  status(messageId: string): Promise<{ status: DeliveryStatus; reason: string | null }>;
  listIncoming(): Promise<string[]>;
  fetchIncoming(id: string): Promise<Buffer>;
  acknowledge(id: string): Promise<void>;
}

/** The UBL 2.1 document type identifiers of Peppol BIS Billing 3.0. */
export const INVOICE_DOCTYPE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice';
export const CREDIT_NOTE_DOCTYPE = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote';
export const BIS3_CUSTOMIZATION =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1';

/** Which of our documents a participant's document types let it receive. */
export function acceptsOf(documentTypes: string[]): { invoice: boolean; creditNote: boolean } {
  return {
    invoice: documentTypes.some((d) => d.includes(INVOICE_DOCTYPE)),
    creditNote: documentTypes.some((d) => d.includes(CREDIT_NOTE_DOCTYPE)),
  };
}

export function splitPeppolId(id: string): { scheme: string; value: string } {
  const m = /^(\d{4}):(.+)$/.exec(id);
  if (!m?.[1] || !m[2]) throw new Error(`Not a Peppol id: ${id}`);
  return { scheme: m[1], value: m[2] };
}
