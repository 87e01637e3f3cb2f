import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeEInvoiceValidator,
  configureEInvoiceValidator,
  warmUpEInvoiceRules,
} from '../../src/platform/einvoice/validate.js';
import { belgianSeller, buildTestApp, issueInvoice, type TestApp } from '../helpers/app.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';

/*
 * Issue 15 follow-up: the Factur-X the server hands out (download, e-mail attachment) is judged at
 * run time by the Factur-X EN16931 profile (its XSD and Schematron) as well as EN 16931 — shown with
 * a copy of the rules whose Factur-X XSD no CII can pass. And the start-up warm-up of the rules.
 */

const noRules = withoutRules(import.meta.url);

const logger = () => {
  const lines: { level: string; msg: string }[] = [];
  return {
    lines,
    info: (_o: object, msg: string) => {
      lines.push({ level: 'info', msg });
    },
    warn: (_o: object, msg: string) => {
      lines.push({ level: 'warn', msg });
    },
  };
};

describe.skipIf(noRules)('the run-time check of Factur-X output', () => {
  let t: TestApp;
  beforeAll(async () => {
    const copy = mkdtempSync(join(tmpdir(), 'fx-rules-'));
    for (const sub of ['en16931-cii', 'facturx'])
      cpSync(join(rulesDir ?? '', sub), join(copy, sub), { recursive: true });
    writeFileSync(
      join(copy, 'facturx/en16931/Factur-X_EN16931.xsd'),
      `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
  targetNamespace="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">
  <xs:element name="CrossIndustryInvoice">
    <xs:complexType><xs:sequence><xs:element name="OnlyInThisTest" type="xs:string"/></xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
`,
    );
    t = await buildTestApp({ EINVOICE_RULES_DIR: copy });
    t.clock.set('2026-11-27T10:00:00.000Z');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    configureEInvoiceValidator({ rulesDir });
    await closeEInvoiceValidator();
  });

  it('refuses a Factur-X whose XML fails the Factur-X profile, naming the layer', async () => {
    const s = await belgianSeller(t, {
      customer: {
        vatNumber: 'BE0403199702',
        address: { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      },
    });
    const inv = await issueInvoice(s);
    const r = await s.api.get(`${s.base}/invoices/${inv.id}/facturx`);
    expect(r.statusCode, r.body).toBe(422);
    const body = r.json() as { code: string; errors: { path: string; message: string }[] };
    expect(body.code).toBe('einvoice_invalid');
    expect(body.errors.some((e) => e.message.includes('OnlyInThisTest'))).toBe(true);
  }, 120_000);
});

describe('the start-up warm-up of the rules', () => {
  it('never rejects: a missing rules folder is a warning, not a stopped server', async () => {
    const log = logger();
    await expect(
      warmUpEInvoiceRules(log, { rulesDir: join(tmpdir(), 'no-such-rules-folder') }),
    ).resolves.toBe(undefined);
    expect(log.lines).toEqual([{ level: 'warn', msg: expect.stringContaining('could not be preloaded') }]);
  });

  it.skipIf(noRules)(
    'loads every layer in the background and says when it is done',
    async () => {
      const log = logger();
      const warming = warmUpEInvoiceRules(log, { rulesDir });
      // Answers before the rules are loaded: start-up goes on meanwhile.
      expect(log.lines).toEqual([]);
      await warming;
      expect(log.lines).toEqual([{ level: 'info', msg: 'e-invoice rules loaded' }]);
    },
    180_000,
  );
});
