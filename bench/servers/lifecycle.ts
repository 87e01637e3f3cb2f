import type { ChildMessage, ParentMessage } from '../lib/protocol.js';
import { windowProfiler } from '../lib/window-profiler.js';

const send = (m: ChildMessage) => process.send?.(m);
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/**
 * Tells the parent the port, answers its window marks, and closes cleanly on SIGTERM or when the
 * parent goes away.
 */
export function announceAndServe(port: number, close: () => Promise<void>): void {
  const profile = windowProfiler(process.env.BENCH_PROFILE_FILE);
  process.on('message', (m: ParentMessage) => {
    if (m.type !== 'window') return;
    // CPU is read before the profiler stops and after it starts, so writing the file is not charged.
    if (m.phase === 'start') {
      void profile('start').then(() => send({ type: 'window', phase: 'start', cpuMicros: cpuMicros() }));
    } else {
      const micros = cpuMicros();
      void profile('end').then(() => send({ type: 'window', phase: 'end', cpuMicros: micros }));
    }
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  send({ type: 'listening', port });
}

export function requiredEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
}
