import type { Translations } from '../messages.js';

/** Messages of the mt940 statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_MT940_MESSAGES: Record<string, Translations> = {};
