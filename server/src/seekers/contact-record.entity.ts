import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CONTACT_METHODS, type ContactMethod } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Seeker } from './seeker.entity.js';

/** A time the scheme was in touch with a waiting person: who, when, how, and a short note. */
@Entity({ tableName: 'seeker_contact' })
export class ContactRecord {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Seeker, { deleteRule: 'cascade' })
  @Index()
  seeker!: Seeker;

  @Property({ type: 'timestamptz' })
  contactedAt!: Date;

  @Enum({ items: () => CONTACT_METHODS.map((m) => m.id), type: 'text' })
  method!: ContactMethod;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  recordedBy!: UserAccount;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
