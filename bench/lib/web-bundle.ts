import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`build.manifest: true`, dist/web/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The manifest keys a page needs before it shows: the chunks named and every chunk they import
 * statically, transitively (a dynamic import is fetched later, when the code asks for it).
 */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return seen;
}

/** Gzipped size (level 9, as a static server would pre-compress) of every JS file of the build. */
export function gzippedSizes(manifest: Manifest, distDir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    sizes.set(key, gzipSync(readFileSync(join(distDir, chunk.file)), { level: 9 }).length);
  }
  return sizes;
}

export const sumOf = (keys: Iterable<string>, sizes: Map<string, number>) => {
  let total = 0;
  for (const key of keys) total += sizes.get(key) ?? 0;
  return total;
};

/** The manifest key of the source file `src` (relative to web/, e.g. `src/features/auth/LoginPage.tsx`). */
export function keyOf(manifest: Manifest, src: string): string {
  const key = Object.keys(manifest).find((k) => k === src || manifest[k]?.src === src);
  if (!key) throw new Error(`${src} is not in the manifest (renamed? update bench/scenarios/web-bundle.ts)`);
  return key;
}
