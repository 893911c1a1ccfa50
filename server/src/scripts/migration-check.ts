// Fails when the entities have changed without a migration, or a migration file is missing from the list.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, openDatabase } from '../db/orm.js';
import { migrations } from '../db/migrations/index.js';
import { withScratchDatabase } from '../db/scratch-database.js';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');
const files = (await readdir(folder)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
const listed = new Set(migrations.map((m) => m.name));
const unlisted = files.filter((f) => !listed.has(f));
if (unlisted.length > 0) {
  console.error(`These migrations are not listed in db/migrations/index.ts: ${unlisted.join(', ')}`);
  process.exit(1);
}

const pending = await withScratchDatabase(async (url) => {
  const orm = await openDatabase(url, { poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 60_000 });
  try {
    await migrate(orm);
    return await orm.schema.getUpdateSchemaSQL({ wrap: false });
  } finally {
    await orm.close();
  }
});
if (pending.trim() !== '') {
  console.error('The entities differ from what the migrations create. Run `pnpm --filter @kindred/server migration:create <name>`. Difference:\n' + pending);
  process.exit(1);
}
console.log(`Migrations are up to date (${migrations.length}).`);
