import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that answers like the EU VIES REST API (`GET /ms/{cc}/vat/{number}`), with
 * the shapes the service publishes: a valid number with name and address, an invalid one (`---`),
 * a member state that is down (`userError: MS_UNAVAILABLE`), a busy one (`errorWrappers` with a 500),
 * a slow one, and garbage.
 */
export type FakeViesAnswer =
  | { kind: 'valid'; name: string; address: string }
  /** As `POST /check-vat-number` answers: `valid` instead of `isValid`, no `userError`. */
  | { kind: 'valid-check-shape'; name: string; address: string }
  | { kind: 'invalid' }
  | { kind: 'user-error'; code: string }
  | { kind: 'error-wrappers'; code: string; status: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'garbage' }
  /** A JSON answer far larger than any VIES answer. */
  | { kind: 'huge' };

export const FAKE_VIES_ANSWERS: Record<string, FakeViesAnswer> = {
  BE0403170701: {
    kind: 'valid',
    name: 'SRL ATELIER LUMIERE',
    address: 'Rue de la Loi  16\n1000   Bruxelles',
  },
  NL123456782B90: { kind: 'valid', name: '---', address: '---' },
  PT516123459: {
    kind: 'valid-check-shape',
    name: 'HAZEL TREE LDA',
    address: 'RUA DA ROSA 57\n1200-384 LISBOA',
  },
  BE0417497106: { kind: 'invalid' },
  DE136695976: { kind: 'user-error', code: 'MS_UNAVAILABLE' },
  FR40303265045: { kind: 'error-wrappers', code: 'MS_MAX_CONCURRENT_REQ', status: 500 },
  BE0403199702: { kind: 'error-wrappers', code: 'INVALID_INPUT', status: 400 },
  LU26375245: { kind: 'slow', ms: 3_000 },
  NL004495445B01: { kind: 'garbage' },
  ATU13585627: { kind: 'huge' },
};

export interface FakeVies {
  url: string;
  /** Paths asked, in order. */
  requests: string[];
  answers: Record<string, FakeViesAnswer>;
  close(): Promise<void>;
}

export async function startFakeVies(
  answers: Record<string, FakeViesAnswer> = FAKE_VIES_ANSWERS,
): Promise<FakeVies> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const m = /^\/ms\/([A-Z]{2})\/vat\/([0-9A-Z]+)$/.exec(req.url ?? '');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!m) return json(404, { actionSucceed: false, errorWrappers: [{ error: 'NOT_FOUND' }] });
    const [, cc, number] = m;
    const answer = answers[`${cc}${number}`] ?? { kind: 'invalid' };
    const common = {
      requestDate: new Date().toISOString(),
      requestIdentifier: '',
      originalVatNumber: number,
      vatNumber: number,
      viesApproximate: { name: '---', street: '---', postalCode: '---', city: '---', companyType: '---' },
    };
    switch (answer.kind) {
      case 'valid':
        return json(200, {
          isValid: true,
          userError: 'VALID',
          name: answer.name,
          address: answer.address,
          ...common,
        });
      case 'valid-check-shape':
        return json(200, {
          countryCode: cc,
          vatNumber: number,
          requestDate: common.requestDate,
          valid: true,
          requestIdentifier: '',
          name: answer.name,
          address: answer.address,
        });
      case 'invalid':
        return json(200, { isValid: false, userError: 'INVALID', name: '---', address: '---', ...common });
      case 'user-error':
        return json(200, { isValid: false, userError: answer.code, name: '---', address: '---', ...common });
      case 'error-wrappers':
        return json(answer.status, {
          actionSucceed: false,
          errorWrappers: [{ error: answer.code, message: `${answer.code} error` }],
        });
      case 'slow': {
        const timer = setTimeout(
          () => json(200, { isValid: true, userError: 'VALID', name: 'LATE', address: 'LATE', ...common }),
          answer.ms,
        );
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'huge':
        return json(200, {
          isValid: true,
          userError: 'VALID',
          name: 'X'.repeat(200_000),
          address: '---',
          ...common,
        });
      case 'garbage':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>Service Unavailable</body></html>');
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
