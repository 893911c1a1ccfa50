import { Migration } from '@mikro-orm/migrations';

export class Migration20261121075445_initial_accounts extends Migration {

  override name = 'Migration20261121075445_initial_accounts';

  override up(): void | Promise<void> {
    this.addSql(`create table "scheme" ("id" uuid not null, "name" text not null, "area" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "scheme" add constraint "scheme_name_unique" unique ("name");`);

    this.addSql(`create table "throttle_counter" ("key" text not null, "window_started_at" timestamptz not null, "attempts" int not null, primary key ("key"));`);

    this.addSql(`create table "person_account" ("id" uuid not null, "email" text not null, "password_hash" text not null, "display_name" text not null, "created_at" timestamptz not null, "disabled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "person_account" add constraint "person_account_email_unique" unique ("email");`);

    this.addSql(`create table "password_reset" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "scheme_id" uuid not null, "role" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_scheme_id_role_unique" unique ("user_id", "scheme_id", "role");`);

    this.addSql(`create table "account_session" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "account_session_user_id_index" on "account_session" ("user_id");`);

    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in ('SEEKER', 'VOLUNTEER', 'LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'));`);

    this.addSql(`alter table "account_session" add constraint "account_session_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_scheme_id_foreign";`);
    this.addSql(`alter table "password_reset" drop constraint "password_reset_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "account_session" drop constraint "account_session_user_id_foreign";`);

    this.addSql(`drop table if exists "scheme" cascade;`);
    this.addSql(`drop table if exists "throttle_counter" cascade;`);
    this.addSql(`drop table if exists "person_account" cascade;`);
    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "account_session" cascade;`);
  }

}
