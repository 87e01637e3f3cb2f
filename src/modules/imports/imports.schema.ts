import { z } from 'zod';
import { Id, Instant } from '../../shared/schemas.js';
import { DELIMITERS, ENCODINGS } from './csv-file.js';

export const DelimiterName = z.enum(Object.keys(DELIMITERS) as [keyof typeof DELIMITERS]);
export const EncodingName = z.enum(ENCODINGS);

export const ImportStatus = z.enum(['uploaded', 'queued', 'checking', 'saving', 'done', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const UploadQuery = z.strictObject({
  filename: z.string().trim().max(200).optional(),
  /** Overrides the detection. */
  delimiter: DelimiterName.optional(),
  encoding: EncodingName.optional(),
});
export type UploadQuery = z.infer<typeof UploadQuery>;

export const ImportParams = z.strictObject({ companyId: Id, importId: Id });

export const UpdateImportBody = z.strictObject({
  delimiter: DelimiterName.optional(),
  encoding: EncodingName.optional(),
});
export type UpdateImportInput = z.infer<typeof UpdateImportBody>;

/** Field key → column header of the file; null (or absent) leaves the field out. */
export const MappingBody = z
  .record(z.string().max(64), z.string().max(500).nullable())
  .refine((m) => Object.keys(m).length <= 100, 'At most 100 fields');

export const ContactsRunBody = z.strictObject({ mapping: MappingBody });
export const ProductsRunBody = z.strictObject({
  mapping: MappingBody,
  /** What a row whose SKU already exists does: an error (default), or an update of that product. */
  existing: z.enum(['reject', 'update']).default('reject'),
});
export type RunImportInput = { mapping: Record<string, string | null>; existing?: 'reject' | 'update' };

export const RowError = z.object({
  /** As a spreadsheet numbers it: the header is row 1. */
  row: z.number().int(),
  /** The column header in the file; null when the problem is the row itself. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  /** The cell as read (cut at 200 characters). */
  value: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof RowError>;

const Requirements = z.object({ required: z.array(z.string()), oneOf: z.array(z.array(z.string())) });

export const ImportOut = z
  .object({
    id: Id,
    kind: z.enum(['contacts', 'products']),
    status: ImportStatus,
    filename: z.string().nullable(),
    encoding: EncodingName,
    delimiter: DelimiterName,
    headers: z.array(z.string()),
    /** The first rows, cell by cell in header order. */
    preview: z.array(z.array(z.string())),
    rowCount: z.number().int(),
    fields: z.array(z.object({ key: z.string(), required: z.boolean() })),
    requirements: Requirements,
    /** Products: the rules when existing products are updated; null where updates are not offered. */
    updateRequirements: Requirements.nullable(),
    suggestedMapping: z.record(z.string(), z.string().nullable()),
    /** The mapping of the commit, once committed. */
    mapping: z.record(z.string(), z.string().nullable()).nullable(),
    progress: z.object({
      /** `checking` every row, then `saving` them in one transaction. */
      phase: z.enum(['checking', 'saving']).nullable(),
      done: z.number().int(),
      total: z.number().int(),
    }),
    result: z.object({ created: z.number().int(), updated: z.number().int() }).nullable(),
    /** Why a commit stored nothing. */
    failure: z
      .object({
        code: z.string(),
        detail: z.string(),
        errorCount: z.number().int(),
        errors: z.array(RowError),
      })
      .nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    finishedAt: Instant.nullable(),
  })
  .meta({ id: 'Import' });
export type ImportOut = z.infer<typeof ImportOut>;

export const ValidationOut = z
  .object({
    rowCount: z.number().int(),
    validRowCount: z.number().int(),
    /** Rows that would create a record, and rows that would update one (products). */
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
    errorCount: z.number().int(),
    /** The first errors, by row then column. */
    errors: z.array(RowError),
  })
  .meta({ id: 'ImportValidation' });
export type ValidationOut = z.infer<typeof ValidationOut>;
