import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isChildMessage, type ParentMessage, type WindowPhase } from './protocol.js';

export interface ChildServer {
  baseUrl: string;
  /**
   * Marks the start or end of a measured window; resolves with the server's CPU time so far (µs).
   * With profiling on, the child profiles exactly that window.
   */
  window(phase: WindowPhase): Promise<number>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * Runs a server under test in its own Node process. On a 2-core machine the server then has a core of
 * its own instead of sharing one event loop with autocannon's request generation and response
 * parsing, which would charge the client's work to the server and squeeze every ratio toward 1.
 */
export async function startChildServer(
  entry: 'app-server' | 'bare-server',
  env: Record<string, string>,
  opts: { cpuProfDir: string | null; label: string },
): Promise<ChildServer> {
  const file = fileURLToPath(new URL(`../servers/${entry}.ts`, import.meta.url));
  const profileEnv: Record<string, string> = {};
  if (opts.cpuProfDir) {
    mkdirSync(opts.cpuProfDir, { recursive: true });
    profileEnv.BENCH_PROFILE_FILE = join(opts.cpuProfDir, `${opts.label}.cpuprofile`);
  }
  const child = fork(file, [], {
    // Resolved here, so the child loads TypeScript whatever its working directory.
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, ...env, ...profileEnv },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await waitForPort(child, entry);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    window: (phase) => markWindow(child, phase),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
function waitForPort(child: ChildProcess, entry: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not listen within ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited before listening (code ${code}, signal ${signal})`));
    };
    const onMessage = (m: unknown) => {
      if (!isChildMessage(m) || m.type !== 'listening') return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(m.port);
    };
    child.on('exit', onExit);
    child.on('message', onMessage);
  });
}

function markWindow(child: ChildProcess, phase: WindowPhase): Promise<number> {
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error(`server exited at window ${phase}`));
    const onMessage = (m: unknown) => {
      if (!isChildMessage(m) || m.type !== 'window' || m.phase !== phase) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m.cpuMicros);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    const mark: ParentMessage = { type: 'window', phase };
    child.send(mark);
  });
}
