import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { einvoiceRulesDir } from '../../src/platform/config.js';
import { checkEInvoiceInput } from '../../src/platform/einvoice/input.js';
import { checkParsedInvoice } from '../../src/platform/einvoice/parse/checks.js';
import { parseEInvoice, parseEInvoiceXml } from '../../src/platform/einvoice/parse/index.js';
import { readUbl } from '../../src/platform/einvoice/parse/ubl.js';
import { parseXml } from '../../src/platform/einvoice/parse/xml.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'einvoice-parse';

/*
 * The reading of an incoming e-invoice into a ParsedInvoice (src/platform/einvoice/parse), as a
 * purchase invoice will be created from one: the input checks, the XML parse (fast-xml-parser, after
 * its well-formedness check), the mapping and the totals checks. CPU work on this thread, measured
 * per call over a timed window after a warm-up; the note splits a call into its parts.
 */

/** A purchase invoice is read once, when it arrives: a few ms per call leaves the event loop free. */
const TARGET_P50_MS = 5;
const WARMUP = Number(process.env.BENCH_EINVOICE_WARMUP ?? 200);

interface Case {
  label: string;
  file: string;
  lines: number;
}

const CASES: Case[] = [
  { label: 'UBL, 10 lines', file: 'ubl/en16931/ubl-tc434-example8.xml', lines: 10 },
  { label: 'Factur-X PDF', file: 'pdf/facturx/invoice_EN16931.pdf', lines: 3 },
];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
};

async function timeWindow(fn: () => unknown, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median µs of each part of an XML call. */
async function parts(xml: Buffer, seconds: number): Promise<string> {
  const text = checkEInvoiceInput(xml);
  const us = async (fn: () => unknown) => percentile(await timeWindow(fn, seconds), 0.5) * 1000;
  const check = await us(() => checkEInvoiceInput(xml));
  const validate = await us(() => XMLValidator.validate(text));
  const tree = await us(() => parseXml(text));
  const root = parseXml(text);
  const mapping = await us(() => checkParsedInvoice(readUbl(root)));
  const whole = await us(() => parseEInvoiceXml(xml));
  return `whole ${whole.toFixed(0)} µs = input checks ${check.toFixed(0)} + tree ${tree.toFixed(0)} (of which well-formedness ${validate.toFixed(0)}) + mapping and totals ${mapping.toFixed(0)}`;
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
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
        note: 'no examples folder (EINVOICE_RULES_DIR, or shared/conformance/einvoice beside the project)',
      },
    ];
  const rows: BenchRow[] = [];
  for (const c of CASES) {
    const input = readFileSync(join(dir, 'examples', c.file));
    const call = () => parseEInvoice(input);
    const check = await call();
    if (check.lines.length !== c.lines)
      throw new Error(`${c.file}: ${check.lines.length} lines, not ${c.lines}`);
    for (let i = 0; i < WARMUP; i++) await call();
    const cpu = process.cpuUsage();
    const times = await timeWindow(call, opts.durationSec);
    const used = process.cpuUsage(cpu);
    const total = times.reduce((a, b) => a + b, 0);
    const perSec = (times.length * 1000) / total;
    const isXml = c.file.endsWith('.xml');
    rows.push({
      scenario: `${name} ${c.label}`,
      engine: null,
      status: 'ok',
      requestsPerSec: perSec,
      p50Ms: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      serverCpuMsPerRequest: (used.user + used.system) / 1000 / times.length,
      ratioToBare: null,
      target: null,
      targetText: isXml ? `p50 < ${TARGET_P50_MS} ms` : undefined,
      pass: isXml ? percentile(times, 0.5) < TARGET_P50_MS : null,
      requests: times.length,
      non2xx: 0,
      responseBytes: input.length,
      note: `${c.file} (${(input.length / 1024).toFixed(0)} KiB, ${c.lines} lines): ${times.length} parses in ${opts.durationSec} s after ${WARMUP}${isXml ? `; parts: ${await parts(input, Math.min(2, opts.durationSec))}` : ''}`,
    });
  }
  return rows;
}
