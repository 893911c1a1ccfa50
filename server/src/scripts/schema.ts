// Writes or checks the committed schema.graphql, the one source the web app's types are generated from.
// Usage: schema.ts write | check
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { buildKindredSchema } from '../graphql/schema.js';

const file = path.join(projectRoot, 'server', 'schema.graphql');
const header = '# Generated from the server\'s resolvers by `pnpm codegen`. Do not edit by hand.\n\n';
const printed = header + printSchema(lexicographicSortSchema(await buildKindredSchema())) + '\n';

if (process.argv[2] === 'check') {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('server/schema.graphql is out of date with the resolvers. Run `pnpm codegen` and commit the result.');
    process.exit(1);
  }
  console.log('server/schema.graphql is up to date.');
} else {
  await writeFile(file, printed);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
