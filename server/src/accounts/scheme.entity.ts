import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** A service that runs befriending or social prescribing: a Primary Care Network or a charity. */
@Entity({ tableName: 'scheme' })
export class Scheme {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  name!: string;

  /** The place it serves, in words people use ("Hebden Bridge and Calder Valley"). */
  @Property({ type: 'text' })
  area!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
