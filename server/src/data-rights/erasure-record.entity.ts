import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';

export const ERASURE_WAYS = ['BY_THE_PERSON', 'BY_AN_ADMINISTRATOR', 'BY_RETENTION'] as const;
export type ErasureWay = (typeof ERASURE_WAYS)[number];

/**
 * That a person's data was erased: when, how, by whom and why. It outlives what it describes, so it
 * holds ids only, and a reason an administrator wrote without the person's name or contact details.
 */
@Entity({ tableName: 'erasure_record' })
@Index({ properties: ['scheme', 'erasedAt'] })
export class ErasureRecord {
  [OptionalProps]?: 'erasedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The scheme whose administrator or retention period erased them; null when the person erased their own account. */
  @ManyToOne(() => Scheme, { nullable: true, deleteRule: 'restrict' })
  scheme?: Scheme | null;

  /** "UserAccount" or "Seeker" (a person referred without an account). */
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Enum({ items: () => [...ERASURE_WAYS], type: 'text' })
  way!: ErasureWay;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  erasedBy?: UserAccount | null;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  erasedAt: Date = new Date();
}
