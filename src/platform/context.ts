import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db, Engine } from './db/index.js';

/** What every service receives: the database, configuration, clock and logger. */
export interface AppContext {
  db: Db;
  engine: Engine;
  config: Config;
  clock: Clock;
  log: FastifyBaseLogger;
}
