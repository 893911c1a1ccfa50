import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A cached postcode lookup, found or not, so each postcode is asked of the lookup service once a month at most. */
@Entity({ tableName: 'postcode_location' })
export class PostcodeLocation {
  @PrimaryKey({ type: 'text' })
  postcode!: string;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Property({ type: 'timestamptz' })
  lookedUpAt!: Date;
}
