import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';

/** Counts for one group of waiting people in a snapshot: no names, no ids, only how many. */
export type SnapshotGroup = { key: string; people: number; none: number; few: number };

/**
 * A scheme's gap picture as it stood in one week (Monday, London time), for the week-by-week trend.
 * The latest computation in a week replaces the earlier one, so there is one row per scheme and week.
 */
@Entity({ tableName: 'gap_snapshot' })
@Unique({ properties: ['scheme', 'weekStarting'] })
export class GapSnapshot {
  [OptionalProps]?: 'byBlocker' | 'byArea';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  /** The Monday (YYYY-MM-DD, London) of the week this describes. */
  @Property({ type: 'date' })
  weekStarting!: string;

  @Property({ type: 'timestamptz' })
  computedAt!: Date;

  /** People waiting without a live match. */
  @Property({ type: 'integer' })
  waiting!: number;

  /** Of them, people no volunteer fits. */
  @Property({ type: 'integer' })
  none!: number;

  /** Of them, people too few volunteers fit. */
  @Property({ type: 'integer' })
  few!: number;

  @Property({ type: 'jsonb' })
  byBlocker: SnapshotGroup[] = [];

  @Property({ type: 'jsonb' })
  byArea: SnapshotGroup[] = [];
}
