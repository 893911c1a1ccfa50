import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121075445_initial_accounts } from './Migration20261121075445_initial_accounts.js';

/** Every migration, in order. A new migration file must be added here (the drift test says so). */
export const migrations: MigrationObject[] = [Migration20261121075445_initial_accounts].map((migration) => ({
  name: migration.name,
  class: migration,
}));
