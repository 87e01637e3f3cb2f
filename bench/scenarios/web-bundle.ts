import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../lib/types.js';
import { gzippedSizes, keyOf, type Manifest, staticClosure, sumOf } from '../lib/web-bundle.js';

/**
 * How much JavaScript the web app makes a browser download before a page shows, gzipped: the sign-in
 * page (issue 12's target: under 200 KB, it was ~440 KB with every page in one bundle) and the
 * heaviest route. Builds the app (`vite build` into a temp directory, with the manifest), then, from
 * the manifest, follows each page's static imports: the entry, the route's lazy chunk(s) (router.tsx)
 * and the French catalog (the default language; its public part only for public pages) — what the
 * page fetches before it shows.
 * Chunks loaded later on demand (a dialog, the toast container) are not counted.
 */
export const name = 'web-bundle';

const LOGIN_TARGET_BYTES = 200 * 1024;
const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** The lazy chunks a signed-in company page waits for besides its own (router.tsx). */
const SIGNED_IN_SHELL = ['src/app/layout/AppLayout.tsx', 'src/features/companies/CompanyScope.tsx'];
/** Lazy routes outside the signed-in shell. */
const PUBLIC_PAGES = new Set([
  'src/features/auth/LoginPage.tsx',
  'src/features/auth/SignupPage.tsx',
  'src/features/auth/ForgotPasswordPage.tsx',
  'src/features/auth/ResetPasswordPage.tsx',
  'src/features/auth/VerifyEmailPage.tsx',
  'src/features/members/InvitationPage.tsx',
]);
/** Lazy chunks that are not pages: catalog parts, the shell itself, on-demand parts. */
const NOT_A_PAGE =
  /^(\.\.\/virtual:catalog\/|src\/(app\/layout\/AppLayout|features\/companies\/(CompanyScope|RequirePermission)|app\/Toasts))/;
/** The French catalog's parts (web/vite.config.ts, catalogParts): public pages need the first only. */
const CATALOG_PUBLIC = '../virtual:catalog/fr/public';
const CATALOG_REST = '../virtual:catalog/fr/rest';

export interface PageSize {
  page: string;
  bytes: number;
  files: number;
}

/** Every page's gzipped JavaScript, from a build's manifest. */
export function pageSizes(manifest: Manifest, distDir: string): PageSize[] {
  const sizes = gzippedSizes(manifest, distDir);
  const catalogPublic = keyOf(manifest, CATALOG_PUBLIC);
  const catalogRest = keyOf(manifest, CATALOG_REST);
  const pages = Object.entries(manifest)
    .filter(([, c]) => c.isDynamicEntry && c.src && c.file.endsWith('.js') && !NOT_A_PAGE.test(c.src))
    .map(([key, c]) => ({ key, src: c.src as string }));
  return pages
    .map(({ key, src }) => {
      const shell = PUBLIC_PAGES.has(src)
        ? []
        : [catalogRest, ...SIGNED_IN_SHELL.map((s) => keyOf(manifest, s))];
      const needed = staticClosure(manifest, ['index.html', catalogPublic, ...shell, key]);
      return { page: src.replace(/^src\//, ''), bytes: sumOf(needed, sizes), files: needed.size };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function row(page: PageSize, target: number | null, note: string): BenchRow {
  return {
    scenario: name,
    engine: 'web',
    status: 'ok',
    requestsPerSec: null,
    p50Ms: null,
    p99Ms: null,
    serverCpuMsPerRequest: null,
    ratioToBare: null,
    target: null,
    pass: target === null ? null : page.bytes < target,
    requests: null,
    non2xx: null,
    responseBytes: null,
    gzipBytes: page.bytes,
    targetText: target === null ? '—' : `< ${kb(target)} gz`,
    note: `${note}: ${kb(page.bytes)} gzipped JS in ${page.files} files (${page.page})`,
  };
}

export async function run(): Promise<BenchRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'fx-web-bundle-'));
  try {
    const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
    const build = spawnSync(
      process.execPath,
      [vite, 'build', '--config', join(WEB_ROOT, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir'],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr || build.stdout}`);
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const pages = pageSizes(manifest, outDir);
    const login = pages.find((p) => p.page === 'features/auth/LoginPage.tsx');
    const largest = pages[0];
    if (!login || !largest) throw new Error('no login page in the manifest');
    process.stderr.write(
      `\n  web-bundle: gzipped JS per page (entry + catalog + route chunks)\n${pages
        .map((p) => `  ${kb(p.bytes).padStart(10)}  ${String(p.files).padStart(3)} files  ${p.page}`)
        .join('\n')}\n`,
    );
    return [
      { ...row(login, LOGIN_TARGET_BYTES, 'sign-in page'), scenario: `${name}-login` },
      { ...row(largest, null, 'largest route'), scenario: `${name}-largest-route` },
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
