import i18next from 'i18next';
import { useCallback, useRef, useState } from 'react';
import { isAbortError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { ApiResponse } from '../../lib/api/types';
import { errorMessage } from '../../lib/errors';
import { belgianEnterpriseNumberOfVat } from '../companies/enterprise-number';

/** `GET …/vat-lookup?vatNumber=`: what the EU VIES register says about a VAT number. */
export type VatLookupResult = ApiResponse<'/api/v1/vat-lookup'>;

export type VatLookupState =
  | { status: 'idle' }
  | { status: 'loading'; vatNumber: string }
  | { status: 'done'; result: VatLookupResult }
  | { status: 'failed'; vatNumber: string; message: string }
  | { status: 'applied'; result: VatLookupResult };

const VIES_PREFIX =
  /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{8,12}$/;

/** Spaces, dots and dashes out, upper case: `be 0403.170.701` → `BE0403170701`. */
export const compactVat = (value: string) => value.replace(/[\s.-]/g, '').toUpperCase();

/**
 * Whether a typed VAT number is worth asking VIES about: an EU prefix and enough characters (for
 * Belgium, the check digits right). The server checks it fully.
 */
export function looksLikeEuVat(value: string): boolean {
  const vat = compactVat(value);
  if (!VIES_PREFIX.test(vat)) return false;
  return !vat.startsWith('BE') || belgianEnterpriseNumberOfVat(vat) !== null;
}

/**
 * One lookup at a time; a newer one cancels the older. Errors become a message to show, or go to the
 * VAT number field when the server says the number is wrong. Asks `…/companies/{companyId}/vat-lookup`,
 * or `/vat-lookup` while creating a company (no id yet).
 */
export function useVatLookup(
  companyId: string | null,
  opts: { initialVatNumber?: string; onFieldError: (message: string) => void },
) {
  const [state, setState] = useState<VatLookupState>({ status: 'idle' });
  // The installation turned lookups off (VIES_URL=off): no offer, no message.
  const [off, setOff] = useState(false);
  const controller = useRef<AbortController | null>(null);
  // The number last asked about: leaving the field again does not ask again.
  const asked = useRef(compactVat(opts.initialVatNumber ?? ''));
  const onFieldError = useRef(opts.onFieldError);
  onFieldError.current = opts.onFieldError;

  const lookup = useCallback(
    async (value: string) => {
      const vatNumber = compactVat(value);
      asked.current = vatNumber;
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'loading', vatNumber });
      try {
        const result = companyId
          ? await callApi('get', '/api/v1/companies/{companyId}/vat-lookup', {
              path: { companyId },
              query: { vatNumber },
              signal: current.signal,
            })
          : await callApi('get', '/api/v1/vat-lookup', { query: { vatNumber }, signal: current.signal });
        setState({ status: 'done', result });
      } catch (error) {
        if (isAbortError(error) || current.signal.aborted) return;
        const err = toApiError(error);
        if (err.problem.reason === 'off') {
          setOff(true);
          setState({ status: 'idle' });
          return;
        }
        const field = err.errors.find((e) => /vatNumber$/.test(e.path));
        if (field) {
          onFieldError.current(field.message);
          setState({ status: 'idle' });
        } else {
          // VIES down, busy or slow: the server's words (in the user's language); else the app's own
          // (offline, too many lookups).
          const fromVies = err.code === 'vat_lookup_unavailable' || err.code === 'vat_lookup_timeout';
          const message = fromVies && err.detail ? err.detail : errorMessage(i18next.t, err);
          setState({ status: 'failed', vatNumber, message });
        }
      }
    },
    [companyId],
  );

  /** Typing (then leaving) an EU VAT number asks VIES, once per number. */
  const lookupOnBlur = useCallback(
    (value: string) => {
      if (!off && looksLikeEuVat(value) && compactVat(value) !== asked.current) void lookup(value);
    },
    [off, lookup],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, setState, lookup, lookupOnBlur, reset, off };
}

export type VatLookup = ReturnType<typeof useVatLookup>;
