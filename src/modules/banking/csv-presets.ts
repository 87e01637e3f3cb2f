import { z } from 'zod';
import { BANK_CSV_PRESETS } from './formats/index.js';

export const BankCsvPresetListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Checked against a real export of that bank; the others follow its documented layout. */
      verified: z.boolean(),
    }),
  ),
});

/** The CSV layouts a statement import can name (`csvPreset`). */
export function listCsvPresets(): z.infer<typeof BankCsvPresetListOut> {
  return { items: BANK_CSV_PRESETS.map((p) => ({ id: p.id, name: p.name, verified: p.verified })) };
}
