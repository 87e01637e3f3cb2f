import type { AppContext } from '../../platform/context.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { belgianEnterpriseNumberOfVat } from '../../shared/identifiers.js';
import { VatLookupFailure, type VatLookupProvider } from './provider.js';
import type { VatLookupOut } from './vat-lookup.schema.js';
import { viesProvider } from './vies.js';
import { parseViesAddress } from './vies-address.js';

/** VIES knows the EU member states' numbers (Greece as EL) and Northern Ireland's (XI). */
const VIES_PREFIXES = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI'.split(' '),
);
/** The country of the address, where the VAT prefix is not the ISO code. */
const ADDRESS_COUNTRY: Record<string, string> = { EL: 'GR', XI: 'GB' };

const providerOf = (ctx: AppContext): VatLookupProvider | null =>
  ctx.config.viesUrl
    ? viesProvider({ baseUrl: ctx.config.viesUrl, timeoutMs: ctx.config.viesTimeoutMs })
    : null;

const FAILURES = {
  unavailable: () =>
    new AppError(
      'vat_lookup_unavailable',
      'The EU VAT register (VIES) is not available right now: try again later or fill in the details yourself',
      { retryable: true, meta: { reason: 'unavailable' } },
    ),
  busy: () =>
    new AppError(
      'vat_lookup_unavailable',
      'The EU VAT register (VIES) is busy: try again in a moment or fill in the details yourself',
      { retryable: true, meta: { reason: 'busy' } },
    ),
  timeout: () =>
    new AppError(
      'vat_lookup_timeout',
      'The EU VAT register (VIES) did not answer in time: try again later or fill in the details yourself',
      { retryable: true, meta: { reason: 'timeout' } },
    ),
  invalid_input: () =>
    fieldError('query/vatNumber', 'The EU VAT register (VIES) does not accept this VAT number'),
} as const;

/**
 * Looks a VAT number up in VIES: whether it exists and, where the member state discloses them, the
 * trader's name and address; for Belgium also the enterprise number and the Peppol identifier that
 * follow from it. `vatNumber` is normalised and checked (format and check digits) already.
 */
export async function lookupVatNumber(ctx: AppContext, vatNumber: string): Promise<VatLookupOut> {
  const prefix = vatNumber.slice(0, 2);
  if (!VIES_PREFIXES.has(prefix)) {
    throw fieldError('query/vatNumber', 'Only VAT numbers of EU member states can be looked up in VIES');
  }
  const provider = providerOf(ctx);
  if (!provider) {
    throw new AppError(
      'vat_lookup_unavailable',
      'Looking up VAT numbers is turned off on this installation',
      {
        meta: { reason: 'off' },
      },
    );
  }
  let answer: Awaited<ReturnType<VatLookupProvider['lookup']>>;
  try {
    answer = await provider.lookup(prefix, vatNumber.slice(2));
  } catch (e) {
    if (!(e instanceof VatLookupFailure)) throw e;
    ctx.log.info({ reason: e.reason, detail: e.detail }, 'VAT lookup failed');
    throw FAILURES[e.reason]();
  }
  const enterpriseNumber = answer.valid ? belgianEnterpriseNumberOfVat(vatNumber) : null;
  const address = parseViesAddress(answer.address);
  return {
    vatNumber,
    valid: answer.valid,
    name: answer.name,
    address: address ? { ...address, country: ADDRESS_COUNTRY[prefix] ?? prefix } : null,
    addressText: answer.address,
    enterpriseNumber,
    peppolId: enterpriseNumber ? `0208:${enterpriseNumber}` : null,
  };
}
