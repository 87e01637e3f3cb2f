import { type Browser, chromium } from 'playwright-core';
import { renderDocumentPdfSync } from '../../src/modules/pdf/index.js';
import { sampleDocument } from '../../src/modules/pdf/pdf.fixtures.js';
import type { PdfDocumentInput, PdfTemplate } from '../../src/modules/pdf/pdf.types.js';
import { errorRow } from '../lib/app-vs-bare.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'pdf-render';

/*
 * PDF rendering in-process (PDFKit, src/modules/pdf) against the usual way, an HTML page printed by a
 * headless Chromium, in the same run on the same machine. Time is wall-clock per render of the whole
 * document to bytes in memory; warm figures are medians after a warm-up, "cold" is the first render
 * in this process (fonts read and parsed, code not yet optimised). Chromium is already running for its
 * warm figures (a service would keep it up); its cold figure includes launching it.
 */

const ONE_PAGE_TARGET_MS = 10;
const SPEEDUP_TARGET = 5;
const LONG_TARGET_MS = 1000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'];

const onePage = (): PdfDocumentInput => ({
  ...sampleDocument({ lines: 10 }),
  notes: null,
  paymentTerms: null,
});
const long = (): PdfDocumentInput => ({
  ...sampleDocument({ lines: 2000 }),
  notes: null,
  paymentTerms: null,
});

interface Timing {
  cold: number;
  p50: number;
  p99: number;
  cpuMs: number;
  runs: number;
  bytes: number;
  pages: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

async function time(runs: number, warmup: number, render: () => Promise<Buffer>): Promise<Timing> {
  let start = performance.now();
  const first = await render();
  const cold = performance.now() - start;
  for (let i = 0; i < warmup; i++) await render();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    cold,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    cpuMs: (used.user + used.system) / 1000 / runs,
    runs,
    bytes: first.length,
    pages: pages(first),
  };
}

function pages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

function row(
  label: string,
  t: Timing,
  opts: {
    engine?: 'bare' | null;
    ratio?: number | null;
    targetText?: string;
    pass?: boolean | null;
    note: string;
  },
): BenchRow {
  return {
    scenario: `${name} ${label}`,
    engine: opts.engine ?? null,
    status: 'ok',
    requestsPerSec: 1000 / t.p50,
    p50Ms: t.p50,
    p99Ms: t.p99,
    serverCpuMsPerRequest: t.cpuMs,
    ratioToBare: opts.ratio ?? null,
    target: null,
    targetText: opts.targetText ?? '—',
    pass: opts.pass ?? null,
    requests: t.runs,
    non2xx: 0,
    responseBytes: t.bytes,
    note: opts.note,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same document as an HTML page, styled the way an HTML-to-PDF invoice template is. */
function html(input: PdfDocumentInput): string {
  const money = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: input.currency });
  const m = (v: string) => money.format(v as unknown as number);
  const rows = input.lines
    .map(
      (l) =>
        `<tr><td>${esc(l.description).replace(/\n/g, '<br><small>')}</td><td class=n>${l.quantity} ${esc(l.unit ?? '')}</td><td class=n>${m(l.unitPrice)}</td><td class=n>${l.vatRate ?? ''} %</td><td class=n>${m(l.net)}</td></tr>`,
    )
    .join('');
  const party = (p: PdfDocumentInput['seller']) =>
    `<b>${esc(p.name)}</b><br>${[p.legalName, ...(p.addressLines ?? []), p.vatNumber]
      .filter(Boolean)
      .map((v) => esc(v!))
      .join('<br>')}`;
  return `<!doctype html><html lang=fr><meta charset=utf-8><style>
    @page { size: A4; margin: 16mm 17mm 20mm }
    body { font: 9pt/1.35 system-ui, sans-serif; color: #111827 }
    header { display: flex; justify-content: space-between; margin-bottom: 24px }
    h1 { font-size: 24pt; margin: 0 0 4px } .muted { color: #6b7280 }
    table { width: 100%; border-collapse: collapse; margin-top: 16px }
    thead { display: table-header-group } th { text-align: left; font-size: 7pt; text-transform: uppercase; color: #6b7280; border-bottom: 1px solid #1f4e79; padding: 6px }
    td { padding: 6px; border-bottom: .5px solid #e5e7eb; vertical-align: top } .n { text-align: right; white-space: nowrap }
    tr { break-inside: avoid } small { color: #6b7280 }
    .totals { width: 45%; margin-left: auto } .pay { border: .75px solid #e5e7eb; border-radius: 4px; padding: 12px; margin-top: 16px }
  </style><body>
  <header><div>${input.logo ? `<img src="data:${input.logo.mime};base64,${input.logo.data.toString('base64')}" height=60>` : ''}</div><div class=muted style="text-align:right">${party(input.seller)}</div></header>
  <h1>Facture</h1><div>${esc(input.number ?? '')}</div>
  <p>${party(input.buyer)}</p><p><b>${esc(input.subject ?? '')}</b></p>
  <table><thead><tr><th>Description</th><th class=n>Qté</th><th class=n>Prix unitaire</th><th class=n>TVA</th><th class=n>Montant</th></tr></thead><tbody>${rows}</tbody></table>
  <table class=totals><tr><td>Total HTVA</td><td class=n>${m(input.totals.taxExclusive)}</td></tr><tr><td>TVA</td><td class=n>${m(input.totals.vat)}</td></tr><tr><td><b>Total TVAC</b></td><td class=n><b>${m(input.totals.taxInclusive)}</b></td></tr></table>
  <div class=pay>Paiement : ${m(input.payment?.amount ?? '0')} · IBAN ${esc(input.payment?.iban ?? '')} · ${esc(input.payment?.reference ?? '')}</div>
  </body></html>`;
}

async function chromiumTiming(browser: Browser, input: PdfDocumentInput, runs: number, warmup: number) {
  const page = await browser.newPage();
  const content = html(input);
  try {
    return await time(runs, warmup, async () => {
      await page.setContent(content, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true });
    });
  } finally {
    await page.close();
  }
}

export async function run(_opts: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const small = onePage();
  const big = long();
  const render = (input: PdfDocumentInput, template: PdfTemplate) => async () =>
    renderDocumentPdfSync(input, { template });

  // The renderer first: its cold figure is the process's first render.
  const classic = await time(200, 30, render(small, 'classic'));
  const modern = await time(200, 30, render(small, 'modern'));
  const longRun = await time(7, 2, render(big, 'classic'));

  let chromeSmall: Timing | null = null;
  let chromeLong: Timing | null = null;
  let launchMs = 0;
  try {
    const started = performance.now();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    launchMs = performance.now() - started;
    try {
      chromeSmall = await chromiumTiming(browser, small, 30, 5);
      chromeLong = await chromiumTiming(browser, big, 3, 1);
    } finally {
      await browser.close();
    }
  } catch (e) {
    rows.push(errorRow(`${name} chromium`, 'bare', e));
  }

  if (chromeSmall) {
    rows.push(
      row('1 page, chromium', chromeSmall, {
        engine: 'bare',
        note: `headless Chromium (playwright-core, page.setContent + page.pdf) of the same 10-line invoice as HTML: first render ${chromeSmall.cold.toFixed(0)} ms after a ${launchMs.toFixed(0)} ms launch, ${chromeSmall.bytes.toLocaleString('en')} bytes; the anchor the renderer is compared to`,
      }),
    );
  }
  const speedup = (t: Timing) => (chromeSmall ? chromeSmall.p50 / t.p50 : null);
  const classicSpeedup = speedup(classic);
  rows.push(
    row('1 page, classic', classic, {
      ratio: classicSpeedup,
      targetText: `≤ ${ONE_PAGE_TARGET_MS} ms, ≥ ${SPEEDUP_TARGET}× chromium`,
      pass:
        classic.p50 <= ONE_PAGE_TARGET_MS && (classicSpeedup === null || classicSpeedup >= SPEEDUP_TARGET),
      note: `10 lines, ${classic.pages} page, PNG logo, EPC QR: first render ${classic.cold.toFixed(0)} ms (fonts read and parsed), warm p50 ${classic.p50.toFixed(2)} ms${classicSpeedup ? ` = ${classicSpeedup.toFixed(0)}× faster than Chromium` : ''}; vs bare = Chromium time / this time`,
    }),
  );
  rows.push(
    row('1 page, modern', modern, {
      ratio: speedup(modern),
      targetText: `≤ ${ONE_PAGE_TARGET_MS} ms`,
      pass: modern.p50 <= ONE_PAGE_TARGET_MS,
      note: `the same invoice in the modern template: warm p50 ${modern.p50.toFixed(2)} ms`,
    }),
  );
  rows.push(
    row(`${longRun.pages} pages`, longRun, {
      ratio: chromeLong ? chromeLong.p50 / longRun.p50 : null,
      targetText: `< ${LONG_TARGET_MS} ms`,
      pass: longRun.p50 < LONG_TARGET_MS,
      note: `2,000 lines, ${longRun.pages} pages, ${(longRun.bytes / 1024).toFixed(0)} KiB: warm p50 ${longRun.p50.toFixed(0)} ms, first ${longRun.cold.toFixed(0)} ms${chromeLong ? `; Chromium ${chromeLong.p50.toFixed(0)} ms for the same lines as HTML` : ''}`,
    }),
  );
  if (chromeLong) {
    rows.push(
      row('long, chromium', chromeLong, {
        engine: 'bare',
        note: `headless Chromium printing the 2,000-line invoice as HTML (${chromeLong.pages} pages): p50 ${chromeLong.p50.toFixed(0)} ms, first ${chromeLong.cold.toFixed(0)} ms`,
      }),
    );
  }
  return rows;
}
