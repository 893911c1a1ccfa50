import { Migration } from '@mikro-orm/migrations';

export class Migration20261121110500_import_part_scheme extends Migration {

  override name = 'Migration20261121110500_import_part_scheme';

  override up(): void | Promise<void> {
    // Parts of an upload still in progress take their import's scheme, so none is lost.
    this.addSql(`alter table "open_referral_import_part" add "scheme_id" uuid null;`);
    this.addSql(`update "open_referral_import_part" p set "scheme_id" = i."scheme_id" from "open_referral_import" i where i."id" = p."job_id";`);
    this.addSql(`alter table "open_referral_import_part" alter column "scheme_id" set not null;`);
    this.addSql(`alter table "open_referral_import_part" add constraint "open_referral_import_part_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "open_referral_import_part" drop constraint "open_referral_import_part_scheme_id_foreign";`);
    this.addSql(`alter table "open_referral_import_part" drop column "scheme_id";`);
  }

}
