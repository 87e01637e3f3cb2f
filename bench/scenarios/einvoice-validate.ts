import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { einvoiceRulesDir } from '../../src/platform/config.js';
import { einvoiceRules, safeParseOptions } from '../../src/platform/einvoice/rules.js';
import {
  closeEInvoiceValidator,
  preloadEInvoiceRules,
  type SchematronLayer,
  validateEInvoice,
} from '../../src/platform/einvoice/validate.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'einvoice-validate';

/*
 * The run-time validation of one e-invoice (src/platform/einvoice/validate.ts), as the product runs it
 * before an e-invoice leaves: XSD (libxml2-wasm) then the official Schematron (SaxonJS, precompiled
 * SEF), in the validator's worker threads (pool.ts), with every artefact loaded beforehand in every
 * thread (preloadEInvoiceRules, timed as "preload"). Wall-clock per call after a warm-up, one call at
 * a time; cpu ms/req counts every thread of the process. The note splits a call into its parts,
 * measured separately on this thread with the same rules.
 */

const TARGET_MS = 50;
const WARMUP = Number(process.env.BENCH_EINVOICE_WARMUP ?? 20);
const RUNS = Number(process.env.BENCH_EINVOICE_RUNS ?? 40);

interface Case {
  label: string;
  file: string;
  layers: SchematronLayer[];
}

const CASES: Case[] = [
  {
    label: 'UBL, EN 16931 + Peppol',
    file: 'ubl/peppol-bis3/base-example.xml',
    layers: ['en16931', 'peppol'],
  },
  { label: 'CII, EN 16931', file: 'cii/en16931/CII_example1.xml', layers: ['en16931'] },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? Number.NaN;
};

function timeRuns(fn: () => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function timeAsyncRuns(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median ms of each part of a call: XSD (parse + validate), the Saxon parse, each Schematron layer. */
async function parts(dir: string, xml: string, c: Case): Promise<string> {
  const rules = await einvoiceRules(dir);
  const lib = rules.libxml;
  const syntax = c.file.startsWith('cii/') ? 'cii' : 'ubl-invoice';
  const xsd = median(
    timeRuns(() => {
      const doc = lib.XmlDocument.fromString(xml, { option: safeParseOptions(lib) });
      try {
        rules.xsd(syntax).validate(doc);
      } finally {
        doc.dispose();
      }
    }, RUNS),
  );
  const parse = median(timeRuns(() => rules.saxon.getPlatform().parseXmlFromString(xml), RUNS));
  const source = rules.saxon.getPlatform().parseXmlFromString(xml);
  const layer = (sef: 'en16931-ubl' | 'en16931-cii' | 'peppol-ubl') =>
    median(
      timeRuns(
        () =>
          rules.saxon.transform(
            {
              stylesheetInternal: rules.stylesheet(sef).sef,
              stylesheetBaseURI: rules.stylesheet(sef).baseUri,
              sourceNode: source,
              destination: 'document',
            },
            'sync',
          ),
        RUNS,
      ),
    );
  const en = layer(syntax === 'cii' ? 'en16931-cii' : 'en16931-ubl');
  const peppol = c.layers.includes('peppol') ? `, Peppol ${layer('peppol-ubl').toFixed(1)}` : '';
  return `XSD ${xsd.toFixed(1)}, Saxon parse ${parse.toFixed(1)}, EN 16931 ${en.toFixed(1)}${peppol} ms`;
}

export async function run(_opts: BenchOptions): Promise<BenchRow[]> {
  const dir = einvoiceRulesDir(process.env.EINVOICE_RULES_DIR || undefined);
  if (!dir)
    return [
      {
        scenario: name,
        engine: null,
        status: 'skipped',
        requestsPerSec: null,
        p50Ms: null,
        p99Ms: null,
        serverCpuMsPerRequest: null,
        ratioToBare: null,
        target: null,
        pass: null,
        requests: null,
        non2xx: null,
        responseBytes: null,
        note: 'no rules folder (EINVOICE_RULES_DIR, or shared/conformance/einvoice beside the project)',
      },
    ];
  const compileStart = performance.now();
  await preloadEInvoiceRules({ rulesDir: dir, layers: ['en16931', 'peppol'] });
  const compileMs = performance.now() - compileStart;
  try {
    return await measure(dir, compileMs);
  } finally {
    await closeEInvoiceValidator();
  }
}

async function measure(dir: string, compileMs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const c of CASES) {
    const xml = readFileSync(join(dir, 'examples', c.file), 'utf8');
    const call = () => validateEInvoice(xml, { rulesDir: dir, layers: c.layers });
    const first = await timeAsyncRuns(call, 1);
    const check = await call();
    if (!check.valid)
      throw new Error(`${c.file} did not validate: ${JSON.stringify(check.errors.slice(0, 3))}`);
    await timeAsyncRuns(call, WARMUP);
    const cpu = process.cpuUsage();
    const times = await timeAsyncRuns(call, RUNS);
    const used = process.cpuUsage(cpu);
    const p50 = median(times);
    rows.push({
      scenario: `${name} ${c.label}`,
      engine: null,
      status: 'ok',
      requestsPerSec: 1000 / p50,
      p50Ms: p50,
      p99Ms: p99(times),
      serverCpuMsPerRequest: (used.user + used.system) / 1000 / RUNS,
      ratioToBare: null,
      target: null,
      targetText: `< ${TARGET_MS} ms`,
      pass: p50 < TARGET_MS,
      requests: RUNS,
      non2xx: 0,
      responseBytes: Buffer.byteLength(xml),
      note: `${c.file} (${(Buffer.byteLength(xml) / 1024).toFixed(0)} KiB): warm p50 ${p50.toFixed(1)} ms over ${RUNS} calls after ${WARMUP}; first call ${first[0]?.toFixed(0)} ms; parts: ${await parts(dir, xml, c)}${c === CASES[0] ? `; rules preloaded in every thread in ${compileMs.toFixed(0)} ms` : ''}`,
    });
  }
  return rows;
}
