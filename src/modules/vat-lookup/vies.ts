import { z } from 'zod';
import { VatLookupFailure, type VatLookupFailureReason, type VatLookupProvider } from './provider.js';

/**
 * The EU's VIES REST API: `GET {base}/ms/{countryCode}/vat/{number}` answers
 * `{"isValid": true, "userError": "VALID", "name": "…", "address": "…\n…", "requestDate": "…", …}`.
 * The same service's `POST {base}/check-vat-number` answers `valid` instead of `isValid`: both are
 * read. A check that could not be made shows as a `userError` other than VALID / INVALID
 * (`MS_UNAVAILABLE`, `MS_MAX_CONCURRENT_REQ`, `TIMEOUT`…), or as
 * `{"actionSucceed": false, "errorWrappers": [{"error": "…", "message": "…"}]}`, with a 200 or an
 * error status. Member states that do not disclose a trader's details answer `---`.
 */
export const VIES_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api';

/** A VIES answer is a few hundred bytes: anything much larger is not one. */
const MAX_ANSWER_BYTES = 64 * 1024;

const ViesAnswer = z.object({
  isValid: z.boolean().optional(),
  valid: z.boolean().optional(),
  userError: z.string().optional(),
  name: z.string().nullish(),
  address: z.string().nullish(),
  actionSucceed: z.boolean().optional(),
  errorWrappers: z
    .array(z.object({ error: z.string().optional(), message: z.string().optional() }))
    .optional(),
});

function reasonOf(code: string): VatLookupFailureReason {
  if (code === 'INVALID_INPUT') return 'invalid_input';
  if (code === 'TIMEOUT') return 'timeout';
  if (/MAX_CONCURRENT_REQ/.test(code)) return 'busy';
  // MS_UNAVAILABLE, SERVICE_UNAVAILABLE, IP_BLOCKED, VAT_BLOCKED, INVALID_REQUESTER_INFO, and codes to come.
  return 'unavailable';
}

/** `---` (not disclosed), blanks and padding become null; lines keep their breaks. */
function disclosed(value: string | null | undefined): string | null {
  if (!value) return null;
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = lines.join('\n');
  return text === '' || /^-+$/.test(text) ? null : text;
}

async function readCapped(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new VatLookupFailure('unavailable', `answer larger than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const isTimeout = (e: unknown) =>
  e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

export function viesProvider(opts: { baseUrl: string; timeoutMs: number }): VatLookupProvider {
  const base = opts.baseUrl.replace(/\/+$/, '');
  return {
    async lookup(countryCode, number) {
      const url = `${base}/ms/${encodeURIComponent(countryCode)}/vat/${encodeURIComponent(number)}`;
      // One deadline for connecting and reading the whole answer.
      const signal = AbortSignal.timeout(opts.timeoutMs);
      let text: string;
      let status: number;
      try {
        const res = await fetch(url, { signal, headers: { accept: 'application/json' }, redirect: 'error' });
        status = res.status;
        text = await readCapped(res);
      } catch (e) {
        if (e instanceof VatLookupFailure) throw e;
        if (isTimeout(e) || signal.aborted)
          throw new VatLookupFailure('timeout', `no answer in ${opts.timeoutMs} ms`);
        throw new VatLookupFailure('unavailable', e instanceof Error ? e.message : String(e));
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new VatLookupFailure('unavailable', `HTTP ${status}, not JSON: ${text.slice(0, 100)}`);
      }
      const parsed = ViesAnswer.safeParse(json);
      if (!parsed.success) throw new VatLookupFailure('unavailable', `HTTP ${status}, unexpected answer`);
      const a = parsed.data;
      const wrapped = a.errorWrappers?.find((w) => w.error)?.error;
      if (wrapped || a.actionSucceed === false)
        throw new VatLookupFailure(reasonOf(wrapped ?? ''), wrapped ?? 'actionSucceed: false');
      if (a.userError && a.userError !== 'VALID' && a.userError !== 'INVALID')
        throw new VatLookupFailure(reasonOf(a.userError), a.userError);
      const valid = a.isValid ?? a.valid;
      if (status < 200 || status >= 300 || valid === undefined)
        throw new VatLookupFailure('unavailable', `HTTP ${status}, no validity in the answer`);
      return valid
        ? { valid, name: disclosed(a.name), address: disclosed(a.address) }
        : { valid, name: null, address: null };
    },
  };
}
