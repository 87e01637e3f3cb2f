import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Sef } from 'saxon-js';
import { describe, expect, it } from 'vitest';
import { cachedSefPath, compiledSef, NO_NETWORK } from '../../src/platform/einvoice/compile.js';
import { AppError } from '../../src/shared/errors.js';

/*
 * The compilation of rules shipped as XSLT only (compile.ts), on small stylesheets of its own: the
 * official ones take 30 s and more each (validate.test.ts compiles those once into the shared cache).
 */

const stylesheet = (greeting: string, extra = '') => `<?xml version="1.0"?>
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  ${extra}
  <xsl:template match="/"><out>${greeting} <xsl:value-of select="/in"/></out></xsl:template>
</xsl:stylesheet>`;

function fixture(greeting: string, extra = ''): { xslt: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fx-xslt-'));
  const xslt = join(dir, 'rules.xslt');
  writeFileSync(xslt, stylesheet(greeting, extra));
  return { xslt, cache: join(dir, 'cache') };
}

async function run(sefFile: string, input: string): Promise<string> {
  const saxon = (await import('saxon-js')).default as unknown as {
    transform(o: object, mode: 'sync'): { principalResult: string };
  };
  const sef = JSON.parse(readFileSync(sefFile, 'utf8')) as Sef;
  return saxon.transform({ stylesheetInternal: sef, sourceText: input, destination: 'serialized' }, 'sync')
    .principalResult;
}

describe('compiling XSLT rules to SEF, cached on disk', () => {
  it('compiles once into the cache, names the SEF by the XSLT, and reuses it afterwards', async () => {
    const { xslt, cache } = fixture('Hello');
    const sef = await compiledSef(xslt, cache);
    expect(sef).toBe(cachedSefPath(xslt, cache));
    expect(await run(sef, '<in>Liège</in>')).toContain('<out>Hello Liège</out>');
    const written = statSync(sef).mtimeMs;
    expect(await compiledSef(xslt, cache)).toBe(sef);
    expect(statSync(sef).mtimeMs).toBe(written);
    // A changed stylesheet (a new rules release) is another file, compiled anew.
    writeFileSync(xslt, stylesheet('Bonjour'));
    const next = await compiledSef(xslt, cache);
    expect(next).not.toBe(sef);
    expect(await run(next, '<in>Liège</in>')).toContain('<out>Bonjour Liège</out>');
    expect(readdirSync(cache).sort()).toEqual([sef, next].map((f) => f.slice(cache.length + 1)).sort());
  }, 120_000);

  it('compiles once for callers that ask at the same time', async () => {
    const { xslt, cache } = fixture('Once');
    const [a, b] = await Promise.all([compiledSef(xslt, cache), compiledSef(xslt, cache)]);
    expect(a).toBe(b);
    expect(readdirSync(cache)).toHaveLength(1);
  }, 120_000);

  it('fails to compile a stylesheet that includes a URL, without a request and without a cache file', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end(stylesheet('Fetched'));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const { xslt, cache } = fixture('Hello', `<xsl:include href="http://127.0.0.1:${port}/more.xsl"/>`);
      const err = await compiledSef(xslt, cache).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).template).toBe('The e-invoice rules {file} could not be compiled: {reason}');
      expect(requests).toBe(0);
      expect(existsSync(cachedSefPath(xslt, cache))).toBe(false);
      expect(readdirSync(cache)).toEqual([]);
    } finally {
      server.close();
    }
  }, 120_000);

  it('runs the compiler in a process that cannot open a socket', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('ok');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const get = (args: string[]) =>
      new Promise<number | null>((done) => {
        const script = `require('node:http').get('http://127.0.0.1:${port}/', (r) => r.resume().on('end', () => process.exit(0))).on('error', () => process.exit(3))`;
        spawn(process.execPath, [...args, '-e', script], { stdio: 'ignore' }).on('exit', done);
      });
    try {
      expect(await get(['--import', NO_NETWORK])).not.toBe(0);
      expect(requests).toBe(0);
      // The same request from a process without the guard reaches the server.
      expect(await get([])).toBe(0);
      expect(requests).toBe(1);
    } finally {
      server.close();
    }
  }, 60_000);

  it('waits for another process holding the lock instead of compiling too', async () => {
    const { xslt, cache } = fixture('Locked');
    const target = cachedSefPath(xslt, cache);
    await compiledSef(fixture('Other').xslt, cache); // creates the folder
    // This very process stands for the other one: its pid is alive, so the lock is not stale.
    writeFileSync(`${target}.lock`, String(process.pid));
    const waiting = compiledSef(xslt, cache);
    await new Promise((done) => setTimeout(done, 600));
    writeFileSync(target, '{"written by":"the other process"}');
    expect(await waiting).toBe(target);
    expect(readFileSync(target, 'utf8')).toContain('the other process');
  }, 120_000);

  it('takes over the lock of a process that died', async () => {
    const { xslt, cache } = fixture('Orphan');
    const target = cachedSefPath(xslt, cache);
    await compiledSef(fixture('Other').xslt, cache);
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((done) => dead.on('exit', done));
    writeFileSync(`${target}.lock`, String(dead.pid));
    expect(await compiledSef(xslt, cache)).toBe(target);
    expect(await run(target, '<in>x</in>')).toContain('<out>Orphan x</out>');
    expect(existsSync(`${target}.lock`)).toBe(false);
  }, 120_000);

  it('leaves one whole SEF when two processes compile the same rules at once', async () => {
    const { xslt, cache } = fixture('Twice');
    const module = pathToFileURL(resolve('src/platform/einvoice/compile.ts')).href;
    const child = () =>
      new Promise<string>((done, fail) => {
        const p = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            '-e',
            `import(${JSON.stringify(module)}).then((m) => m.compiledSef(${JSON.stringify(xslt)}, ${JSON.stringify(cache)})).then((f) => process.stdout.write(f))`,
          ],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        p.stdout.on('data', (c: Buffer) => {
          out += c.toString();
        });
        p.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`exit ${code}`))));
      });
    const [a, b] = await Promise.all([child(), child()]);
    expect(a).toBe(cachedSefPath(xslt, cache));
    expect(b).toBe(a);
    expect(readdirSync(cache)).toEqual([a.slice(cache.length + 1)]);
    expect(await run(a, '<in>y</in>')).toContain('<out>Twice y</out>');
  }, 180_000);
});
