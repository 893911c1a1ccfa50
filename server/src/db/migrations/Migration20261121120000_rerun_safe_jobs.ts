import { Migration } from '@mikro-orm/migrations';

/**
 * Jobs that may run again after a crash record what they owe and what they have sent: a companion
 * match's reminders are claimed once (like its follow-up), a notice's email is owed until it has
 * gone, and a lapsed DBS check's two emails are each marked when they go.
 */
export class Migration20261121120000_rerun_safe_jobs extends Migration {

  override name = 'Migration20261121120000_rerun_safe_jobs';

  override up(): void | Promise<void> {
    this.addSql(`alter table "match" add column "day_before_reminder_at" timestamptz null, add column "morning_reminder_at" timestamptz null;`);

    this.addSql(`alter table "notification" add column "email_subject" text null, add column "emailed_at" timestamptz null;`);
    this.addSql(`create index "notification_email_owed" on "notification" ("scheme_id", "link") where email_subject is not null and emailed_at is null;`);

    this.addSql(`alter table "volunteer_dbs_check" add column "lapse_volunteer_told_at" timestamptz null, add column "lapse_staff_told_at" timestamptz null;`);
    // Before this version a lapse notice was sent (or lost) when it was claimed: none is owed now.
    this.addSql(`update "volunteer_dbs_check" set "lapse_volunteer_told_at" = "lapse_notified_at", "lapse_staff_told_at" = "lapse_notified_at" where "lapse_notified_at" is not null;`);
    this.addSql(`create index "volunteer_dbs_check_lapse_notice_owed" on "volunteer_dbs_check" ("scheme_id") where lapse_notified_at is not null and superseded_at is null and (lapse_volunteer_told_at is null or lapse_staff_told_at is null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "volunteer_dbs_check_lapse_notice_owed";`);
    this.addSql(`alter table "volunteer_dbs_check" drop column "lapse_volunteer_told_at", drop column "lapse_staff_told_at";`);
    this.addSql(`drop index "notification_email_owed";`);
    this.addSql(`alter table "notification" drop column "email_subject", drop column "emailed_at";`);
    this.addSql(`alter table "match" drop column "day_before_reminder_at", drop column "morning_reminder_at";`);
  }

}
