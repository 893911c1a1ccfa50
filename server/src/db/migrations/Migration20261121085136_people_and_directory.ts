import { Migration } from '@mikro-orm/migrations';

export class Migration20261121085136_people_and_directory extends Migration {

  override name = 'Migration20261121085136_people_and_directory';

  override up(): void | Promise<void> {
    // The directory's misspelling-tolerant search index needs pg_trgm (shipped with PostgreSQL).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "seeker" ("id" uuid not null, "scheme_id" uuid not null, "account_id" uuid null, "name" text not null, "phone" text null, "email" text null, "address" text null, "preferred_contact" text null, "profile_interests" text[] not null, "profile_access_needs" text[] not null, "profile_contact_modes" text[] not null, "profile_languages" text[] not null, "profile_availability_mask" int not null default 0, "profile_specific_times" jsonb not null, "profile_postcode" text null, "profile_latitude" double precision null, "profile_longitude" double precision null, "profile_travel_radius_km" double precision null, "what_matters_to_me" text null, "volunteer_gender" text not null default 'NO_PREFERENCE', "preferred_languages" text[] not null, "other_preferences" text null, "referral_route" text not null, "referred_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_contacted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "seeker_scheme_id_index" on "seeker" ("scheme_id");`);
    this.addSql(`alter table "seeker" add constraint "seeker_scheme_id_account_id_unique" unique ("scheme_id", "account_id");`);

    this.addSql(`create table "open_referral_import" ("id" uuid not null, "scheme_id" uuid not null, "started_by_id" uuid not null, "file_name" text not null, "total_bytes" int not null, "received_bytes" int not null default 0, "parts_received" int not null default 0, "status" text not null default 'RECEIVING', "records_total" int not null default 0, "records_checked" int not null default 0, "records_imported" int not null default 0, "activities_total" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "problems" jsonb not null, "problem_count" int not null default 0, "skipped" jsonb not null, "failure" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "open_referral_import_scheme_id_index" on "open_referral_import" ("scheme_id");`);

    this.addSql(`create table "open_referral_import_part" ("id" uuid not null, "job_id" uuid not null, "index" int not null, "content" bytea not null, primary key ("id"));`);
    this.addSql(`alter table "open_referral_import_part" add constraint "open_referral_import_part_job_id_index_unique" unique ("job_id", "index");`);

    this.addSql(`create table "seeker_contact" ("id" uuid not null, "scheme_id" uuid not null, "seeker_id" uuid not null, "contacted_at" timestamptz not null, "method" text not null, "note" text null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "seeker_contact_seeker_id_index" on "seeker_contact" ("seeker_id");`);

    this.addSql(`create table "consent_record" ("id" uuid not null, "scheme_id" uuid not null, "seeker_id" uuid not null, "purpose" text not null, "lawful_basis" text not null, "special_category_condition" text null, "agreed_words" text not null, "agreed_on" date not null, "recorded_by_id" uuid not null, "on_behalf" boolean not null, "recorded_at" timestamptz not null, "withdrawn_at" timestamptz null, "withdrawn_by_id" uuid null, "withdrawn_on_behalf" boolean null, primary key ("id"));`);
    this.addSql(`create index "consent_record_seeker_id_index" on "consent_record" ("seeker_id");`);

    this.addSql(`create table "activity" ("id" uuid not null, "scheme_id" uuid not null, "title" text not null, "description" text not null default '', "organiser_name" text not null, "organiser_description" text null, "interests" text[] not null, "venue_name" text not null, "venue_address_line1" text not null, "venue_address_line2" text null, "venue_town" text not null, "venue_county" text null, "venue_postcode" text not null, "venue_latitude" double precision not null, "venue_longitude" double precision not null, "venue_features" text[] not null, "venue_access_notes" jsonb not null, "schedules" jsonb not null, "session_days" int not null default 0, "session_slots" int not null default 0, "schedules_end_on" text null, "cost" text null, "is_free" boolean not null default false, "first_visit_mode" text null, "first_visit_booking_details" text null, "first_visit_who_to_ask" text null, "first_visit_what_to_expect" text null, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "website" text null, "last_checked_at" timestamptz null, "last_checked_by_id" uuid null, "last_checked_by_name" text null, "open_referral" jsonb not null, "open_referral_key" text null, "search_document" text not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null, "removed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "activity_scheme_id_index" on "activity" ("scheme_id");`);
    this.addSql(`create index "activity_search_trigram_index" on "activity" using gin ("search_document" gin_trgm_ops);`);
    this.addSql(`create index "activity_search_words_index" on "activity" using gin (to_tsvector('english', "search_document"));`);
    this.addSql(`alter table "activity" add constraint "activity_open_referral_key_unique" unique ("scheme_id", "open_referral_key");`);

    this.addSql(`create table "support_request" ("id" uuid not null, "scheme_id" uuid not null, "seeker_id" uuid not null, "kind" text not null, "activity_id" uuid null, "session_starts_at" timestamptz null, "contact_modes" text[] not null, "notes" text null, "status" text not null default 'WAITING', "closed_reason" text null, "status_changed_at" timestamptz not null, "matched_at" timestamptz null, "created_at" timestamptz not null, "created_by_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "support_request_seeker_id_index" on "support_request" ("seeker_id");`);
    this.addSql(`create index "support_request_scheme_id_status_kind_created_at_index" on "support_request" ("scheme_id", "status", "kind", "created_at");`);
    this.addSql(`create unique index "support_request_one_open_befriending" on "support_request" ("seeker_id") where kind = 'BEFRIENDING' and status in ('WAITING', 'MATCHED');`);

    this.addSql(`create table "volunteer" ("id" uuid not null, "user_id" uuid not null, "scheme_id" uuid not null, "profile_interests" text[] not null, "profile_access_needs" text[] not null, "profile_contact_modes" text[] not null, "profile_languages" text[] not null, "profile_availability_mask" int not null default 0, "profile_specific_times" jsonb not null, "profile_postcode" text null, "profile_latitude" double precision null, "profile_longitude" double precision null, "profile_travel_radius_km" double precision null, "offers" text[] not null, "skills" text[] not null, "skill_confirmations" jsonb not null, "capacity" smallint not null default 1, "gender" text null, "age_band" text null, "application_sent_at" timestamptz null, "approved_at" timestamptz null, "approved_by_id" uuid null, "paused_at" timestamptz null, "pause_reason" text null, "created_at" timestamptz not null, "vetting_updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "volunteer_scheme_id_index" on "volunteer" ("scheme_id");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_user_id_scheme_id_unique" unique ("user_id", "scheme_id");`);

    this.addSql(`create table "volunteer_training" ("id" uuid not null, "volunteer_id" uuid not null, "scheme_id" uuid not null, "module" text not null, "completed_on" date not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "volunteer_training" add constraint "volunteer_training_volunteer_id_module_unique" unique ("volunteer_id", "module");`);

    this.addSql(`create table "volunteer_dbs_check" ("id" uuid not null, "volunteer_id" uuid not null, "scheme_id" uuid not null, "level" text not null, "issued_on" date not null, "recheck_due_on" date not null, "certificate_ending" text null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, "superseded_at" timestamptz null, "lapse_notified_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "volunteer_dbs_check_volunteer_id_index" on "volunteer_dbs_check" ("volunteer_id");`);
    this.addSql(`create index "volunteer_dbs_check_recheck_due_on_index" on "volunteer_dbs_check" ("recheck_due_on");`);

    this.addSql(`create table "volunteer_reference" ("id" uuid not null, "volunteer_id" uuid not null, "scheme_id" uuid not null, "referee_name" text not null, "relationship" text not null, "contact" text not null, "status" text not null default 'REQUESTED', "created_at" timestamptz not null, "received_at" timestamptz null, "received_by_id" uuid null, "verified_at" timestamptz null, "verified_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "volunteer_reference_volunteer_id_index" on "volunteer_reference" ("volunteer_id");`);

    this.addSql(`alter table "seeker" add constraint "seeker_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "seeker" add constraint "seeker_account_id_foreign" foreign key ("account_id") references "person_account" ("id") on delete set null;`);
    this.addSql(`alter table "seeker" add constraint "seeker_referred_by_id_foreign" foreign key ("referred_by_id") references "person_account" ("id") on delete set null;`);
    this.addSql(`alter table "seeker" add constraint "seeker_preferred_contact_check" check ("preferred_contact" in ('PHONE', 'TEXT', 'EMAIL', 'LETTER'));`);
    this.addSql(`alter table "seeker" add constraint "seeker_volunteer_gender_check" check ("volunteer_gender" in ('NO_PREFERENCE', 'WOMAN', 'MAN'));`);
    this.addSql(`alter table "seeker" add constraint "seeker_referral_route_check" check ("referral_route" in ('SELF', 'LINK_WORKER'));`);

    this.addSql(`alter table "open_referral_import" add constraint "open_referral_import_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete cascade;`);
    this.addSql(`alter table "open_referral_import" add constraint "open_referral_import_started_by_id_foreign" foreign key ("started_by_id") references "person_account" ("id") on delete cascade;`);

    this.addSql(`alter table "open_referral_import_part" add constraint "open_referral_import_part_job_id_foreign" foreign key ("job_id") references "open_referral_import" ("id") on delete cascade;`);

    this.addSql(`alter table "seeker_contact" add constraint "seeker_contact_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "seeker_contact" add constraint "seeker_contact_seeker_id_foreign" foreign key ("seeker_id") references "seeker" ("id") on delete cascade;`);
    this.addSql(`alter table "seeker_contact" add constraint "seeker_contact_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "seeker_contact" add constraint "seeker_contact_method_check" check ("method" in ('PHONE', 'TEXT', 'EMAIL', 'LETTER', 'IN_PERSON'));`);

    this.addSql(`alter table "consent_record" add constraint "consent_record_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_seeker_id_foreign" foreign key ("seeker_id") references "seeker" ("id") on delete cascade;`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('REFERRAL', 'ACCESS_NEEDS', 'SHARE_WITH_VOLUNTEER'));`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_lawful_basis_check" check ("lawful_basis" in ('CONSENT', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS'));`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_special_category_condition_check" check ("special_category_condition" in ('EXPLICIT_CONSENT', 'HEALTH_OR_SOCIAL_CARE'));`);

    this.addSql(`alter table "activity" add constraint "activity_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "activity" add constraint "activity_last_checked_by_id_foreign" foreign key ("last_checked_by_id") references "person_account" ("id") on delete set null;`);

    this.addSql(`alter table "support_request" add constraint "support_request_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "support_request" add constraint "support_request_seeker_id_foreign" foreign key ("seeker_id") references "seeker" ("id") on delete cascade;`);
    this.addSql(`alter table "support_request" add constraint "support_request_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete restrict;`);
    this.addSql(`alter table "support_request" add constraint "support_request_created_by_id_foreign" foreign key ("created_by_id") references "person_account" ("id") on delete restrict;`);
    this.addSql(`alter table "support_request" add constraint "support_request_kind_check" check ("kind" in ('BEFRIENDING', 'FIRST_SESSION_COMPANION'));`);
    this.addSql(`alter table "support_request" add constraint "support_request_status_check" check ("status" in ('WAITING', 'MATCHED', 'CLOSED'));`);
    this.addSql(`alter table "support_request" add constraint "support_request_closed_reason_check" check ("closed_reason" in ('WITHDRAWN_BY_PERSON'));`);

    this.addSql(`alter table "volunteer" add constraint "volunteer_user_id_foreign" foreign key ("user_id") references "person_account" ("id") on delete cascade;`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_approved_by_id_foreign" foreign key ("approved_by_id") references "person_account" ("id") on delete set null;`);

    this.addSql(`alter table "volunteer_training" add constraint "volunteer_training_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
    this.addSql(`alter table "volunteer_training" add constraint "volunteer_training_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "volunteer_training" add constraint "volunteer_training_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person_account" ("id") on delete set null;`);

    this.addSql(`alter table "volunteer_dbs_check" add constraint "volunteer_dbs_check_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
    this.addSql(`alter table "volunteer_dbs_check" add constraint "volunteer_dbs_check_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "volunteer_dbs_check" add constraint "volunteer_dbs_check_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person_account" ("id") on delete set null;`);

    this.addSql(`alter table "volunteer_reference" add constraint "volunteer_reference_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
    this.addSql(`alter table "volunteer_reference" add constraint "volunteer_reference_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "volunteer_reference" add constraint "volunteer_reference_received_by_id_foreign" foreign key ("received_by_id") references "person_account" ("id") on delete set null;`);
    this.addSql(`alter table "volunteer_reference" add constraint "volunteer_reference_verified_by_id_foreign" foreign key ("verified_by_id") references "person_account" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "seeker_contact" drop constraint "seeker_contact_seeker_id_foreign";`);
    this.addSql(`alter table "consent_record" drop constraint "consent_record_seeker_id_foreign";`);
    this.addSql(`alter table "support_request" drop constraint "support_request_seeker_id_foreign";`);
    this.addSql(`alter table "open_referral_import_part" drop constraint "open_referral_import_part_job_id_foreign";`);
    this.addSql(`alter table "support_request" drop constraint "support_request_activity_id_foreign";`);
    this.addSql(`alter table "volunteer_training" drop constraint "volunteer_training_volunteer_id_foreign";`);
    this.addSql(`alter table "volunteer_dbs_check" drop constraint "volunteer_dbs_check_volunteer_id_foreign";`);
    this.addSql(`alter table "volunteer_reference" drop constraint "volunteer_reference_volunteer_id_foreign";`);

    this.addSql(`drop table if exists "seeker" cascade;`);
    this.addSql(`drop table if exists "open_referral_import" cascade;`);
    this.addSql(`drop table if exists "open_referral_import_part" cascade;`);
    this.addSql(`drop table if exists "seeker_contact" cascade;`);
    this.addSql(`drop table if exists "consent_record" cascade;`);
    this.addSql(`drop table if exists "activity" cascade;`);
    this.addSql(`drop table if exists "support_request" cascade;`);
    this.addSql(`drop table if exists "volunteer" cascade;`);
    this.addSql(`drop table if exists "volunteer_training" cascade;`);
    this.addSql(`drop table if exists "volunteer_dbs_check" cascade;`);
    this.addSql(`drop table if exists "volunteer_reference" cascade;`);
  }

}
