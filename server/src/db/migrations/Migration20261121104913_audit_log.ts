import { Migration } from '@mikro-orm/migrations';

export class Migration20261121104913_audit_log extends Migration {

  override name = 'Migration20261121104913_audit_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "scheme_id" uuid null, "action" text not null, "subject_type" text not null, "subject_id" text null, "outcome" text not null, "request_id" text null, primary key ("id"));`);
    this.addSql(`create index "audit_event_subject_at_index" on "audit_event" ("subject_id", "at", "id");`);
    this.addSql(`create index "audit_event_actor_at_index" on "audit_event" ("actor_id", "at", "id");`);
    this.addSql(`create index "audit_event_scheme_action_at_index" on "audit_event" ("scheme_id", "action", "at", "id");`);
    this.addSql(`create index "audit_event_personal_action_at_index" on "audit_event" ("action", "at", "id") where scheme_id is null and (actor_id is not null or (subject_type = 'UserAccount' and subject_id is not null));`);
    this.addSql(`create index "audit_event_anonymous_action_at_index" on "audit_event" ("action", "at", "id") where scheme_id is null and actor_id is null and (subject_type <> 'UserAccount' or subject_id is null);`);

    // The audit log is append-only in the database itself (declared on the AuditEvent entity): UPDATE,
    // DELETE and TRUNCATE are refused for every database user, the app's own included.
    this.addSql(`create or replace function "audit_event_append_only_fn"() returns trigger as $$ begin raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "append_only" BEFORE UPDATE OR DELETE OR TRUNCATE on "audit_event" for each STATEMENT execute function "audit_event_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "append_only" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
