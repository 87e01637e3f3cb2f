import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that answers like the e-invoice.be API (the OpenAPI description behind its
 * official SDKs, e.g. github.com/e-invoice-be/e-invoice-php): Bearer authentication, `GET
 * /api/lookup`, `GET /api/me`, `POST /api/documents/ubl` (multipart `file`), `POST
 * /api/documents/{id}/send` (sender/receiver scheme and id in the query), `GET /api/documents/{id}`,
 * `GET /api/inbox/` and `GET /api/documents/{id}/ubl` (a `signed_url` to the received file, served
 * under `/files/` without the API key, as a storage bucket would); errors as `{ detail }`. Tests script it: participants that are registered, a
 * receiver the network rejects, answers to give first (429 with Retry-After, 503), or down for good.
 */
export interface FakeDocument {
  id: string;
  ubl: string;
  filename: string;
  state: 'DRAFT' | 'TRANSIT' | 'SENT' | 'FAILED';
  sender?: string;
  receiver?: string;
}

export interface FakeEInvoiceBe {
  url: string;
  apiKey: string;
  /** Every request: method, path, when it arrived. */
  requests: { method: string; path: string; at: number }[];
  documents: Map<string, FakeDocument>;
  /** Participants registered on the network (`scheme:id`) and their document types. */
  participants: Map<string, string[]>;
  /** Peppol ids of the account (what `GET /api/me` lists). */
  accountIds: string[];
  /** Documents received for the account (its inbox). */
  incoming: Map<string, FakeDocument>;
  /** Receivers the access point refuses, with its reason. */
  rejected: Map<string, string>;
  /** Answers given before the real one, in order, to requests whose path starts with `path`. */
  script: { path: string; status: number; retryAfter?: string; detail?: string }[];
  /** Answers 503 to everything. */
  down: boolean;
  /** Sends the next document as asked, then drops the connection without an answer (the answer is lost). */
  loseNextSendAnswer: boolean;
  /** The documents sent, as the network would deliver them. */
  sent(): FakeDocument[];
  /** A document arrives for the account over the network: it shows in the inbox (`GET /api/inbox/`). */
  receive(ubl: string, sender?: string): FakeDocument;
  close(): Promise<void>;
}

export const BIS3_INVOICE =
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1';
export const BIS3_CREDIT_NOTE =
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1';

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeEInvoiceBe(apiKey = 'test-key-einvoice-be'): Promise<FakeEInvoiceBe> {
  let n = 0;
  const fake: FakeEInvoiceBe = {
    url: '',
    close: async () => {},
    apiKey,
    requests: [],
    documents: new Map(),
    incoming: new Map(),
    participants: new Map(),
    accountIds: [],
    rejected: new Map(),
    script: [],
    down: false,
    loseNextSendAnswer: false,
    sent: () => [...fake.documents.values()].filter((d) => d.state !== 'DRAFT'),
    receive: (ubl, sender) => {
      const id = `in_${++n}`;
      const doc: FakeDocument = {
        id,
        ubl,
        filename: `${id}.xml`,
        state: 'SENT',
        ...(sender ? { sender } : {}),
      };
      fake.incoming.set(id, doc);
      return doc;
    },
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.requests.push({ method: req.method ?? '', path: url.pathname, at: Date.now() });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const body = await bodyOf(req);
    if (fake.down) return json(503, { detail: 'Service temporarily unavailable' });
    const i = fake.script.findIndex((s) => url.pathname.startsWith(s.path));
    const scripted = i >= 0 ? fake.script.splice(i, 1)[0] : undefined;
    if (scripted)
      return json(
        scripted.status,
        { detail: scripted.detail ?? 'Too many requests' },
        scripted.retryAfter ? { 'retry-after': scripted.retryAfter } : {},
      );
    if (!url.pathname.startsWith('/files/') && req.headers.authorization !== `Bearer ${fake.apiKey}`)
      return json(401, { detail: 'Invalid API key' });

    if (req.method === 'GET' && url.pathname === '/api/lookup') {
      const id = url.searchParams.get('peppol_id') ?? '';
      if (!/^\d{4}:.+$/.test(id))
        return json(422, {
          detail: [{ loc: ['query', 'peppol_id'], msg: 'Invalid Peppol ID', type: 'value_error' }],
        });
      const types = fake.participants.get(id);
      return json(200, {
        status: types ? 'success' : 'error',
        errors: types ? [] : [`No SML record for ${id}`],
        execution_time_ms: 12,
        business_card: { entities: [], query_time_ms: 1, status: types ? 'success' : 'error' },
        certificates: [],
        dns_info: {
          dns_records: [],
          sml_hostname: 'edelivery.tech.ec.europa.eu',
          status: types ? 'success' : 'error',
        },
        query_metadata: {
          identifier_scheme: 'iso6523-actorid-upis',
          identifier_value: id,
          sml_domain: 'edelivery.tech.ec.europa.eu',
          timestamp: new Date().toISOString(),
          version: '1',
        },
        service_metadata: {
          endpoints: types
            ? [
                {
                  document_types: types.map((value) => ({ scheme: 'busdox-docid-qns', value })),
                  status: 'success',
                  url: 'https://ap.example/as4',
                },
              ]
            : [],
          query_time_ms: 3,
          status: types ? 'success' : 'error',
        },
      });
    }
    if (req.method === 'GET' && url.pathname === '/api/me')
      return json(200, {
        credit_balance: 100,
        name: 'Test tenant',
        plan: 'starter',
        peppol_ids: fake.accountIds,
        smp_registration: true,
      });
    if (req.method === 'POST' && url.pathname === '/api/documents/ubl') {
      const form = await new Response(body, {
        headers: { 'content-type': req.headers['content-type'] ?? '' },
      }).formData();
      const file = form.get('file');
      if (!(file instanceof Blob)) return json(422, { detail: 'A UBL file is required' });
      const text = await file.text();
      if (!text.includes('urn:fdc:peppol.eu:2017:poacc:billing:3.0'))
        return json(422, { detail: 'The file is not a Peppol BIS Billing 3.0 document' });
      const id = `doc_${++n}`;
      fake.documents.set(id, {
        id,
        ubl: text,
        filename: (file as File).name ?? 'document.xml',
        state: 'DRAFT',
      });
      return json(200, { id, state: 'DRAFT', document_type: 'INVOICE', direction: 'OUTBOUND' });
    }
    const send = /^\/api\/documents\/([^/]+)\/send$/.exec(url.pathname);
    if (req.method === 'POST' && send) {
      const doc = fake.documents.get(decodeURIComponent(send[1] ?? ''));
      if (!doc) return json(404, { detail: 'Document not found' });
      if (doc.state !== 'DRAFT') return json(409, { detail: 'Document already sent' });
      const receiver = `${url.searchParams.get('receiver_peppol_scheme')}:${url.searchParams.get('receiver_peppol_id')}`;
      const reason = fake.rejected.get(receiver);
      if (reason) return json(422, { detail: reason });
      doc.sender = `${url.searchParams.get('sender_peppol_scheme')}:${url.searchParams.get('sender_peppol_id')}`;
      doc.receiver = receiver;
      doc.state = 'TRANSIT';
      if (fake.loseNextSendAnswer) {
        fake.loseNextSendAnswer = false;
        return req.socket.destroy();
      }
      return json(200, { id: doc.id, state: doc.state });
    }
    const get = /^\/api\/documents\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && get) {
      const doc = fake.documents.get(decodeURIComponent(get[1] ?? ''));
      return doc ? json(200, { id: doc.id, state: doc.state }) : json(404, { detail: 'Document not found' });
    }
    const file = /^\/files\/([^/]+)\.xml$/.exec(url.pathname);
    if (req.method === 'GET' && file) {
      const doc = fake.incoming.get(decodeURIComponent(file[1] ?? ''));
      if (!doc) return json(404, { detail: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(doc.ubl);
    }
    if (req.method === 'GET' && url.pathname === '/api/inbox/') {
      const all = [...fake.incoming.values()].map((d) => ({
        id: d.id,
        state: 'RECEIVED',
        direction: 'INBOUND',
      }));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const size = Math.min(100, Math.max(1, Number(url.searchParams.get('page_size') ?? 20)));
      const items = all.slice((page - 1) * size, page * size);
      return json(200, {
        items,
        page,
        page_size: size,
        total: all.length,
        pages: Math.ceil(all.length / size),
      });
    }
    const ubl = /^\/api\/documents\/([^/]+)\/ubl$/.exec(url.pathname);
    if (req.method === 'GET' && ubl) {
      const doc = fake.incoming.get(decodeURIComponent(ubl[1] ?? ''));
      if (!doc) return json(404, { detail: 'Document not found' });
      return json(200, {
        id: doc.id,
        file_name: doc.filename,
        signed_url: `${fake.url}/files/${doc.id}.xml`,
      });
    }
    return json(404, { detail: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return fake;
}
