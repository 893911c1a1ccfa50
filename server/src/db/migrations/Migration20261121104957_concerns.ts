import { Migration } from '@mikro-orm/migrations';

export class Migration20261121104957_concerns extends Migration {

  override name = 'Migration20261121104957_concerns';

  override up(): void | Promise<void> {
    this.addSql(`create table "concern" ("id" uuid not null, "scheme_id" uuid not null, "subject_kind" text not null, "subject_id" uuid not null, "text" text not null, "raised_by_id" uuid not null, "raised_at" timestamptz not null, "status" text not null default 'OPEN', "severity" text null, "actions_taken" text null, "outcome" text null, "triaged_by_id" uuid null, "triaged_at" timestamptz null, "closed_at" timestamptz null, "paused_when_raised" boolean not null default false, "paused_match_ids" text[] not null, "suspended_volunteer_id" uuid null, "lifted_at" timestamptz null, "lifted_by_id" uuid null, "lift_note" text null, primary key ("id"));`);
    this.addSql(`create index "concern_raised_by_id_index" on "concern" ("raised_by_id");`);
    this.addSql(`create index "concern_subject_kind_subject_id_index" on "concern" ("subject_kind", "subject_id");`);
    this.addSql(`create index "concern_scheme_id_status_raised_at_index" on "concern" ("scheme_id", "status", "raised_at");`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MATCH_OFFERED', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_ACTIVE', 'MATCH_ENDED', 'MEETING_POINT_AGREED', 'SESSION_REMINDER', 'SESSION_TODAY', 'SESSION_FOLLOW_UP', 'REVIEW_RECORDED', 'REVIEW_DUE', 'CHECK_IN_DUE', 'CONCERN_RAISED', 'MATCH_PAUSED', 'VOLUNTEER_SUSPENDED', 'SAFEGUARDING_PAUSE_LIFTED', 'MESSAGE_RECEIVED'));`);

    this.addSql(`alter table "volunteer" add "suspended_at" timestamptz null, add "suspension_reason" text null;`);

    this.addSql(`alter table "match" add "safeguarding_paused_at" timestamptz null;`);

    this.addSql(`alter table "concern" add constraint "concern_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "concern" add constraint "concern_raised_by_id_foreign" foreign key ("raised_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "concern" add constraint "concern_triaged_by_id_foreign" foreign key ("triaged_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "concern" add constraint "concern_suspended_volunteer_id_foreign" foreign key ("suspended_volunteer_id") references "volunteer" ("id") on delete restrict;`);
    this.addSql(`alter table "concern" add constraint "concern_lifted_by_id_foreign" foreign key ("lifted_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "concern" add constraint "concern_subject_kind_check" check ("subject_kind" in ('PERSON', 'VOLUNTEER', 'MATCH', 'ACTIVITY'));`);
    this.addSql(`alter table "concern" add constraint "concern_status_check" check ("status" in ('OPEN', 'TRIAGED', 'CLOSED'));`);
    this.addSql(`alter table "concern" add constraint "concern_severity_check" check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'SERIOUS'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "concern" cascade;`);

    this.addSql(`alter table "match" drop column "safeguarding_paused_at";`);

    this.addSql(`alter table "notification" drop constraint "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MATCH_OFFERED', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_ACTIVE', 'MATCH_ENDED', 'MEETING_POINT_AGREED', 'SESSION_REMINDER', 'SESSION_TODAY', 'SESSION_FOLLOW_UP', 'REVIEW_RECORDED', 'REVIEW_DUE', 'CHECK_IN_DUE'));`);

    this.addSql(`alter table "volunteer" drop column "suspended_at", drop column "suspension_reason";`);
  }

}
