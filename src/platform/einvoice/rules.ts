import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { default as Saxon, Sef } from 'saxon-js';
import { AppError } from '../../shared/errors.js';
import { cachedSefPath, compiledSef } from './compile.js';

/** The e-invoice syntaxes the validator knows, told apart by the root element's namespace. */
export type EInvoiceSyntax = 'ubl-invoice' | 'ubl-credit-note' | 'cii';

/**
 * Schematron layers: the EN 16931 core rules; the Peppol BIS Billing 3.0 rules and the Belgian UBL.BE
 * CIUS (UBL only); the Factur-X 1.0.09 EN16931 profile (CII only: its XSD, then its Schematron).
 */
export type SchematronLayer = 'en16931' | 'peppol' | 'ublbe' | 'facturx';
export const SCHEMATRON_LAYERS: readonly SchematronLayer[] = ['en16931', 'peppol', 'ublbe', 'facturx'];

/*
 * Where each artefact lives inside the rules folder (the layout of ../shared/conformance/einvoice,
 * which an operator can replace with a newer release through EINVOICE_RULES_DIR).
 */
const XSD = {
  'ubl-invoice': 'ubl-xsd/maindoc/UBL-Invoice-2.1.xsd',
  'ubl-credit-note': 'ubl-xsd/maindoc/UBL-CreditNote-2.1.xsd',
  cii: 'en16931-cii/schema-D16B/data/standard/CrossIndustryInvoice_100pD16B.xsd',
  'facturx-en16931': 'facturx/en16931/Factur-X_EN16931.xsd',
} as const satisfies Record<EInvoiceSyntax | string, string>;
export type XsdName = keyof typeof XSD;

/**
 * The Schematron of each layer: shipped compiled to SEF, or shipped as XSLT only and compiled once into
 * the cache folder (compile.ts). The Factur-X XSL reads its code lists with document() relative to
 * itself, so every stylesheet runs with the XSLT's own location as its base URI.
 */
const SCHEMATRON = {
  'en16931-ubl': { sef: 'en16931-ubl/EN16931-UBL-validation.sef.json' },
  'en16931-cii': { sef: 'en16931-cii/EN16931-CII-validation.sef.json' },
  'peppol-ubl': { sef: 'peppol-bis3/PEPPOL-EN16931-UBL.sef.json' },
  ublbe: { xslt: 'ublbe/GLOBALUBL.BE.xslt' },
  'facturx-en16931': { xslt: 'facturx/en16931/Factur-X_1.09_EN16931.xsl' },
} as const satisfies Record<string, { sef: string } | { xslt: string }>;
export type SchematronName = keyof typeof SCHEMATRON;

/** What a layer runs on a document of a syntax: an extra XSD (Factur-X), then a Schematron; null if it does not apply. */
export interface LayerRules {
  xsd: XsdName | null;
  schematron: SchematronName;
}

export function layerRules(layer: SchematronLayer, syntax: EInvoiceSyntax): LayerRules | null {
  const cii = syntax === 'cii';
  switch (layer) {
    case 'en16931':
      return { xsd: null, schematron: cii ? 'en16931-cii' : 'en16931-ubl' };
    case 'peppol':
      return cii ? null : { xsd: null, schematron: 'peppol-ubl' };
    case 'ublbe':
      return cii ? null : { xsd: null, schematron: 'ublbe' };
    case 'facturx':
      return cii ? { xsd: 'facturx-en16931', schematron: 'facturx-en16931' } : null;
  }
}

/** A stylesheet ready for SaxonJS: the parsed SEF and the base URI its document() calls resolve against. */
export interface Stylesheet {
  sef: Sef;
  baseUri: string;
}

type Libxml = typeof import('libxml2-wasm');
type XsdValidator = InstanceType<Libxml['XsdValidator']>;
type XmlDocument = InstanceType<Libxml['XmlDocument']>;

/**
 * The compiled rules of one folder, for one thread: each artefact loaded on first use, then kept.
 * Stylesheets shipped as XSLT only must have been compiled into `cacheDir` first (compileRules).
 */
export interface EInvoiceRules {
  dir: string;
  cacheDir: string | null;
  libxml: Libxml;
  saxon: typeof Saxon;
  xsd(name: XsdName): XsdValidator;
  stylesheet(name: SchematronName): Stylesheet;
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

function checkedDir(dir: string | null): string {
  if (!dir)
    throw new AppError(
      'internal',
      'E-invoice validation is not configured: set EINVOICE_RULES_DIR to the folder of the official rules',
    );
  if (!existsSync(dir))
    throw new AppError('internal', 'The e-invoice rules folder {dir} does not exist (EINVOICE_RULES_DIR)', {
      params: { dir },
    });
  return realpathSync(dir);
}

/** The XSLT of an XSLT-only stylesheet, or null for one shipped as SEF. */
function xsltOf(root: string, name: SchematronName): string | null {
  const entry: { sef: string } | { xslt: string } = SCHEMATRON[name];
  if (!('xslt' in entry)) return null;
  const file = join(root, entry.xslt);
  if (!existsSync(file)) throw missing(root, entry.xslt);
  return file;
}

const cacheNotSet = () =>
  new AppError('internal', 'The e-invoice rules cache folder is not set (EINVOICE_CACHE_DIR)');

async function load(dir: string, cacheDir: string | null): Promise<EInvoiceRules> {
  const root = checkedDir(dir);
  allowedRoots.add(root);
  const lib = await libxml();
  const saxon = (await import('saxon-js')).default;
  const xsds = new Map<XsdName, { doc: XmlDocument; validator: XsdValidator }>();
  const stylesheets = new Map<SchematronName, Stylesheet>();
  return {
    dir: root,
    cacheDir,
    libxml: lib,
    saxon,
    xsd(name) {
      const cached = xsds.get(name);
      if (cached) return cached.validator;
      const file = join(root, XSD[name]);
      if (!existsSync(file)) throw missing(root, XSD[name]);
      // The schema document stays alive with its validator (libxml2 may point into it).
      const doc = lib.XmlDocument.fromString(readFileSync(file, 'utf8'), {
        url: pathToFileURL(file).href,
        option: safeParseOptions(lib),
      });
      const validator = lib.XsdValidator.fromDoc(doc);
      xsds.set(name, { doc, validator });
      return validator;
    },
    stylesheet(name) {
      const cached = stylesheets.get(name);
      if (cached) return cached;
      const entry: { sef: string } | { xslt: string } = SCHEMATRON[name];
      let file: string;
      let baseUri: string;
      const xslt = xsltOf(root, name);
      if (xslt) {
        if (!cacheDir) throw cacheNotSet();
        file = cachedSefPath(xslt, cacheDir);
        if (!existsSync(file)) throw missing(cacheDir, basename(file));
        baseUri = pathToFileURL(xslt).href;
      } else {
        const sef = 'sef' in entry ? entry.sef : '';
        file = join(root, sef);
        if (!existsSync(file)) throw missing(root, sef);
        baseUri = pathToFileURL(file).href;
      }
      const sheet: Stylesheet = { sef: JSON.parse(readFileSync(file, 'utf8')) as Sef, baseUri };
      stylesheets.set(name, sheet);
      return sheet;
    },
  };
}

/** The rules of `dir` for this thread, loaded once per folder (and cache folder). */
export function einvoiceRules(dir: string | null, cacheDir: string | null = null): Promise<EInvoiceRules> {
  let key: string;
  try {
    key = `${checkedDir(dir)}\0${cacheDir ?? ''}`;
  } catch (e) {
    return Promise.reject(e);
  }
  let rules = loaded.get(key);
  if (!rules) {
    rules = load(key.split('\0')[0] ?? '', cacheDir);
    loaded.set(key, rules);
    rules.catch(() => loaded.delete(key));
  }
  return rules;
}

/**
 * Compiles into `cacheDir` the stylesheets among `names` that ship as XSLT only (UBL.BE, Factur-X),
 * unless the cache has them: called on the calling thread before any worker thread loads them, so a
 * process compiles each at most once whatever its number of threads.
 */
export async function compileRules(
  dir: string | null,
  cacheDir: string | null,
  names: readonly SchematronName[] = Object.keys(SCHEMATRON) as SchematronName[],
): Promise<void> {
  const root = checkedDir(dir);
  for (const name of names) {
    const xslt = xsltOf(root, name);
    if (!xslt) continue;
    if (!cacheDir) throw cacheNotSet();
    await compiledSef(xslt, cacheDir);
  }
}

/** Loads on this thread now (a worker's warm-up), instead of on first use, every artefact `layers` may need. */
export async function loadRules(
  dir: string | null,
  cacheDir: string | null,
  layers: readonly SchematronLayer[] = SCHEMATRON_LAYERS,
): Promise<void> {
  const rules = await einvoiceRules(dir, cacheDir);
  for (const name of ['ubl-invoice', 'ubl-credit-note', 'cii'] as const) rules.xsd(name);
  for (const layer of layers)
    for (const syntax of ['ubl-invoice', 'cii'] as const) {
      const r = layerRules(layer, syntax);
      if (r?.xsd) rules.xsd(r.xsd);
      if (!r) continue;
      // SaxonJS prepares a stylesheet on its first transform (~0.5–1.5 s): done here on an empty invoice.
      const { sef, baseUri } = rules.stylesheet(r.schematron);
      const source = rules.saxon.getPlatform().parseXmlFromString(EMPTY[syntax]);
      rules.saxon.transform(
        { stylesheetInternal: sef, stylesheetBaseURI: baseUri, sourceNode: source, destination: 'document' },
        'sync',
      );
    }
}

const EMPTY = {
  'ubl-invoice': '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
  cii: '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>',
};

/** The stylesheets `layers` may run, whatever the syntax: those to have compiled before they run. */
export function stylesheetsOf(layers: readonly SchematronLayer[]): SchematronName[] {
  const names = new Set<SchematronName>();
  for (const layer of layers)
    for (const syntax of ['ubl-invoice', 'cii'] as const) {
      const r = layerRules(layer, syntax);
      if (r) names.add(r.schematron);
    }
  return [...names];
}
