import type { Translations } from '../messages.js';

/** Messages of the coda statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CODA_MESSAGES: Record<string, Translations> = {};
