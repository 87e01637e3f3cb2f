import type { Translations } from '../messages.js';

/** Messages of the ofx statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_OFX_MESSAGES: Record<string, Translations> = {};
