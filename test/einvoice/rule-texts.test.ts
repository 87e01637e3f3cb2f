import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_TEXTS, ruleTexts } from '../../src/platform/einvoice/rule-texts.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';

/*
 * The French, Dutch and German wording of the official rules (issue 15, point 3) against the rules
 * themselves, read in place from ../shared/conformance/einvoice: every id the catalogue explains is
 * a fatal rule of the EN 16931 (UBL or CII), Peppol BIS 3 or UBL.BE Schematron, so a refusal can name it.
 */
const noRules = withoutRules(import.meta.url);
const LAYERS = ['en16931-ubl', 'en16931-cii', 'peppol-bis3', 'ublbe'];

/** Every fatal assertion of the Schematron files: its id and its English text. */
function fatalRules(): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  if (!rulesDir) return rules;
  for (const layer of LAYERS) {
    for (const file of readdirSync(join(rulesDir, layer)).filter((f) => f.endsWith('.sch'))) {
      const sch = readFileSync(join(rulesDir, layer, file), 'utf8');
      for (const m of sch.matchAll(/<assert\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/assert>/g)) {
        const attrs = m[1] ?? '';
        const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
        if (!id || /\bflag="([^"]+)"/.exec(attrs)?.[1] !== 'fatal') continue;
        const text = (m[2] ?? '')
          .replace(/\s+/g, ' ')
          .replace(/^\s*\[[^\]]+\]-?\s*/, '')
          .trim();
        rules.set(id, [...(rules.get(id) ?? []), text]);
      }
    }
  }
  return rules;
}

describe.skipIf(noRules)('rule texts', () => {
  const rules = fatalRules();

  it('reads the rules of every layer', () => {
    // Guards the test itself: a parse that found nothing would let every check below pass.
    expect(rules.size).toBeGreaterThan(400);
    for (const id of ['BR-06', 'BR-CO-15', 'BR-S-02', 'PEPPOL-EN16931-R010', 'ubl-BE-09'])
      expect(rules.has(id), id).toBe(true);
  });

  it('explains only fatal rules that exist in the rules shipped', () => {
    const unknown = Object.keys(RULE_TEXTS).filter((id) => !rules.has(id));
    expect(unknown).toEqual([]);
    expect(Object.keys(RULE_TEXTS).length).toBeGreaterThanOrEqual(80);
  });

  it('has French, Dutch and German for every rule, each its own and none the English text', () => {
    for (const [id, t] of Object.entries(RULE_TEXTS)) {
      const texts = [t.fr, t.nl, t.de];
      for (const text of texts) expect(text.trim().length, id).toBeGreaterThan(10);
      expect(new Set(texts).size, id).toBe(3);
      for (const english of rules.get(id) ?? [])
        for (const text of texts) expect(text.toLowerCase(), id).not.toBe(english.toLowerCase());
      // Plain sentences: no XML paths, no placeholder the error handler would try to fill.
      for (const text of texts) expect(text, id).not.toMatch(/cbc:|cac:|\{\w+\}/);
    }
  });

  it('covers the rules a user can break with this product', () => {
    for (const id of [
      'BR-06',
      'BR-07',
      'BR-11',
      'BR-50',
      'BR-61',
      'BR-CO-09',
      'BR-CO-25',
      'BR-CO-26',
      'BR-S-02',
      'BR-E-10',
      'BR-AE-02',
      'BR-IC-02',
      'BR-IC-12',
      'BR-O-02',
      'PEPPOL-EN16931-R003',
      'PEPPOL-EN16931-R010',
      'PEPPOL-EN16931-R020',
    ])
      expect(ruleTexts(id), id).toBeDefined();
    expect(ruleTexts('BR-NOPE')).toBeUndefined();
    expect(ruleTexts('toString')).toBeUndefined();
  });
});
