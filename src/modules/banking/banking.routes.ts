import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import {
  createBankAccount,
  getBankAccount,
  listBankAccounts,
  updateBankAccount,
} from './accounts.service.js';
import {
  BankAccountListOut,
  BankAccountListQuery,
  BankAccountOut,
  BankAccountParams,
  BankTransactionPageOut,
  CreateBankAccountBody,
  StatementImportOut,
  StatementImportQuery,
  TransactionListQuery,
  UpdateBankAccountBody,
} from './banking.schema.js';
import { BankCsvPresetListOut, listCsvPresets } from './csv-presets.js';
import { importStatementFile } from './import-statements.js';
import { listBankTransactions } from './transactions.service.js';

/** Statement files up to this size are taken (a year of a busy account in camt.053 is ~20 MB). */
export const MAX_STATEMENT_BYTES = 50 * 1024 * 1024;

/**
 * Banking: the company's bank accounts (`…/bank-accounts`), statement files imported into them
 * (`…/bank-statements`), and their transactions (`…/bank-transactions`).
 */
export function registerBankingRoutes(app: App, ctx: AppContext): void {
  const tags = ['banking'];
  const accounts = '/api/v1/companies/:companyId/bank-accounts';
  const account = `${accounts}/:accountId`;

  app.get(
    accounts,
    {
      config: { permission: 'banking.read' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: BankAccountListQuery,
        response: { 200: BankAccountListOut },
      },
    },
    async (req) => listBankAccounts(ctx, requireCompany(req).companyId, req.query),
  );

  app.post(
    accounts,
    {
      config: { permission: 'banking.manage' },
      schema: { tags, params: CompanyParams, body: CreateBankAccountBody, response: { 201: BankAccountOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await createBankAccount(ctx, c, c.companyId, req.body));
    },
  );

  app.get(
    account,
    {
      config: { permission: 'banking.read' },
      schema: { tags, params: BankAccountParams, response: { 200: BankAccountOut } },
    },
    async (req) => getBankAccount(ctx, requireCompany(req).companyId, req.params.accountId),
  );

  app.patch(
    account,
    {
      config: { permission: 'banking.manage' },
      schema: {
        tags,
        params: BankAccountParams,
        body: UpdateBankAccountBody,
        response: { 200: BankAccountOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return updateBankAccount(ctx, c, c.companyId, req.params.accountId, req.body);
    },
  );

  app.post(
    '/api/v1/companies/:companyId/bank-statements',
    {
      config: { permission: 'banking.manage' },
      bodyLimit: MAX_STATEMENT_BYTES,
      schema: {
        tags,
        summary: 'Import a bank statement file (the request body is the file)',
        description:
          "Body: the file as `application/octet-stream` (or `application/xml`, `text/csv`), at most 50 MB: camt.052/053/054 (001.02 to 001.08), CODA 2.x, MT940/MT942, OFX 1.x/2.x, recognised from the content; or CSV with `csvPreset` naming its layout (GET …/bank-csv-presets). Each statement goes to the account `accountId`, or to the company's account with the IBAN the file names. A fault anywhere refuses the whole file (400, the position in the file as the error's path) and nothing is stored. Transactions the account already has (the same file again, overlapping statements) are not added again: `alreadyThere` counts them.",
        params: CompanyParams,
        querystring: StatementImportQuery,
        response: { 201: StatementImportOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      const body = Buffer.isBuffer(req.body)
        ? req.body
        : Buffer.from(typeof req.body === 'string' ? req.body : '');
      return reply.code(201).send(await importStatementFile(ctx, c, c.companyId, req.query, body));
    },
  );

  app.get(
    '/api/v1/companies/:companyId/bank-transactions',
    {
      config: { permission: 'banking.read' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: TransactionListQuery,
        response: { 200: BankTransactionPageOut },
      },
    },
    async (req) => listBankTransactions(ctx, requireCompany(req).companyId, req.query),
  );

  app.get(
    '/api/v1/companies/:companyId/bank-csv-presets',
    {
      config: { permission: 'banking.read' },
      schema: { tags, params: CompanyParams, response: { 200: BankCsvPresetListOut } },
    },
    async () => listCsvPresets(),
  );
}
