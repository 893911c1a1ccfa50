import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  CONSENT_PURPOSES,
  LAWFUL_BASES,
  SPECIAL_CATEGORY_CONDITIONS,
  type ConsentPurpose,
  type LawfulBasis,
  type SpecialCategoryCondition,
} from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Seeker } from './seeker.entity.js';

/**
 * One consent a person gave (UK GDPR): what for, on which lawful basis, what was agreed in words,
 * when, and who recorded it. Withdrawing sets `withdrawnAt`; the record itself is never deleted.
 */
@Entity({ tableName: 'consent_record' })
export class ConsentRecord {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Seeker, { deleteRule: 'cascade' })
  @Index()
  seeker!: Seeker;

  @Enum({ items: () => CONSENT_PURPOSES.map((p) => p.id), type: 'text' })
  purpose!: ConsentPurpose;

  /** Article 6. */
  @Enum({ items: () => LAWFUL_BASES.map((b) => b.id), type: 'text' })
  lawfulBasis!: LawfulBasis;

  /** Article 9, for health and access information. */
  @Enum({ items: () => SPECIAL_CATEGORY_CONDITIONS.map((c) => c.id), type: 'text', nullable: true })
  specialCategoryCondition?: SpecialCategoryCondition | null;

  /** What was explained and agreed, in words. */
  @Property({ type: 'text' })
  agreedWords!: string;

  /** The day the person agreed, YYYY-MM-DD. */
  @Property({ type: 'date' })
  agreedOn!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  recordedBy!: UserAccount;

  /** True when a member of staff recorded it on the person's behalf; false when the person did. */
  @Property({ type: 'boolean' })
  onBehalf!: boolean;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'restrict' })
  withdrawnBy?: UserAccount | null;

  @Property({ type: 'boolean', nullable: true })
  withdrawnOnBehalf?: boolean | null;
}
