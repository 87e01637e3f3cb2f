import type { ApiRequestBody, Schemas } from '../../lib/api/types';

export type ImportRecord = Schemas['Import'];
export type ValidationResult = Schemas['ImportValidation'];

export type ImportKind = ImportRecord['kind'];
export type ImportStatus = ImportRecord['status'];
export type ImportEncoding = ImportRecord['encoding'];
export type ImportDelimiter = ImportRecord['delimiter'];
/** What a products import does with rows whose SKU exists already. */
export type ExistingRecords = NonNullable<
  ApiRequestBody<'/api/v1/companies/{companyId}/products/imports/{importId}/commit', 'post'>['existing']
>;

export const ENCODINGS: readonly ImportEncoding[] = ['utf-8', 'windows-1252', 'utf-16le'];
export const DELIMITERS: readonly ImportDelimiter[] = ['comma', 'semicolon', 'tab', 'pipe'];

/** Field key → column header of the file (null: not imported). */
export type Mapping = ImportRecord['suggestedMapping'];
/** `row` as a spreadsheet numbers it: the header is row 1. */
export type RowError = ValidationResult['errors'][number];
export type Requirements = ImportRecord['requirements'];
