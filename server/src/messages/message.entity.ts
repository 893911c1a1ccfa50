import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Match } from '../matching/lifecycle/match.entity.js';

/**
 * One message between the two people of a match, kept in Kindred so neither has to hand out a phone
 * number or email. Never edited; only marked read by the other person.
 */
@Entity({ tableName: 'message' })
@Index({ properties: ['match', 'sentAt'] })
// The service trims and counts; the database refuses anything that slipped past it.
@Check({ name: 'message_body_length', expression: '((char_length(body) >= 1) AND (char_length(body) <= 2000))' })
export class Message {
  [OptionalProps]?: 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Match, { deleteRule: 'restrict' })
  match!: Match;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  sender!: UserAccount;

  /** Trimmed, 1–2,000 characters, stored exactly as written (no markup is ever interpreted). */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();

  /** When the other person first saw it. */
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
