import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100607_check_ins extends Migration {

  override name = 'Migration20261121100607_check_ins';

  override up(): void | Promise<void> {
    this.addSql(`create table "check_in" ("id" uuid not null, "scheme_id" uuid not null, "seeker_id" uuid not null, "request_id" uuid null, "match_id" uuid null, "occasion" text not null, "months_after_baseline" int null, "due_on" date not null, "status" text not null default 'DUE', "completed_at" timestamptz null, "recorded_by_id" uuid null, "on_behalf" boolean not null default false, "responses" jsonb not null, "reminded_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "check_in_seeker_id_index" on "check_in" ("seeker_id");`);
    this.addSql(`create index "check_in_status_reminded_at_due_on_index" on "check_in" ("status", "reminded_at", "due_on");`);
    this.addSql(`create index "check_in_scheme_id_status_due_on_index" on "check_in" ("scheme_id", "status", "due_on");`);
    this.addSql(`create unique index "check_in_one_per_occasion" on "check_in" ("seeker_id", "occasion", "months_after_baseline", "match_id") nulls not distinct;`);

    this.addSql(`alter table "scheme" add "check_in_follow_up_months" int[] not null default '{3,6}';`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MATCH_OFFERED', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_ACTIVE', 'MATCH_ENDED', 'MEETING_POINT_AGREED', 'SESSION_REMINDER', 'SESSION_TODAY', 'SESSION_FOLLOW_UP', 'REVIEW_RECORDED', 'REVIEW_DUE', 'CHECK_IN_DUE'));`);

    this.addSql(`alter table "check_in" add constraint "check_in_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "check_in" add constraint "check_in_seeker_id_foreign" foreign key ("seeker_id") references "seeker" ("id") on delete cascade;`);
    this.addSql(`alter table "check_in" add constraint "check_in_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on delete set null;`);
    this.addSql(`alter table "check_in" add constraint "check_in_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete restrict;`);
    this.addSql(`alter table "check_in" add constraint "check_in_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person_account" ("id") on delete set null;`);
    this.addSql(`alter table "check_in" add constraint "check_in_occasion_check" check ("occasion" in ('BASELINE', 'FOLLOW_UP', 'ENDING'));`);
    this.addSql(`alter table "check_in" add constraint "check_in_status_check" check ("status" in ('DUE', 'COMPLETED', 'DECLINED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "check_in" cascade;`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MATCH_OFFERED', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_ACTIVE', 'MATCH_ENDED', 'MEETING_POINT_AGREED', 'SESSION_REMINDER', 'SESSION_TODAY', 'SESSION_FOLLOW_UP', 'REVIEW_RECORDED', 'REVIEW_DUE'));`);

    this.addSql(`alter table "scheme" drop column "check_in_follow_up_months";`);
  }

}
