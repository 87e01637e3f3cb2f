import { z } from 'zod';
import { CountryCode } from './identifiers.js';
import { Text } from './schemas.js';

/** `nullable().optional()`: absent leaves a field as it is, null clears it. */
export const optionalNullable = <T extends z.ZodType>(s: T) => s.nullable().optional();

/** A postal address as every resource takes it (company, contact billing and delivery). */
export const AddressIn = z.strictObject({
  line1: optionalNullable(Text(200)),
  line2: optionalNullable(Text(200)),
  postalCode: optionalNullable(Text(20)),
  city: optionalNullable(Text(100)),
  country: optionalNullable(CountryCode),
});

export const AddressOut = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
});
