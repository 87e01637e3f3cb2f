/**
 * A register that tells whether a VAT number exists and, where the member state discloses them,
 * the trader's name and address. VIES (vies.ts) is the one implementation; the interface keeps the
 * service free of HTTP details and lets another register (a national one) stand in.
 */
export interface VatLookupProvider {
  /** `countryCode` as the register writes it (VIES: `EL` for Greece), `number` without it. */
  lookup(countryCode: string, number: string): Promise<VatLookupAnswer>;
}

export interface VatLookupAnswer {
  valid: boolean;
  /** Null when the register does not disclose it. */
  name: string | null;
  /** As one text, lines separated by `\n`; null when not disclosed. */
  address: string | null;
}

/**
 * Why a lookup could not be made: the register is down or unreachable, busy (too many requests),
 * too slow, or refuses the number as malformed. None of them says anything about the number itself.
 */
export type VatLookupFailureReason = 'unavailable' | 'busy' | 'timeout' | 'invalid_input';

export class VatLookupFailure extends Error {
  constructor(
    readonly reason: VatLookupFailureReason,
    /** What the register said (its error code), or what went wrong on the way: for the log. */
    readonly detail: string,
  ) {
    super(`VAT lookup failed (${reason}): ${detail}`);
    this.name = 'VatLookupFailure';
  }
}
