/**
 * Starts ONE PostgreSQL for the whole test run and provides its admin URL to every test file,
 * which then creates a database of its own (see database.ts), so files run independently.
 *
 * Set DATABASE_URL to use an existing server instead; its role needs CREATEDB, e.g.
 *   DATABASE_URL=postgres://kindred:secret@127.0.0.1:5432/postgres
 * Otherwise an embedded PostgreSQL runs from tests/.artifacts/ on a free port and is removed afterwards.
 */
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '@kindred/server';
import { keepExitCode } from './keep-exit-code.ts';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepExitCode();
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return async () => {};
  }

  const started = performance.now();
  // The cluster keeps a secret beside its data folder, so each run gets a folder of its own.
  const runDir = `${artifacts}postgres-${randomBytes(4).toString('hex')}`;
  await mkdir(runDir, { recursive: true });
  const postgres = await startEmbeddedPostgres({ dataDir: `${runDir}/data`, port: await freePort() });
  console.log(`[tests] embedded PostgreSQL ready in ${Math.round(performance.now() - started)} ms`);
  project.provide('adminDatabaseUrl', postgres.url);

  return async () => {
    await postgres.stop();
    await rm(runDir, { recursive: true, force: true });
  };
}
