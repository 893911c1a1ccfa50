import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { TrainingModule } from '@kindred/shared';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Volunteer } from './volunteer.entity.js';

/** A training module a volunteer completed, as recorded by staff. Recording it again updates the date. */
@Entity({ tableName: 'volunteer_training' })
@Unique({ properties: ['volunteer', 'module'] })
export class TrainingRecord {
  // Fields with a default need not be given when one is created.
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Volunteer;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Property({ type: 'text' })
  module!: TrainingModule;

  @Property({ type: 'date' })
  completedOn!: string;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  recordedBy?: UserAccount | null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
