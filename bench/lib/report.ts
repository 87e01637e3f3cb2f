import type { BenchRow } from './types.js';

const num = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

function verdict(r: BenchRow): string {
  if (r.status !== 'ok') return r.status.toUpperCase();
  if (r.engine === 'bare') return 'baseline';
  if (r.pass === null) return 'info';
  return r.pass ? 'PASS' : 'FAIL';
}

/** One fixed-width table for every scenario; notes (skips, errors) follow it. */
export function formatTable(rows: BenchRow[]): string {
  const header = [
    'scenario',
    'engine',
    'req/s',
    'p50 ms',
    'p99 ms',
    'cpu ms/req',
    'vs bare',
    'JS gz',
    'target',
    'result',
  ];
  const body = rows.map((r) => [
    r.scenario,
    r.engine ?? '—',
    num(r.requestsPerSec, 0),
    num(r.p50Ms, 1),
    num(r.p99Ms, 1),
    num(r.serverCpuMsPerRequest, 2),
    r.engine === 'bare' ? '—' : pct(r.ratioToBare),
    r.gzipBytes === undefined ? '—' : `${(r.gzipBytes / 1024).toFixed(1)} KB`,
    r.targetText ?? (r.target === null ? '—' : `≥ ${pct(r.target)}`),
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]?.length ?? 0)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const notes = rows
    .filter((r) => r.note)
    .map((r) => `  ${r.scenario} / ${r.engine ?? 'scenario'}: ${r.note}`);
  return [line(header), rule, ...body.map(line), ...(notes.length ? ['', 'Notes:', ...notes] : [])].join(
    '\n',
  );
}
