import { z } from 'zod';
import { AddressOut } from '../../shared/address.js';
import { VatNumber } from '../../shared/identifiers.js';

export const VatLookupQuery = z.strictObject({ vatNumber: VatNumber });

export const VatLookupOut = z.object({
  /** Normalised: `BE0403170701`. */
  vatNumber: z.string(),
  /** Whether the member state knows the number (VIES). */
  valid: z.boolean(),
  name: z.string().nullable().describe('Null when the member state does not disclose it'),
  address: AddressOut.nullable().describe('Split into street, postcode and city where the text allows'),
  addressText: z.string().nullable().describe('The address as the register gives it, lines separated by \\n'),
  enterpriseNumber: z.string().nullable().describe('Belgium: the KBO/BCE number inside the VAT number'),
  peppolId: z.string().nullable().describe('Belgium: 0208:{enterprise number}'),
});
export type VatLookupOut = z.infer<typeof VatLookupOut>;
