import { Migration } from '@mikro-orm/migrations';

export class Migration20261121090736_matching extends Migration {

  override name = 'Migration20261121090736_matching';

  override up(): void | Promise<void> {
    // Requests can now close because their match ended; the entity diff does not see enum check changes.
    this.addSql(`alter table "support_request" drop constraint "support_request_closed_reason_check";`);
    this.addSql(`alter table "support_request" add constraint "support_request_closed_reason_check" check ("closed_reason" in ('WITHDRAWN_BY_PERSON', 'MATCH_ENDED'));`);
    this.addSql(`create table "unmatched_request" ("request_id" uuid not null, "scheme_id" uuid not null, "reasons" jsonb not null, "computed_at" timestamptz not null, primary key ("request_id"));`);
    this.addSql(`create index "unmatched_request_scheme_id_index" on "unmatched_request" ("scheme_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "scheme_id" uuid not null, "user_id" uuid not null, "kind" text not null, "text" text not null, "link" text null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "assignment_run" ("id" uuid not null, "scheme_id" uuid not null, "started_by_id" uuid not null, "status" text not null default 'QUEUED', "stage" text not null default 'WAITING_TO_START', "stage_done" int not null default 0, "stage_total" int not null default 0, "request_count" int null, "volunteer_count" int null, "candidate_count" int null, "matched" int null, "total_fit" int null, "greedy_matched" int null, "greedy_total_fit" int null, "timings" jsonb not null, "failure" text null, "created_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "assignment_run_scheme_id_created_at_index" on "assignment_run" ("scheme_id", "created_at");`);
    this.addSql(`create unique index "assignment_run_one_open_per_scheme" on "assignment_run" ("scheme_id") where status in ('QUEUED', 'RUNNING');`);

    this.addSql(`create table "suggestion_rejection" ("id" uuid not null, "scheme_id" uuid not null, "request_id" uuid not null, "volunteer_id" uuid not null, "by_id" uuid not null, "at" timestamptz not null, "reason" text not null, primary key ("id"));`);
    this.addSql(`create index "suggestion_rejection_request_id_volunteer_id_index" on "suggestion_rejection" ("request_id", "volunteer_id");`);

    this.addSql(`create table "match" ("id" uuid not null, "scheme_id" uuid not null, "request_id" uuid not null, "volunteer_id" uuid not null, "status" text not null default 'PROPOSED', "kind" text not null, "fit" int not null, "reasons" jsonb not null, "ways_to_keep_in_touch" text[] not null, "proposal_note" text null, "proposed_by_id" uuid not null, "proposed_at" timestamptz not null, "volunteer_accepted_at" timestamptz null, "activated_at" timestamptz null, "ended_at" timestamptz null, "ended_by_id" uuid null, "end_reason" text null, "next_review_due" timestamptz null, "review_reminder_for" timestamptz null, "meeting_point" text null, "attended" boolean null, "attendance_note" text null, "follow_up_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "match_request_id_index" on "match" ("request_id");`);
    this.addSql(`create index "match_scheme_id_status_next_review_due_index" on "match" ("scheme_id", "status", "next_review_due");`);
    this.addSql(`create index "match_volunteer_id_status_index" on "match" ("volunteer_id", "status");`);
    this.addSql(`create unique index "match_one_live_per_request" on "match" ("request_id") where status in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE');`);

    this.addSql(`create table "match_transition" ("id" uuid not null, "scheme_id" uuid not null, "match_id" uuid not null, "from" text null, "to" text not null, "by_id" uuid null, "role" text not null, "at" timestamptz not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "match_transition_match_id_at_index" on "match_transition" ("match_id", "at");`);

    this.addSql(`create table "match_review" ("id" uuid not null, "scheme_id" uuid not null, "match_id" uuid not null, "by_id" uuid not null, "at" timestamptz not null, "notes" text not null, "continues" boolean not null, primary key ("id"));`);
    this.addSql(`create index "match_review_match_id_index" on "match_review" ("match_id");`);

    this.addSql(`create table "match_contact_log_entry" ("id" uuid not null, "scheme_id" uuid not null, "match_id" uuid not null, "by_id" uuid not null, "at" timestamptz not null, "how" text not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "match_contact_log_entry_match_id_index" on "match_contact_log_entry" ("match_id");`);

    this.addSql(`create table "assignment_proposal" ("id" uuid not null, "scheme_id" uuid not null, "run_id" uuid not null, "request_id" uuid not null, "volunteer_id" uuid not null, "fit" int not null, "reasons" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "assignment_proposal" add constraint "assignment_proposal_run_id_request_id_unique" unique ("run_id", "request_id");`);

    this.addSql(`alter table "support_request" drop constraint "support_request_closed_reason_check";`);
    this.addSql(`alter table "support_request" add constraint "support_request_closed_reason_check" check ("closed_reason" in ('WITHDRAWN_BY_PERSON', 'MATCH_ENDED'));`);

    this.addSql(`alter table "unmatched_request" add constraint "unmatched_request_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);

    this.addSql(`alter table "notification" add constraint "notification_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MATCH_OFFERED', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_ACTIVE', 'MATCH_ENDED', 'MEETING_POINT_AGREED', 'SESSION_REMINDER', 'SESSION_TODAY', 'SESSION_FOLLOW_UP', 'REVIEW_RECORDED', 'REVIEW_DUE'));`);

    this.addSql(`alter table "assignment_run" add constraint "assignment_run_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "assignment_run" add constraint "assignment_run_started_by_id_foreign" foreign key ("started_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "assignment_run" add constraint "assignment_run_status_check" check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));`);
    this.addSql(`alter table "assignment_run" add constraint "assignment_run_stage_check" check ("stage" in ('WAITING_TO_START', 'LOADING', 'CANDIDATES', 'SOLVING', 'SAVING', 'FINISHED'));`);

    this.addSql(`alter table "suggestion_rejection" add constraint "suggestion_rejection_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "suggestion_rejection" add constraint "suggestion_rejection_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on delete restrict;`);
    this.addSql(`alter table "suggestion_rejection" add constraint "suggestion_rejection_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete restrict;`);
    this.addSql(`alter table "suggestion_rejection" add constraint "suggestion_rejection_by_id_foreign" foreign key ("by_id") references "person_account" ("id") on delete restrict;`);

    this.addSql(`alter table "match" add constraint "match_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "match" add constraint "match_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on delete restrict;`);
    this.addSql(`alter table "match" add constraint "match_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete restrict;`);
    this.addSql(`alter table "match" add constraint "match_proposed_by_id_foreign" foreign key ("proposed_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "match" add constraint "match_ended_by_id_foreign" foreign key ("ended_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "match" add constraint "match_status_check" check ("status" in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE', 'DECLINED', 'ENDED'));`);
    this.addSql(`alter table "match" add constraint "match_kind_check" check ("kind" in ('BEFRIENDING', 'FIRST_SESSION_COMPANION'));`);

    this.addSql(`alter table "match_transition" add constraint "match_transition_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "match_transition" add constraint "match_transition_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete restrict;`);
    this.addSql(`alter table "match_transition" add constraint "match_transition_by_id_foreign" foreign key ("by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "match_transition" add constraint "match_transition_from_check" check ("from" in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE', 'DECLINED', 'ENDED'));`);
    this.addSql(`alter table "match_transition" add constraint "match_transition_to_check" check ("to" in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE', 'DECLINED', 'ENDED'));`);
    this.addSql(`alter table "match_transition" add constraint "match_transition_role_check" check ("role" in ('VOLUNTEER', 'PERSON', 'STAFF', 'SYSTEM'));`);

    this.addSql(`alter table "match_review" add constraint "match_review_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "match_review" add constraint "match_review_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete restrict;`);
    this.addSql(`alter table "match_review" add constraint "match_review_by_id_foreign" foreign key ("by_id") references "person_account" ("id") on delete restrict;`);

    this.addSql(`alter table "match_contact_log_entry" add constraint "match_contact_log_entry_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "match_contact_log_entry" add constraint "match_contact_log_entry_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete restrict;`);
    this.addSql(`alter table "match_contact_log_entry" add constraint "match_contact_log_entry_by_id_foreign" foreign key ("by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "match_contact_log_entry" add constraint "match_contact_log_entry_how_check" check ("how" in ('IN_PERSON', 'PHONE', 'VIDEO', 'TEXT', 'LETTER'));`);

    this.addSql(`alter table "assignment_proposal" add constraint "assignment_proposal_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "assignment_proposal" add constraint "assignment_proposal_run_id_foreign" foreign key ("run_id") references "assignment_run" ("id") on delete cascade;`);
    this.addSql(`alter table "assignment_proposal" add constraint "assignment_proposal_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on delete cascade;`);
    this.addSql(`alter table "assignment_proposal" add constraint "assignment_proposal_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support_request" drop constraint "support_request_closed_reason_check";`);
    this.addSql(`alter table "support_request" add constraint "support_request_closed_reason_check" check ("closed_reason" in ('WITHDRAWN_BY_PERSON'));`);
    this.addSql(`alter table "assignment_proposal" drop constraint "assignment_proposal_run_id_foreign";`);
    this.addSql(`alter table "match_transition" drop constraint "match_transition_match_id_foreign";`);
    this.addSql(`alter table "match_review" drop constraint "match_review_match_id_foreign";`);
    this.addSql(`alter table "match_contact_log_entry" drop constraint "match_contact_log_entry_match_id_foreign";`);

    this.addSql(`drop table if exists "unmatched_request" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "assignment_run" cascade;`);
    this.addSql(`drop table if exists "suggestion_rejection" cascade;`);
    this.addSql(`drop table if exists "match" cascade;`);
    this.addSql(`drop table if exists "match_transition" cascade;`);
    this.addSql(`drop table if exists "match_review" cascade;`);
    this.addSql(`drop table if exists "match_contact_log_entry" cascade;`);
    this.addSql(`drop table if exists "assignment_proposal" cascade;`);

    this.addSql(`alter table "support_request" drop constraint "support_request_closed_reason_check";`);
    this.addSql(`alter table "support_request" add constraint "support_request_closed_reason_check" check ("closed_reason" in ('WITHDRAWN_BY_PERSON'));`);
  }

}
