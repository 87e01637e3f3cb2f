import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname } from 'node:path';
import type { WindowPhase } from './protocol.js';

/**
 * Profiles one measured window only (not startup, seeding or warm-up) of the current process when a
 * file is given; the file opens in Chrome DevTools or `bench/tools/profile-summary.ts`.
 */
export function windowProfiler(file: string | null | undefined) {
  if (!file) return async (_phase: WindowPhase) => undefined;
  const session = new Session();
  session.connect();
  return async (phase: WindowPhase) => {
    if (phase === 'start') {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    } else {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    }
  };
}
