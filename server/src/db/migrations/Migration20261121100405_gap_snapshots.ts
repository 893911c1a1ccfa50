import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100405_gap_snapshots extends Migration {

  override name = 'Migration20261121100405_gap_snapshots';

  override up(): void | Promise<void> {
    this.addSql(`create table "gap_snapshot" ("id" uuid not null, "scheme_id" uuid not null, "week_starting" date not null, "computed_at" timestamptz not null, "waiting" int not null, "none" int not null, "few" int not null, "by_blocker" jsonb not null, "by_area" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "gap_snapshot" add constraint "gap_snapshot_scheme_id_week_starting_unique" unique ("scheme_id", "week_starting");`);

    this.addSql(`alter table "gap_snapshot" add constraint "gap_snapshot_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "gap_snapshot" cascade;`);
  }

}
