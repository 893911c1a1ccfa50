import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121075445_initial_accounts } from './Migration20261121075445_initial_accounts.js';
import { Migration20261121080542_postcode_cache } from './Migration20261121080542_postcode_cache.js';
import { Migration20261121085136_people_and_directory } from './Migration20261121085136_people_and_directory.js';
import { Migration20261121090736_matching } from './Migration20261121090736_matching.js';
import { Migration20261121100343_recruitment_drives } from './Migration20261121100343_recruitment_drives.js';
import { Migration20261121100405_gap_snapshots } from './Migration20261121100405_gap_snapshots.js';
import { Migration20261121100607_check_ins } from './Migration20261121100607_check_ins.js';

/** Every migration, in order. A new migration file must be added here (the drift test says so). */
export const migrations: MigrationObject[] = [
  Migration20261121075445_initial_accounts,
  Migration20261121080542_postcode_cache,
  Migration20261121085136_people_and_directory,
  Migration20261121090736_matching,
  Migration20261121100343_recruitment_drives,
  Migration20261121100405_gap_snapshots,
  Migration20261121100607_check_ins,
].map((migration) => ({
  name: migration.name,
  class: migration,
}));
