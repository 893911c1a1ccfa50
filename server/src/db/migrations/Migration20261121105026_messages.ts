import { Migration } from '@mikro-orm/migrations';

export class Migration20261121105026_messages extends Migration {

  override name = 'Migration20261121105026_messages';

  override up(): void | Promise<void> {
    this.addSql(`create table "message" ("id" uuid not null, "scheme_id" uuid not null, "match_id" uuid not null, "sender_id" uuid not null, "body" text not null, "sent_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"), constraint "message_body_length" check (((char_length(body) >= 1) AND (char_length(body) <= 2000))));`);
    this.addSql(`create index "message_match_id_sent_at_index" on "message" ("match_id", "sent_at");`);

    this.addSql(`alter table "message" add constraint "message_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete restrict;`);
    this.addSql(`alter table "message" add constraint "message_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete restrict;`);
    this.addSql(`alter table "message" add constraint "message_sender_id_foreign" foreign key ("sender_id") references "person_account" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "message" cascade;`);
  }

}
