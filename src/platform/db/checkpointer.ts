import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints on a thread of their own. In WAL mode every commit appends pages to the log, and
 * the checkpoint copies them back into the database file and syncs it. Left to SQLite, the commit
 * that crosses the threshold does that work itself: one request in ~40 waits milliseconds, and on
 * the single JS thread every other request waits with it. SQLite's documentation suggests running
 * checkpoints from a separate thread instead; this worker does so with its own connection, in
 * PASSIVE mode (it never waits for or blocks readers and writers), a few times a second.
 *
 * The connection's own automatic checkpoint stays on at a higher threshold as a backstop: if this
 * thread fell behind or died, the log would still be checkpointed, only on the request path again.
 */
export const BACKSTOP_PAGES = 10_000;
const INTERVAL_MS = 250;

// A CommonJS script (workers created with `eval` run as such), so it works from sources and builds.
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another checkpoint is running) or closing: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

let running = 0;

/** Checkpoint threads started in this process and not yet exited (none for an in-memory database). */
export const runningCheckpointers = (): number => running;

export function startCheckpointer(file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(SCRIPT, { eval: true, workerData: { file, driver, intervalMs: INTERVAL_MS } });
  running++;
  // Never what keeps the process alive, and never what brings it down.
  worker.unref();
  worker.on('error', () => undefined);
  let exited = false;
  worker.once('exit', () => {
    exited = true;
    running--;
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        worker.once('exit', () => resolve());
        // Held until it has exited, so that closing is awaited even when nothing else is pending.
        worker.ref();
        worker.postMessage('stop');
        // A worker that does not answer (it died, or is stuck on I/O) is ended.
        setTimeout(() => void worker.terminate(), 2000).unref();
      }),
  };
}
