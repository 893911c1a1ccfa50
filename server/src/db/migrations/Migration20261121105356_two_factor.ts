import { Migration } from '@mikro-orm/migrations';

export class Migration20261121105356_two_factor extends Migration {

  override name = 'Migration20261121105356_two_factor';

  override up(): void | Promise<void> {
    this.addSql(`create table "two_factor" ("id" uuid not null, "user_id" uuid not null, "secret" text not null, "enabled_at" timestamptz null, "last_used_step" int null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "two_factor" add constraint "two_factor_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "two_factor_recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" text not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "two_factor_recovery_code" add constraint "two_factor_recovery_code_user_id_code_hash_unique" unique ("user_id", "code_hash");`);

    this.addSql(`alter table "account_session" add "second_factor_at" timestamptz null;`);

    this.addSql(`alter table "two_factor" add constraint "two_factor_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);

    this.addSql(`alter table "two_factor_recovery_code" add constraint "two_factor_recovery_code_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "two_factor" cascade;`);
    this.addSql(`drop table if exists "two_factor_recovery_code" cascade;`);

    this.addSql(`alter table "account_session" drop column "second_factor_at";`);
  }

}
