import type { DbOrTx } from '../../platform/db/index.js';
import type { MessageLanguage } from '../../shared/messages.js';
import {
  type ExistingProducts,
  PRODUCT_IMPORT_FIELDS,
  productImport,
  productImportRequirements,
} from '../catalog/index.js';
import type { Permission } from '../companies/index.js';
import { CONTACT_IMPORT_FIELDS, CONTACT_IMPORT_REQUIREMENTS, contactImport } from '../contacts/index.js';
import type { ImportField } from './mapping.js';

/** What can be imported. Each kind's rules live in its own module; this table wires them in. */
export const IMPORT_KINDS = ['contacts', 'products'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  /** Products only: what a row whose SKU exists does. */
  existing: ExistingProducts;
}

export interface Requirements {
  /** Fields that must have a column. */
  required: string[];
  /** Groups of fields of which at least one must have a column. */
  oneOf: string[][];
}

export interface ImportIssue {
  /** The field at fault (its column is looked up in the mapping). */
  field: string;
  message: string;
}

/** One import's rows: read one by one, checked across rows and against stored data, then saved. */
export interface ImportReader<Row = unknown> {
  read(values: Record<string, string>, lang: MessageLanguage): { row?: Row; issues: ImportIssue[] };
  crossCheck(
    entries: readonly { number: number; row: Row }[],
    lang: MessageLanguage,
  ): Promise<{ number: number; issue: ImportIssue }[]>;
  plan(rows: readonly Row[]): { created: number; updated: number };
  save(
    trx: DbOrTx,
    rows: readonly Row[],
    saved: (n: number) => Promise<void>,
  ): Promise<{ created: number; updated: number }>;
}

export interface ImportKindDefinition {
  kind: ImportKind;
  /** Needed for every step of the import (the access guard checks it per route). */
  permission: Permission;
  fields: readonly ImportField[];
  requirements(options: ImportOptions): Requirements;
  /** Whether `existing: "update"` is offered. */
  updates: boolean;
  open(
    db: DbOrTx,
    companyId: string,
    now: string,
    options: ImportOptions,
    mapped: ReadonlySet<string>,
    values: readonly Record<string, string>[],
  ): Promise<ImportReader>;
}

export const IMPORT_DEFINITIONS: Record<ImportKind, ImportKindDefinition> = {
  contacts: {
    kind: 'contacts',
    permission: 'contacts.write',
    fields: CONTACT_IMPORT_FIELDS,
    requirements: () => CONTACT_IMPORT_REQUIREMENTS,
    updates: false,
    open: async (db, companyId, now) => contactImport(db, companyId, now),
  },
  products: {
    kind: 'products',
    permission: 'catalog.write',
    fields: PRODUCT_IMPORT_FIELDS,
    requirements: (options) => productImportRequirements(options.existing),
    updates: true,
    open: (db, companyId, now, options, mapped, values) =>
      productImport(db, companyId, now, { existing: options.existing, mapped, values }),
  },
};
