import type { Translations } from '../messages.js';

/** Messages of the csv statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CSV_MESSAGES: Record<string, Translations> = {};
