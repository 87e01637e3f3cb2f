// The e-invoice validator's worker thread when the server runs from its TypeScript sources (tsx,
// vitest): a worker thread starts without the parent's TypeScript loader, so this registers tsx in the
// thread, then loads the worker. The compiled build (dist/) starts validate.worker.js directly (pool.ts).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./validate.worker.ts');

export default worker.default;
