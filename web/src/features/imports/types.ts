export type ImportKind = 'contacts' | 'products';
export type ImportStatus = 'uploaded' | 'queued' | 'checking' | 'saving' | 'done' | 'failed';
export type ImportEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';
export type ImportDelimiter = 'comma' | 'semicolon' | 'tab' | 'pipe';
export type ExistingRecords = 'reject' | 'update';

export const ENCODINGS: readonly ImportEncoding[] = ['utf-8', 'windows-1252', 'utf-16le'];
export const DELIMITERS: readonly ImportDelimiter[] = ['comma', 'semicolon', 'tab', 'pipe'];

/** Field key → column header of the file (null: not imported). */
export type Mapping = Record<string, string | null>;

export interface RowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  column: string | null;
  field: string | null;
  value: string | null;
  message: string;
}

export interface Requirements {
  required: string[];
  oneOf: string[][];
}

export interface ImportRecord {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  filename: string | null;
  encoding: ImportEncoding;
  delimiter: ImportDelimiter;
  headers: string[];
  preview: string[][];
  rowCount: number;
  fields: { key: string; required: boolean }[];
  requirements: Requirements;
  updateRequirements: Requirements | null;
  suggestedMapping: Mapping;
  mapping: Mapping | null;
  progress: { phase: 'checking' | 'saving' | null; done: number; total: number };
  result: { created: number; updated: number } | null;
  failure: { code: string; detail: string; errorCount: number; errors: RowError[] } | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ValidationResult {
  rowCount: number;
  validRowCount: number;
  toCreate: number;
  toUpdate: number;
  errorCount: number;
  errors: RowError[];
}
