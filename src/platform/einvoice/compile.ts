import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors.js';

/*
 * Official rules that ship as XSLT only (UBL.BE, Factur-X) compiled to SaxonJS SEF with Saxonica's
 * compiler for Node (the xslt3 package), once: a compilation takes 10–30 s and up to ~630 MB, so it runs
 * in a child process and its SEF is kept in a cache folder (EINVOICE_CACHE_DIR), named after the
 * SHA-256 of the XSLT and of the compiler's version. A new rules release or a new xslt3 is a new file;
 * an unchanged one is never compiled again, by this process or any later one.
 */

const require = createRequire(import.meta.url);
const XSLT3 = require.resolve('xslt3/xslt3.js');
const COMPILER = `xslt3@${(require('xslt3/package.json') as { version: string }).version}`;

/**
 * Loaded into the compiler's process before xslt3: every socket refuses to connect. The compiler
 * fetches http(s) URLs (xsl:include, xsl:import, document()) with axios; the rules must compile from
 * the files alone, so an URL in a stylesheet fails the compilation instead of reaching the network.
 */
export const NO_NETWORK = `data:text/javascript,${encodeURIComponent(
  [
    'import net from "node:net";',
    'const refuse = () => { throw new Error("network access refused while compiling e-invoice rules"); };',
    'net.Socket.prototype.connect = refuse; net.connect = refuse; net.createConnection = refuse;',
  ].join('\n'),
)}`;

/** A compilation whose lock is older than this is taken to have died with its process. */
const STALE_LOCK_MS = 10 * 60_000;

/** Compilations in flight in this process, by target file: a second caller waits for the first. */
const inFlight = new Map<string, Promise<string>>();

/** The SEF file of `xslt` in `cacheDir` (it may not exist yet): same XSLT and compiler, same name. */
export function cachedSefPath(xslt: string, cacheDir: string): string {
  const hash = createHash('sha256').update(readFileSync(xslt)).update(`\0${COMPILER}`).digest('hex');
  return join(cacheDir, `${basename(xslt).replace(/\.xslt?$/i, '')}-${hash.slice(0, 32)}.sef.json`);
}

/**
 * The SEF of `xslt`, from the cache or compiled now. Safe with several processes on one folder: one
 * compiles under a lock file while the others wait for its result, and the SEF is written to a temp
 * file renamed into place, so nobody ever reads half a file.
 */
export function compiledSef(xslt: string, cacheDir: string): Promise<string> {
  const target = cachedSefPath(xslt, cacheDir);
  if (existsSync(target)) return Promise.resolve(target);
  let running = inFlight.get(target);
  if (!running) {
    running = compileUnderLock(xslt, target).finally(() => inFlight.delete(target));
    inFlight.set(target, running);
  }
  return running;
}

async function compileUnderLock(xslt: string, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true });
  const lock = `${target}.lock`;
  for (;;) {
    if (existsSync(target)) return target;
    if (takeLock(lock)) break;
    if (staleLock(lock)) {
      try {
        unlinkSync(lock);
      } catch {
        // another waiter removed it first
      }
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (existsSync(target)) return target;
    const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await runCompiler(xslt, temp);
      renameSync(temp, target);
    } finally {
      if (existsSync(temp)) unlinkSync(temp);
    }
    return target;
  } finally {
    unlinkSync(lock);
  }
}

function takeLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** The lock of a process that is gone (same machine), or one left for longer than any compilation takes. */
function staleLock(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false; // being written
    process.kill(pid, 0);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ESRCH';
  }
}

function runCompiler(xslt: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', NO_NETWORK, XSLT3, `-xsl:${xslt}`, `-export:${out}`, '-relocate:on', '-nogo'],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(out)) return resolve();
      const reason = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500) || `exit code ${code}`;
      reject(
        new AppError('internal', 'The e-invoice rules {file} could not be compiled: {reason}', {
          params: { file: xslt, reason },
        }),
      );
    });
  });
}
