import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121075445_initial_accounts } from './Migration20261121075445_initial_accounts.js';
import { Migration20261121080542_postcode_cache } from './Migration20261121080542_postcode_cache.js';
import { Migration20261121085136_people_and_directory } from './Migration20261121085136_people_and_directory.js';
import { Migration20261121090736_matching } from './Migration20261121090736_matching.js';
import { Migration20261121100343_recruitment_drives } from './Migration20261121100343_recruitment_drives.js';
import { Migration20261121100405_gap_snapshots } from './Migration20261121100405_gap_snapshots.js';
import { Migration20261121100607_check_ins } from './Migration20261121100607_check_ins.js';
import { Migration20261121104913_audit_log } from './Migration20261121104913_audit_log.js';
import { Migration20261121104957_concerns } from './Migration20261121104957_concerns.js';
import { Migration20261121105026_messages } from './Migration20261121105026_messages.js';
import { Migration20261121105356_two_factor } from './Migration20261121105356_two_factor.js';
import { Migration20261121110500_import_part_scheme } from './Migration20261121110500_import_part_scheme.js';
import { Migration20261121112000_erasure_records } from './Migration20261121112000_erasure_records.js';
import { Migration20261121120000_rerun_safe_jobs } from './Migration20261121120000_rerun_safe_jobs.js';

/** Every migration, in order. A new migration file must be added here (the drift test says so). */
export const migrations: MigrationObject[] = [
  Migration20261121075445_initial_accounts,
  Migration20261121080542_postcode_cache,
  Migration20261121085136_people_and_directory,
  Migration20261121090736_matching,
  Migration20261121100343_recruitment_drives,
  Migration20261121100405_gap_snapshots,
  Migration20261121100607_check_ins,
  Migration20261121104913_audit_log,
  Migration20261121104957_concerns,
  Migration20261121105026_messages,
  Migration20261121105356_two_factor,
  Migration20261121110500_import_part_scheme,
  Migration20261121112000_erasure_records,
  Migration20261121120000_rerun_safe_jobs,
].map((migration) => ({
  name: migration.name,
  class: migration,
}));
