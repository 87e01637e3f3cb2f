import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { default as Saxon, Sef } from 'saxon-js';
import { AppError } from '../../shared/errors.js';

/** The e-invoice syntaxes the validator knows, told apart by the root element's namespace. */
export type EInvoiceSyntax = 'ubl-invoice' | 'ubl-credit-note' | 'cii';

/** Schematron layers: the EN 16931 core rules, and the Peppol BIS Billing 3.0 rules (UBL only). */
export type SchematronLayer = 'en16931' | 'peppol';

/*
 * Where each artefact lives inside the rules folder (the layout of ../shared/conformance/einvoice,
 * which an operator can replace with a newer release through EINVOICE_RULES_DIR).
 * Not here yet: UBL.BE and Factur-X ship XSLT only; they need a SEF compiled once per rules release
 * (TODO: a `facturex einvoice compile-rules` command running xslt3 -export -relocate:on).
 */
const XSD: Record<EInvoiceSyntax, string> = {
  'ubl-invoice': 'ubl-xsd/maindoc/UBL-Invoice-2.1.xsd',
  'ubl-credit-note': 'ubl-xsd/maindoc/UBL-CreditNote-2.1.xsd',
  cii: 'en16931-cii/schema-D16B/data/standard/CrossIndustryInvoice_100pD16B.xsd',
};
const SEF = {
  'en16931-ubl': 'en16931-ubl/EN16931-UBL-validation.sef.json',
  'en16931-cii': 'en16931-cii/EN16931-CII-validation.sef.json',
  'peppol-ubl': 'peppol-bis3/PEPPOL-EN16931-UBL.sef.json',
} as const;
type SefName = keyof typeof SEF;

export const sefFor = (layer: SchematronLayer, syntax: EInvoiceSyntax): SefName | null =>
  layer === 'peppol'
    ? syntax === 'cii'
      ? null
      : 'peppol-ubl'
    : syntax === 'cii'
      ? 'en16931-cii'
      : 'en16931-ubl';

type Libxml = typeof import('libxml2-wasm');
type XsdValidator = InstanceType<Libxml['XsdValidator']>;
type XmlDocument = InstanceType<Libxml['XmlDocument']>;

/** The compiled rules of one folder; each artefact compiled on first use, then kept for the process. */
export interface EInvoiceRules {
  dir: string;
  libxml: Libxml;
  saxon: typeof Saxon;
  xsd(syntax: EInvoiceSyntax): XsdValidator;
  sef(name: SefName): Sef;
}

const loaded = new Map<string, Promise<EInvoiceRules>>();
/** Folders the XSD loader may read from: schema imports resolve there and nowhere else. */
const allowedRoots = new Set<string>();
let libxmlPromise: Promise<Libxml> | null = null;

/**
 * Parser options for everything libxml2 reads: no network, no external entity, and no entity
 * substitution (XML_PARSE_NOENT left out); line numbers past 65,535 kept for error messages.
 */
export const safeParseOptions = (libxml: Libxml): number =>
  libxml.ParseOption.XML_PARSE_NONET |
  libxml.ParseOption.XML_PARSE_NO_XXE |
  libxml.ParseOption.XML_PARSE_BIG_LINES;

function pathOf(name: string): string | null {
  try {
    const url = new URL(name);
    return url.protocol === 'file:' ? fileURLToPath(url) : null;
  } catch {
    return resolve(name);
  }
}

function allowedFile(name: string): string | null {
  const path = pathOf(name);
  if (!path?.endsWith('.xsd') || !existsSync(path)) return null;
  const real = realpathSync(path);
  for (const root of allowedRoots) if (real.startsWith(root + sep)) return real;
  return null;
}

/**
 * libxml2-wasm loaded once, with the one input provider it will use: XSD files inside a rules folder.
 * Any other URL (http, a file elsewhere) is not matched and fails to load inside the wasm sandbox,
 * which has no network and no host file system of its own.
 */
function libxml(): Promise<Libxml> {
  libxmlPromise ??= import('libxml2-wasm').then((lib) => {
    const open = new Map<number, number>();
    let next = 1;
    lib.xmlRegisterInputProvider({
      match: (name) => allowedFile(name) !== null,
      open(name) {
        const path = allowedFile(name);
        if (!path) return undefined;
        const handle = next++;
        open.set(handle, openSync(path, 'r'));
        return handle;
      },
      read(handle, buf) {
        const fd = open.get(handle);
        return fd === undefined ? -1 : readSync(fd, buf, 0, buf.byteLength, null);
      },
      close(handle) {
        const fd = open.get(handle);
        if (fd !== undefined) closeSync(fd);
        return open.delete(handle);
      },
    });
    return lib;
  });
  return libxmlPromise;
}

function missing(dir: string, file: string): AppError {
  return new AppError('internal', 'The e-invoice rules file {file} is missing from the rules folder {dir}', {
    params: { file, dir },
  });
}

async function load(dir: string): Promise<EInvoiceRules> {
  if (!existsSync(dir))
    throw new AppError('internal', 'The e-invoice rules folder {dir} does not exist (EINVOICE_RULES_DIR)', {
      params: { dir },
    });
  const root = realpathSync(dir);
  allowedRoots.add(root);
  const lib = await libxml();
  const saxon = (await import('saxon-js')).default;
  const xsds = new Map<EInvoiceSyntax, { doc: XmlDocument; validator: XsdValidator }>();
  const sefs = new Map<SefName, Sef>();
  return {
    dir: root,
    libxml: lib,
    saxon,
    xsd(syntax) {
      const cached = xsds.get(syntax);
      if (cached) return cached.validator;
      const file = join(root, XSD[syntax]);
      if (!existsSync(file)) throw missing(root, XSD[syntax]);
      // The schema document stays alive with its validator (libxml2 may point into it).
      const doc = lib.XmlDocument.fromString(readFileSync(file, 'utf8'), {
        url: pathToFileURL(file).href,
        option: safeParseOptions(lib),
      });
      const validator = lib.XsdValidator.fromDoc(doc);
      xsds.set(syntax, { doc, validator });
      return validator;
    },
    sef(name) {
      const cached = sefs.get(name);
      if (cached) return cached;
      const file = join(root, SEF[name]);
      if (!existsSync(file)) throw missing(root, SEF[name]);
      const sef = JSON.parse(readFileSync(file, 'utf8')) as Sef;
      sefs.set(name, sef);
      return sef;
    },
  };
}

/** The rules of `dir`, loaded once per process and folder. */
export function einvoiceRules(dir: string | null): Promise<EInvoiceRules> {
  if (!dir)
    return Promise.reject(
      new AppError(
        'internal',
        'E-invoice validation is not configured: set EINVOICE_RULES_DIR to the folder of the official rules',
      ),
    );
  const key = resolve(dir);
  let rules = loaded.get(key);
  if (!rules) {
    rules = load(key);
    loaded.set(key, rules);
    // A folder that was missing may appear later (the operator fixes the setting): do not cache the failure.
    rules.catch(() => loaded.delete(key));
  }
  return rules;
}

/** Compiles every artefact now (start-up or a benchmark's warm-up) instead of on first use. */
export async function preloadEInvoiceRules(dir: string | null): Promise<void> {
  const rules = await einvoiceRules(dir);
  for (const syntax of Object.keys(XSD) as EInvoiceSyntax[]) rules.xsd(syntax);
  for (const name of Object.keys(SEF) as SefName[]) rules.sef(name);
}
