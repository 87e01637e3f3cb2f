import type { AppContext } from '../../platform/context.js';
import { addDays } from '../../shared/dates.js';
import { fromMinor, toMinor } from '../../shared/money.js';
import { createBankAccount, importStatementFile, reconcileImport } from '../banking/index.js';
import type { CompanyAccess } from '../companies/index.js';

/** An invoice of the demo the statement pays, as the bank line will show it. */
export interface DemoPaidInvoice {
  number: string;
  amount: string;
  paymentReference: string | null;
}

interface DemoEntry {
  date: string;
  amount: string;
  credit: boolean;
  name: string;
  iban?: string;
  reference?: string | null;
  text?: string;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function entryXml(e: DemoEntry, i: number): string {
  const role = e.credit ? 'Dbtr' : 'Cdtr';
  const remittance = [
    e.text ? `<Ustrd>${xmlText(e.text)}</Ustrd>` : '',
    e.reference ? `<Strd><CdtrRefInf><Ref>${xmlText(e.reference)}</Ref></CdtrRefInf></Strd>` : '',
  ].join('');
  return `<Ntry><Amt Ccy="EUR">${e.amount}</Amt><CdtDbtInd>${e.credit ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>${e.date}</Dt></BookgDt><ValDt><Dt>${e.date}</Dt></ValDt><AcctSvcrRef>DEMO-${i}</AcctSvcrRef>
<NtryDtls><TxDtls><Refs><AcctSvcrRef>DEMO-${i}</AcctSvcrRef></Refs>
<RltdPties><${role}><Nm>${xmlText(e.name)}</Nm></${role}>${e.iban ? `<${role}Acct><Id><IBAN>${e.iban}</IBAN></Id></${role}Acct>` : ''}</RltdPties>
${remittance ? `<RmtInf>${remittance}</RmtInf>` : ''}</TxDtls></NtryDtls></Ntry>
`;
}

/** A camt.053 statement of the demo account: what a Belgian bank would send for the period. */
function demoStatement(p: { iban: string; from: string; to: string; opening: string; entries: DemoEntry[] }) {
  const closing = p.entries.reduce(
    (sum, e) => sum + (e.credit ? toMinor(e.amount) : -toMinor(e.amount)),
    toMinor(p.opening),
  );
  const balance = (code: string, amount: number, date: string) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${fromMinor(Math.abs(amount))}</Amt><CdtDbtInd>${amount < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>DEMO-${p.to}</MsgId><CreDtTm>${p.to}T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>DEMO-${p.to}</Id><CreDtTm>${p.to}T06:00:00</CreDtTm>
<Acct><Id><IBAN>${p.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
${balance('OPBD', toMinor(p.opening), p.from)}
${p.entries.map(entryXml).join('')}${balance('CLBD', closing, p.to)}
</Stmt></BkToCstmrStmt></Document>`);
}

/**
 * The demo company's current account with a month of statement lines: the deposit invoice paid with
 * its structured communication (reconciled on import, as the bank loop does), a customer who wrote
 * the invoice number instead, a transfer without any reference, and the usual costs (rent, bank
 * fees) that are not invoices — so the reconciliation queue has something to explore.
 */
export async function seedDemoBanking(
  ctx: AppContext,
  actor: CompanyAccess,
  p: {
    today: string;
    iban: string;
    byReference: DemoPaidInvoice;
    byNumber: DemoPaidInvoice;
    withoutReference: DemoPaidInvoice;
  },
): Promise<void> {
  const from = addDays(p.today, -30);
  const account = await createBankAccount(ctx, actor, actor.companyId, {
    name: 'Compte courant',
    iban: p.iban,
    bic: 'GEBABEBB',
    currency: 'EUR',
    openingBalance: '8420.37',
    openingDate: from,
  });
  const file = demoStatement({
    iban: p.iban,
    from,
    to: addDays(p.today, -1),
    opening: '8420.37',
    entries: [
      {
        date: addDays(p.today, -28),
        amount: '1250.00',
        credit: false,
        name: 'Immo Sablon SA',
        iban: 'BE71096123456769',
        text: 'Loyer atelier',
      },
      {
        date: addDays(p.today, -6),
        amount: p.withoutReference.amount,
        credit: true,
        name: 'DRUKKERIJ VAN DAMME',
        iban: 'BE43068999999501',
        text: 'Betaling',
      },
      {
        date: addDays(p.today, -2),
        amount: p.byNumber.amount,
        credit: true,
        name: 'Lichtwerk Utrecht BV',
        iban: 'NL91ABNA0417164300',
        text: `Invoice ${p.byNumber.number}`,
      },
      {
        date: addDays(p.today, -1),
        amount: p.byReference.amount,
        credit: true,
        name: 'Brasserie du Parc SRL',
        iban: 'BE62510007547061',
        reference: p.byReference.paymentReference,
      },
      {
        date: addDays(p.today, -1),
        amount: '12.50',
        credit: false,
        name: 'BNP Paribas Fortis',
        text: 'Frais de gestion de compte',
      },
    ],
  });
  const imported = await importStatementFile(
    ctx,
    actor,
    actor.companyId,
    { accountId: account.id, fileName: 'extrait-demo.xml' },
    file,
  );
  // The worker would reconcile on its own; the demo shows the result right away.
  for (const a of imported.accounts)
    await reconcileImport(ctx, { companyId: actor.companyId, importId: a.importId });
}
