import { Migration } from '@mikro-orm/migrations';

export class Migration20261121080542_postcode_cache extends Migration {

  override name = 'Migration20261121080542_postcode_cache';

  override up(): void | Promise<void> {
    this.addSql(`create table "postcode_location" ("postcode" text not null, "latitude" double precision null, "longitude" double precision null, "looked_up_at" timestamptz not null, primary key ("postcode"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "postcode_location" cascade;`);
  }

}
