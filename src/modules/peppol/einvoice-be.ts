import { AppError } from '../../shared/errors.js';
import { type DeliveryStatus, type PeppolProvider, splitPeppolId } from './provider.js';

/**
 * The e-invoice.be access point (Belgium), through its published REST API — the OpenAPI description
 * its official SDKs are generated from (github.com/e-invoice-be/e-invoice-php, e-invoice-api on npm):
 *
 * - `GET  /api/lookup?peppol_id=scheme:id` → `{ status, service_metadata: { endpoints: [{ document_types: [{ scheme, value }] }] } }`
 * - `GET  /api/me` → the tenant, with `peppol_ids` and `smp_registration` (registration as a receiver
 *   is done with e-invoice.be; this checks the company's id is registered there)
 * - `POST /api/documents/ubl` (multipart `file`) → `{ id, state: DRAFT }` (prepare), then
 *   `POST /api/documents/{id}/send?sender_peppol_scheme&sender_peppol_id&receiver_peppol_scheme&receiver_peppol_id`
 *   (transmit; a document no longer in DRAFT answers 409)
 * - `GET  /api/documents/{id}` → `{ state: DRAFT | TRANSIT | SENT | FAILED | RECEIVED }`
 * - `GET  /api/inbox/` (paged `items`), `GET /api/documents/{id}/ubl` → `{ signed_url }` of the file
 *
 * Authentication: `Authorization: Bearer <API key>`. Errors answer `{ detail }` (a string, or a list
 * of `{ loc, msg }` on validation). Each call has a timeout; 429 and 5xx answers and network failures
 * are retried with exponential back-off, waiting at least what `Retry-After` asks; a 4xx is the
 * access point's refusal, surfaced with its reason and never retried.
 */
export interface HttpOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Retries after the first try (429, 5xx, no answer). */
  retries?: number;
  retryBaseMs?: number;
  /** Longest `Retry-After` honoured before giving the call up to the job queue's own retries. */
  maxRetryAfterMs?: number;
  /** Documents per page of the inbox (default 100). */
  inboxPageSize?: number;
}

/** The inbox is read page after page up to this many pages a run (10,000 documents at 100 a page). */
const MAX_INBOX_PAGES = 100;

/** An incoming e-invoice larger than this is not read (Peppol's own limit is far below). */
const MAX_UBL_BYTES = 20 * 1024 * 1024;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The access point's own words from an error body. */
export function reasonOf(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown; message?: unknown; error?: unknown };
    const d = body.detail ?? body.message ?? body.error;
    if (typeof d === 'string' && d.trim()) return d.trim();
    if (Array.isArray(d))
      return d
        .map((e) =>
          e && typeof e === 'object' && 'msg' in e ? String((e as { msg: unknown }).msg) : String(e),
        )
        .join('; ');
  } catch {
    // not JSON: the text itself
  }
  return text.trim().slice(0, 500) || `HTTP ${status}`;
}

/** The access point could not be reached or kept failing: retried later by the job queue. */
export class AccessPointUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessPointUnavailable';
  }
}

export function einvoiceBeClient(o: HttpOptions) {
  const base = o.baseUrl.replace(/\/+$/, '');
  const retries = o.retries ?? 3;
  const retryBaseMs = o.retryBaseMs ?? 500;
  const maxRetryAfterMs = o.maxRetryAfterMs ?? 60_000;

  async function call(
    method: 'GET' | 'POST',
    path: string,
    opts: { query?: Record<string, string>; body?: () => FormData; accept?: string } = {},
  ): Promise<Response> {
    const url = new URL(`${base}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
    let last = '';
    for (let attempt = 0; ; attempt++) {
      let res: Response | null = null;
      try {
        res = await fetch(url, {
          method,
          headers: { authorization: `Bearer ${o.apiKey}`, accept: opts.accept ?? 'application/json' },
          ...(opts.body ? { body: opts.body() } : {}),
          signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
          redirect: 'error',
        });
      } catch (e) {
        last = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      }
      if (res?.ok) return res;
      let wait = retryBaseMs * 2 ** attempt;
      if (res) {
        const text = await res.text();
        if (res.status !== 429 && res.status < 500)
          throw new AppError('peppol_rejected', 'The Peppol access point refused: {reason}', {
            params: { reason: reasonOf(res.status, text) },
            meta: { providerStatus: res.status },
          });
        last = `HTTP ${res.status}: ${reasonOf(res.status, text)}`;
        const asked = retryAfterMs(res.headers.get('retry-after'));
        if (asked !== null) {
          if (asked > maxRetryAfterMs) throw new AccessPointUnavailable(`e-invoice.be: ${last}`);
          wait = Math.max(wait, asked);
        }
      }
      if (attempt >= retries) throw new AccessPointUnavailable(`e-invoice.be: ${last}`);
      await sleep(wait);
    }
  }
  const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
  return { call, json };
}

interface LookupAnswer {
  status?: string;
  service_metadata?: { endpoints?: { document_types?: { scheme?: string; value?: string }[] }[] };
}
interface DocumentAnswer {
  id: string;
  state?: string;
}

const STATES: Record<string, DeliveryStatus> = {
  DRAFT: 'queued',
  TRANSIT: 'sent',
  SENT: 'delivered',
  RECEIVED: 'delivered',
  FAILED: 'failed',
};

export function einvoiceBeProvider(o: HttpOptions): PeppolProvider {
  const { call, json } = einvoiceBeClient(o);
  return {
    name: 'einvoice_be',
    async lookupParticipant(peppolId) {
      const a = await json<LookupAnswer>(
        await call('GET', '/api/lookup', { query: { peppol_id: peppolId } }),
      );
      const documentTypes = (a.service_metadata?.endpoints ?? [])
        .flatMap((e) => e.document_types ?? [])
        .map((d) => d.value)
        .filter((v): v is string => typeof v === 'string');
      return { reachable: a.status === 'success' && documentTypes.length > 0, documentTypes };
    },
    async registerReceiver(peppolId) {
      const me = await json<{ peppol_ids?: string[] | null; smp_registration?: boolean | null }>(
        await call('GET', '/api/me'),
      );
      if (!(me.peppol_ids ?? []).includes(peppolId))
        return {
          registered: false,
          reason: `${peppolId} is not one of the Peppol ids of this e-invoice.be account`,
        };
      if (me.smp_registration === false)
        return { registered: false, reason: 'e-invoice.be has not registered the account on its SMP yet' };
      return { registered: true, reason: null };
    },
    async prepare(p) {
      const created = await json<DocumentAnswer>(
        await call('POST', '/api/documents/ubl', {
          body: () => {
            const form = new FormData();
            form.append('file', new Blob([p.ubl], { type: 'application/xml' }), p.filename);
            return form;
          },
        }),
      );
      return { documentId: created.id };
    },
    async transmit(p) {
      const s = splitPeppolId(p.sender);
      const r = splitPeppolId(p.receiver);
      const sent = await json<DocumentAnswer>(
        await call('POST', `/api/documents/${encodeURIComponent(p.documentId)}/send`, {
          query: {
            sender_peppol_scheme: s.scheme,
            sender_peppol_id: s.value,
            receiver_peppol_scheme: r.scheme,
            receiver_peppol_id: r.value,
          },
        }),
      );
      return { messageId: sent.id ?? p.documentId };
    },
    async status(messageId) {
      const d = await json<DocumentAnswer & { errors?: unknown }>(
        await call('GET', `/api/documents/${encodeURIComponent(messageId)}`),
      );
      const status = STATES[d.state ?? ''] ?? 'sent';
      return { status, reason: status === 'failed' ? `e-invoice.be reports the document ${d.state}` : null };
    },
    // e-invoice.be keeps received documents in the inbox (nothing acknowledges them): every page is
    // read, and the documents already booked are recognised by their id (peppol_incoming).
    async listIncoming() {
      const ids: string[] = [];
      const pageSize = String(o.inboxPageSize ?? 100);
      for (let page = 1; page <= MAX_INBOX_PAGES; page++) {
        const answer = await json<{ items?: DocumentAnswer[]; pages?: number }>(
          await call('GET', '/api/inbox/', { query: { page: String(page), page_size: pageSize } }),
        );
        const items = answer.items ?? [];
        ids.push(...items.map((d) => d.id));
        if (items.length === 0 || page >= (answer.pages ?? 1)) break;
      }
      return [...new Set(ids)];
    },
    // `GET /api/documents/{id}/ubl` answers where the file is (`signed_url`), valid for a while.
    async fetchIncoming(id) {
      const meta = await json<{ signed_url?: string | null }>(
        await call('GET', `/api/documents/${encodeURIComponent(id)}/ubl`),
      );
      if (!meta.signed_url) throw new AccessPointUnavailable(`e-invoice.be has no UBL file for ${id} yet`);
      const res = await fetch(meta.signed_url, {
        signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
        redirect: 'error',
      });
      if (!res.ok) throw new AccessPointUnavailable(`e-invoice.be: the UBL file answered HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length > MAX_UBL_BYTES)
        throw new AccessPointUnavailable(`e-invoice.be: the UBL file of ${id} is too large`);
      return bytes;
    },
    // e-invoice.be keeps received documents in its inbox by state: nothing to acknowledge.
    async acknowledge() {},
  };
}
