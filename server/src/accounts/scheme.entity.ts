import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** A service that runs befriending or social prescribing: a Primary Care Network or a charity. */
@Entity({ tableName: 'scheme' })
export class Scheme {
  [OptionalProps]?: 'checkInFollowUpMonths';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  name!: string;

  /** The place it serves, in words people use ("Hebden Bridge and Calder Valley"). */
  @Property({ type: 'text' })
  area!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Months after a person's baseline check-in at which follow-ups fall due (issue 6). */
  @Property({ type: new ArrayType<number>(Number, String), columnType: 'int[]', defaultRaw: `'{3,6}'` })
  checkInFollowUpMonths: number[] = [3, 6];
}
