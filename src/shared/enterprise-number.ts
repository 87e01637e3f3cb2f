import { AppError, fieldError } from './errors.js';
import { belgianEnterpriseNumberOfVat, normalizeEnterpriseNumber } from './identifiers.js';

/** Who a company or contact is, as stored. */
export interface Identity {
  country: string | null;
  vat_number: string | null;
  enterprise_number: string | null;
}

/**
 * A Belgian VAT number is "BE" followed by the enterprise number (KBO/BCE): the enterprise number
 * is derived from it, and one typed beside it must be that number. Elsewhere a given enterprise
 * number is normalised where its rule is known (Belgium's mod 97, France's SIREN). `entered`: the
 * request set the enterprise number (else a stored one is kept, or follows a new Belgian VAT number).
 * Companies and contacts follow the same rule.
 */
export function enterpriseNumberRule(next: Identity, entered: boolean): string | null {
  const fromVat = next.country === 'BE' ? belgianEnterpriseNumberOfVat(next.vat_number) : null;
  if (!next.enterprise_number) return fromVat;
  // A stored number the request did not touch follows a new Belgian VAT number, else stays as it is.
  if (!entered) return fromVat ?? next.enterprise_number;
  const normalized = normalizeEnterpriseNumber(next.country, next.enterprise_number);
  if (!normalized) {
    throw fieldError(
      'enterpriseNumber',
      next.country === 'BE'
        ? 'Invalid Belgian enterprise number (10 digits, mod-97 check)'
        : next.country === 'FR'
          ? 'Invalid SIREN (9 digits, Luhn check)'
          : 'Invalid enterprise number',
    );
  }
  if (fromVat && normalized !== fromVat) {
    throw new AppError(
      'validation_failed',
      'The enterprise number must be the VAT number without BE: {number}',
      {
        params: { number: fromVat },
        errors: [
          {
            path: 'enterpriseNumber',
            message: 'The enterprise number must be the VAT number without BE: {number}',
          },
        ],
      },
    );
  }
  return normalized;
}
