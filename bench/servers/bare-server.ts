import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { announceAndServe, requiredEnv } from './lifecycle.js';

// The ceiling: Fastify with one route answering the very body the app produced, parsed once and kept in
// memory, so the baseline still pays JSON serialization and the socket, and nothing else. It serves
// the app's route pattern (BENCH_ROUTE), so both routers parse the same parameters.
const body: unknown = JSON.parse(readFileSync(requiredEnv('BENCH_BODY_FILE'), 'utf8'));
const app = Fastify({ logger: false });
app.get(requiredEnv('BENCH_ROUTE'), async () => body);
await app.listen({ host: '127.0.0.1', port: 0 });

announceAndServe((app.server.address() as AddressInfo).port, () => app.close());
