import { parseCamt } from '../../src/modules/banking/formats/camt.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

export const name = 'bank-parse-camt';

/*
 * The reading of a large camt.053 statement (src/modules/banking/formats/camt.ts) as the statement
 * import does it: the file arrives in 64 KiB chunks and the parser yields the statement with every
 * transaction. The file is generated in memory (100,000 entries of the usual SEPA shape: a credit
 * transfer with counterparty, IBAN, BIC, structured reference and text, every tenth a two-payment
 * batch), so no sample file is needed. Reported: transactions per second over whole parses, and the
 * peak heap and RSS growth during a parse (the file's own bytes included), which shows that no tree
 * of the whole file is built.
 */

const ENTRIES = Number(process.env.BENCH_CAMT_ENTRIES ?? 100_000);
const TARGET_PER_SEC = 50_000;
const CHUNK = 64 * 1024;

/** "+++010/8068/17183+++"-style reference with right check digits, from a counter. */
function belgianReference(n: number): string {
  const ten = String(n).padStart(10, '0');
  const check = String(Number(BigInt(ten) % 97n) || 97).padStart(2, '0');
  return `+++${ten.slice(0, 3)}/${ten.slice(3, 7)}/${ten.slice(7)}${check}+++`;
}

function party(i: number, credit: boolean): string {
  const role = credit ? 'Dbtr' : 'Cdtr';
  const agent = credit ? 'DbtrAgt' : 'CdtrAgt';
  return `<RltdPties><${role}><Nm>Customer ${i} SRL</Nm></${role}><${role}Acct><Id><IBAN>BE68539007547034</IBAN></Id></${role}Acct></RltdPties>
<RltdAgts><${agent}><FinInstnId><BIC>GEBABEBB</BIC></FinInstnId></${agent}></RltdAgts>`;
}

function tx(i: number, credit: boolean, amount?: string): string {
  return `<TxDtls><Refs><AcctSvcrRef>REF${i}</AcctSvcrRef><EndToEndId>E2E-${i}</EndToEndId></Refs>${
    amount ? `<AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls>` : ''
  }${party(i, credit)}
<RmtInf><Ustrd>Invoice ${i} &amp; co</Ustrd><Strd><CdtrRefInf><Ref>${belgianReference(i)}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>`;
}

function entry(i: number): string {
  const credit = i % 3 !== 0;
  const batch = i % 10 === 0;
  const amount = `${(i % 9000) + 1}.${String(i % 100).padStart(2, '0')}`;
  const details = batch
    ? `${tx(i, credit, '1.00')}${tx(i + 1, credit, `${(i % 9000) + 0}.${String(i % 100).padStart(2, '0')}`)}`
    : tx(i, credit);
  return `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${credit ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-03-${String((i % 28) + 1).padStart(2, '0')}</Dt></BookgDt><ValDt><Dt>2026-03-${String((i % 28) + 1).padStart(2, '0')}</Dt></ValDt>
<AcctSvcrRef>NTRY${i}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls>${details}</NtryDtls></Ntry>
`;
}

/** The statement, as one Buffer (what an upload would hold before being streamed). */
export function generateCamt053(entries: number): { file: Buffer; transactions: number } {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-04-01T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>BENCH-1</Id><CreDtTm>2026-04-01T06:00:00</CreDtTm>
<Acct><Id><IBAN>BE71096123456769</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BIC>GKCCBEBB</BIC></FinInstnId></Svcr></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
`,
  ];
  let transactions = 0;
  for (let i = 1; i <= entries; i++) {
    parts.push(entry(i));
    transactions += i % 10 === 0 ? 2 : 1;
  }
  parts.push(`<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">2000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
</Stmt></BkToCstmrStmt></Document>`);
  return { file: Buffer.from(parts.join('')), transactions };
}

async function* chunks(file: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < file.length; i += CHUNK) yield file.subarray(i, i + CHUNK);
}

interface Measure {
  ms: number;
  transactions: number;
  peakHeapMiB: number;
  peakRssMiB: number;
}

async function parseOnce(file: Buffer): Promise<Measure> {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let peakHeap = heap0;
  let peakRss = rss0;
  // Sampled between chunks: the parse runs on this thread, so a timer would never fire during it.
  async function* sampled(): AsyncGenerator<Buffer> {
    let n = 0;
    for await (const c of chunks(file)) {
      if (++n % 16 === 0) {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakRss = Math.max(peakRss, m.rss);
      }
      yield c;
    }
  }
  const start = performance.now();
  let transactions = 0;
  for await (const statement of parseCamt(sampled())) transactions += statement.transactions.length;
  const ms = performance.now() - start;
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
  return {
    ms,
    transactions,
    peakHeapMiB: (peakHeap - heap0) / 2 ** 20,
    peakRssMiB: (peakRss - rss0) / 2 ** 20,
  };
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  const { file, transactions } = generateCamt053(ENTRIES);
  const warm = await parseOnce(file);
  if (warm.transactions !== transactions)
    throw new Error(`${warm.transactions} transactions read, ${transactions} generated`);
  const runs: Measure[] = [];
  const cpu = process.cpuUsage();
  const end = performance.now() + opts.durationSec * 1000;
  do runs.push(await parseOnce(file));
  while (performance.now() < end);
  const used = process.cpuUsage(cpu);
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const perSec = (transactions * 1000) / median;
  const peakHeap = Math.max(...runs.map((r) => r.peakHeapMiB));
  const peakRss = Math.max(...runs.map((r) => r.peakRssMiB));
  return [
    {
      scenario: `${name} camt.053, ${ENTRIES} entries`,
      engine: null,
      status: 'ok',
      requestsPerSec: perSec,
      p50Ms: median,
      p99Ms: times.at(-1) ?? null,
      serverCpuMsPerRequest: (used.user + used.system) / 1000 / runs.length,
      ratioToBare: null,
      target: null,
      targetText: `> ${TARGET_PER_SEC} transactions/s`,
      pass: perSec > TARGET_PER_SEC,
      requests: runs.length,
      non2xx: 0,
      responseBytes: file.length,
      note: `transactions/s (requestsPerSec column) over ${transactions} transactions, ${(file.length / 2 ** 20).toFixed(0)} MiB file in ${CHUNK / 1024} KiB chunks; median of ${runs.length} parses; peak growth during a parse: heap ${peakHeap.toFixed(0)} MiB, RSS ${peakRss.toFixed(0)} MiB${globalThis.gc ? '' : ' (no --expose-gc: heap figures include garbage)'}`,
    },
  ];
}
