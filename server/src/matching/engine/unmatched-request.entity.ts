import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { UnmatchedReason } from '@kindred/shared';
import { Scheme } from '../../accounts/scheme.entity.js';

/**
 * Why nobody fits a waiting request, as last worked out: the community builders' picture of where
 * demand cannot be met is built from these, so it always agrees with the matching engine.
 */
@Entity({ tableName: 'unmatched_request' })
export class UnmatchedRequest {
  @PrimaryKey({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  @Index()
  scheme!: Scheme;

  @Property({ type: 'jsonb' })
  reasons!: UnmatchedReason[];

  @Property({ type: 'timestamptz' })
  computedAt!: Date;
}
