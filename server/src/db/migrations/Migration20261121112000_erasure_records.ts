import { Migration } from '@mikro-orm/migrations';

export class Migration20261121112000_erasure_records extends Migration {

  override name = 'Migration20261121112000_erasure_records';

  override up(): void | Promise<void> {
    this.addSql(`create table "erasure_record" ("id" uuid not null, "scheme_id" uuid null, "subject_type" text not null, "subject_id" uuid not null, "way" text not null, "erased_by_id" uuid null, "reason" text not null, "erased_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "erasure_record_scheme_id_erased_at_index" on "erasure_record" ("scheme_id", "erased_at");`);

    this.addSql(`alter table "erasure_record" add constraint "erasure_record_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "erasure_record" add constraint "erasure_record_erased_by_id_foreign" foreign key ("erased_by_id") references "person_account" ("id") on delete set null;`);
    this.addSql(`alter table "erasure_record" add constraint "erasure_record_way_check" check ("way" in ('BY_THE_PERSON', 'BY_AN_ADMINISTRATOR', 'BY_RETENTION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "erasure_record" cascade;`);
  }

}
