import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web app calls the API through the typed client (web/src/lib/api/client.ts: `callApi`,
 * `useApiRoute`, `useCursorRoute`, `sendFile`, `routeUrl`), whose routes, parameters, bodies and
 * answers come from the server's OpenAPI document: a route or field the server renames then breaks
 * the type-check. A call with a string path and a hand-asserted type (`api<Contact>('/companies/' + id
 * + '/contacts')`, `useApiQuery(path)`, `useCursorList(path)`, `${API_BASE}…` links) drifts silently;
 * this scan keeps them from coming back outside lib/ (where the client itself is built on them).
 */
const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));

/** Folders not converted yet (another branch is at them); this list only shrinks. */
const NOT_YET_TYPED: string[] = [];

const UNTYPED: { name: string; pattern: RegExp }[] = [
  { name: 'api()', pattern: /(?<![\w.])api\s*(<[^()]*>)?\s*\(/ },
  { name: 'useApiQuery()', pattern: /\buseApiQuery\s*(<[^()]*>)?\s*\(/ },
  { name: 'useCursorList()', pattern: /\buseCursorList\s*(<[^()]*>)?\s*\(/ },
  { name: 'apiUrl()', pattern: /\bapiUrl\s*\(/ },
  { name: 'API_BASE', pattern: /\bAPI_BASE\b/ },
  { name: 'fetch()', pattern: /(?<![\w.])fetch\s*\(/ },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Comments out, so that a comment naming `useCursorList` is not a call. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function untypedCalls(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(webSrc)) {
    const path = relative(webSrc, file).split('\\').join('/');
    if (path.startsWith('lib/')) continue;
    const lines = code(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const { name, pattern } of UNTYPED) {
        if (pattern.test(line)) found.set(path, [...(found.get(path) ?? []), `${name} at line ${i + 1}`]);
      }
    });
  }
  return found;
}

describe('web API calls', () => {
  const found = untypedCalls();
  const known = (path: string) => NOT_YET_TYPED.some((dir) => path.startsWith(`${dir}/`));

  it('go through the typed client everywhere outside lib/', () => {
    const offenders = [...found]
      .filter(([path]) => !known(path))
      .map(([path, hits]) => `${path}: ${hits.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('lists as not yet typed only folders that still have an untyped call', () => {
    const clean = NOT_YET_TYPED.filter(
      (dir) => ![...found.keys()].some((path) => path.startsWith(`${dir}/`)),
    );
    expect(clean).toEqual([]);
  });

  it('finds a string-path call when there is one', () => {
    const sample = 'const page = await api<CursorPage<Contact>>(contactsApiPath(companyId), { query });';
    expect(UNTYPED.some(({ pattern }) => pattern.test(code(sample)))).toBe(true);
    const typed = "const page = await callApi('get', '/api/v1/companies/{companyId}/contacts', { path });";
    expect(UNTYPED.some(({ pattern }) => pattern.test(code(typed)))).toBe(false);
  });
});
