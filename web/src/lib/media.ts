import { useMediaQuery } from '@mantine/hooks';

/** Phones: below Mantine's `sm` breakpoint (48em, 768 px). Lists become cards, filters a drawer. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/** Read at once (not after a first render), so a phone never paints the desktop layout first. */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
}
