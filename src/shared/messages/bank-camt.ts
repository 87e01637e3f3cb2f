import type { Translations } from '../messages.js';

/** Messages of the camt statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CAMT_MESSAGES: Record<string, Translations> = {};
