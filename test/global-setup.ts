import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { compileRules } from '../src/platform/einvoice/rules.js';
import { rulesDir } from './helpers/conformance.js';

/**
 * Before any test file starts: the rules that ship as XSLT only (UBL.BE, Factur-X) compiled into the
 * tests' cache, both at once, unless it has them already (then this takes a hash of each file). A
 * compilation takes 30 s to 2 min, longer than a test may: left to the first test that needs the
 * rules, it failed that test on a cold cache (a clean clone, as in CI) depending on the files' order.
 */
export default async function compileTestRules(project: TestProject): Promise<void> {
  const cacheDir = project.config.env.EINVOICE_CACHE_DIR;
  if (!rulesDir || !cacheDir) return;
  await Promise.all(
    (['ublbe', 'facturx-en16931'] as const).map((name) => compileRules(rulesDir, resolve(cacheDir), [name])),
  );
}
