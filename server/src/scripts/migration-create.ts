// Writes a migration for the difference between the entities and the committed migrations.
// Usage: pnpm --filter @kindred/server migration:create <name>
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, openDatabase } from '../db/orm.js';
import { withScratchDatabase } from '../db/scratch-database.js';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Give the migration a short kebab-case name, e.g. `migration:create add-volunteer-profile`');
  process.exit(2);
}
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');

await withScratchDatabase(async (url) => {
  const orm = await openDatabase(url, { poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 60_000 });
  try {
    await migrate(orm);
    const result = await orm.migrator.create(folder, false, false, name);
    if (!result.fileName) console.log('No changes: the migrations already match the entities.');
    else console.log(`Wrote ${path.join(folder, result.fileName)}; add it to db/migrations/index.ts.`);
  } finally {
    await orm.close();
  }
});
