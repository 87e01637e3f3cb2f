import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The public pages (sign-in, sign-up, password reset, e-mail verification, invitation) load only the
 * catalog sections listed in web/src/lib/i18n/public-sections.json (the rest comes with the
 * signed-in shell). A key of another section would show raw on them: this follows their imports and
 * lists the sections their `t('section.…')` calls read.
 */
const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));
const PUBLIC_ENTRIES = [
  'app/router.tsx',
  'app/App.tsx',
  'app/RootLayout.tsx',
  'app/layout/AuthLayout.tsx',
  'app/RouteError.tsx',
  'features/auth/LoginPage.tsx',
  'features/auth/SignupPage.tsx',
  'features/auth/ForgotPasswordPage.tsx',
  'features/auth/ResetPasswordPage.tsx',
  'features/auth/VerifyEmailPage.tsx',
  'features/members/InvitationPage.tsx',
];

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The files the entries import statically (a dynamic `import()` is another chunk, loaded later). */
function staticGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
      const target = resolveImport(file, m[1] as string);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(join(webSrc, entry));
  return seen;
}

describe('catalog sections of the public pages', () => {
  it('are all in the public part of the catalog', () => {
    const publicSections = new Set(
      JSON.parse(readFileSync(join(webSrc, 'lib/i18n/public-sections.json'), 'utf8')) as string[],
    );
    const used = new Map<string, string>();
    for (const file of staticGraph(PUBLIC_ENTRIES)) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*['`]([a-zA-Z]+)\./g)) {
        used.set(m[1] as string, file.slice(webSrc.length));
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter(([section]) => !publicSections.has(section));
    expect(missing, 'add these sections to public-sections.json (or move the keys)').toEqual([]);
  });
});
