import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100343_recruitment_drives extends Migration {

  override name = 'Migration20261121100343_recruitment_drives';

  override up(): void | Promise<void> {
    this.addSql(`create table "recruitment_drive" ("id" uuid not null, "scheme_id" uuid not null, "title" text not null, "message" text not null, "areas" text[] not null, "skills" text[] not null, "bands" text[] not null, "contact_modes" text[] not null, "status" text not null default 'OPEN', "code" text not null, "from_suggestion" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "recruitment_drive" add constraint "recruitment_drive_code_unique" unique ("code");`);
    this.addSql(`create index "recruitment_drive_scheme_id_created_at_index" on "recruitment_drive" ("scheme_id", "created_at");`);

    this.addSql(`alter table "volunteer" add "recruitment_drive_id" uuid null;`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_recruitment_drive_id_foreign" foreign key ("recruitment_drive_id") references "recruitment_drive" ("id") on delete set null;`);

    this.addSql(`alter table "recruitment_drive" add constraint "recruitment_drive_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "recruitment_drive" add constraint "recruitment_drive_created_by_id_foreign" foreign key ("created_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "recruitment_drive" add constraint "recruitment_drive_status_check" check ("status" in ('OPEN', 'CLOSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "volunteer" drop constraint "volunteer_recruitment_drive_id_foreign";`);

    this.addSql(`drop table if exists "recruitment_drive" cascade;`);

    this.addSql(`alter table "volunteer" drop column "recruitment_drive_id";`);
  }

}
