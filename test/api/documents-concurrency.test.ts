import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

/**
 * Two application processes on one database (the web server and a `facturex worker`, or two servers
 * on PostgreSQL), each with its own connection, issue invoices of the same company at the same time.
 */
let t: TestApp;
let s: Session;
let companyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, { name: 'Parallel', country: 'BE', vatNumber: 'BE0417497106' });
});
afterAll(() => t?.close());

function issueInChild(ids: string[]): Promise<string[]> {
  const child = fork(fileURLToPath(new URL('../fixtures/issue-invoices.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      FX_DB_URL: t.database.url,
      FX_JOB: JSON.stringify({ companyId, userId: s.user.id, ids }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (m) => resolve((m as { numbers: string[] }).numbers));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`child exited with ${code}`));
    });
  });
}

describe('issuing from two processes at once', () => {
  it('gives 60 invoices 60 distinct numbers without a gap and one unbroken hash chain', async () => {
    const api = client(t.app, s);
    const base = `/api/v1/companies/${companyId}`;
    const contact = (await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Client' })).json();
    const line = { description: 'Work', quantity: '1', unitPrice: '10', vatCategory: 'S', vatRate: '21' };
    const ids: string[] = [];
    for (let i = 0; i < 60; i++)
      ids.push((await api.post(`${base}/invoices`, { contactId: contact.id, lines: [line] })).json().id);

    // Half in a child process, half here through the API, all at the same time.
    const [childNumbers, responses] = await Promise.all([
      issueInChild(ids.filter((_, i) => i % 2 === 0)),
      Promise.all(ids.filter((_, i) => i % 2 === 1).map((id) => api.post(`${base}/invoices/${id}/issue`))),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(200));
    const numbers = [...childNumbers, ...responses.map((r) => r.json().number as string)];
    const seqs = numbers.map((n) => Number(n.slice(-5))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect((await api.get(`${base}/documents/chain`)).json()).toMatchObject({ valid: true, documents: 60 });
  });
});
