import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ReferenceStatus } from '@kindred/shared';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Volunteer } from './volunteer.entity.js';

/**
 * A referee the volunteer named, and how far their reference has got. The referee's contact
 * details are theirs: only the volunteer who gave them and staff of the scheme ever see them.
 */
@Entity({ tableName: 'volunteer_reference' })
export class VolunteerReference {
  // Fields with a default need not be given when one is created.
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  @Index()
  volunteer!: Volunteer;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Property({ type: 'text' })
  refereeName!: string;

  /** How the volunteer knows them ("my manager at the library"). */
  @Property({ type: 'text' })
  relationship!: string;

  /** An email address or phone number. */
  @Property({ type: 'text' })
  contact!: string;

  @Property({ type: 'text' })
  status: ReferenceStatus = 'REQUESTED';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  receivedBy?: UserAccount | null;

  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  verifiedBy?: UserAccount | null;
}
