import { AppError } from '../../../shared/errors.js';
import type { StatementFormatName } from '../banking.schema.js';
import { parseCamt } from './camt.js';
import { parseCoda } from './coda.js';
import { parseBankCsv } from './csv.js';
import { BANK_CSV_PRESETS } from './csv-mapping.js';
import { detectStatementFormat } from './detect.js';
import { parseMt940 } from './mt940.js';
import { parseOfx } from './ofx.js';
import type { StatementParser } from './types.js';

export { BANK_CSV_PRESETS } from './csv-mapping.js';
export { detectStatementFormat } from './detect.js';
export * from './types.js';

/**
 * The parser of a statement file: the format named, or recognised from the file's first bytes. A
 * CSV file is read with the layout of one of the presets.
 */
export function statementParser(
  head: Buffer,
  opts: { format?: StatementFormatName; csvPreset?: string },
): { format: StatementFormatName; parse: StatementParser } {
  const format = opts.format ?? (opts.csvPreset ? 'csv' : detectStatementFormat(head));
  switch (format) {
    case 'camt':
      return { format, parse: parseCamt };
    case 'coda':
      return { format, parse: parseCoda };
    case 'mt940':
      return { format, parse: parseMt940 };
    case 'ofx':
      return { format, parse: parseOfx };
    case 'csv': {
      const preset = BANK_CSV_PRESETS.find((p) => p.id === opts.csvPreset);
      if (!preset)
        throw new AppError('validation_failed', 'Name the layout of the CSV file (csvPreset)', {
          errors: [{ path: 'query/csvPreset', message: 'Name the layout of the CSV file (csvPreset)' }],
        });
      return { format, parse: (source) => parseBankCsv(source, preset.mapping) };
    }
    default:
      throw new AppError(
        'unsupported_media_type',
        'Not a statement file this product reads: camt.052/053/054, CODA, MT940/MT942, OFX, or CSV with its layout named',
      );
  }
}
