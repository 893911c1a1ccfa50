/**
 * A deployment starts its API processes together, on a database that may need migrating: one
 * process migrates while the others wait for it, and every one of them becomes ready (without the
 * wait they raced, and the loser stopped on the other's half-made tables).
 */
import { afterAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startMailCatcher } from '@kindred/server';
import { createTestDatabase } from '../support/database.ts';
import { startKindredProcesses, type KindredProcess } from '../support/processes.ts';

const database = await createTestDatabase(inject('adminDatabaseUrl'));
const mail = await startMailCatcher();
let processes: readonly KindredProcess[] = [];
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await mail.close();
  await database.drop();
});

it('starts two processes at once on an empty database: one migrates, both become ready', async () => {
  // Nothing has touched the database yet.
  processes = await startKindredProcesses(['A', 'B'], { shared: { database, mail } });
  console.log(`[scale-start] ready after ${processes.map((p) => `${p.name} ${p.readyInMs} ms`).join(', ')}`);
  const migrated = processes.filter((p) => p.logs.some((l) => l.msg === 'database migrated'));
  expect(migrated.map((p) => p.name)).toHaveLength(1);
  for (const p of processes) expect((await fetch(`${p.url}/readyz`)).status).toBe(200);
}, 60_000);
