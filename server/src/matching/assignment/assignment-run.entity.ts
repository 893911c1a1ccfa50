import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const RUN_STAGES = ['WAITING_TO_START', 'LOADING', 'CANDIDATES', 'SOLVING', 'SAVING', 'FINISHED'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

/** Milliseconds spent in each stage, for link workers' curiosity and the benchmark. */
export type RunTimings = { loadMs?: number; candidatesMs?: number; solveMs?: number; greedyMs?: number; saveMs?: number; totalMs?: number };

/**
 * One scheme-wide assignment run: it proposes, it never matches. The partial unique index allows one
 * queued or running run per scheme, however many link workers press the button at once.
 */
@Entity({ tableName: 'assignment_run' })
@Unique({ name: 'assignment_run_one_open_per_scheme', properties: ['scheme'], where: `status in ('QUEUED', 'RUNNING')` })
@Index({ properties: ['scheme', 'createdAt'] })
export class AssignmentRun {
  [OptionalProps]?: 'status' | 'stage' | 'stageDone' | 'stageTotal' | 'timings' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  startedBy!: UserAccount;

  @Enum({ items: () => [...RUN_STATUSES], type: 'text' })
  status: RunStatus = 'QUEUED';

  @Enum({ items: () => [...RUN_STAGES], type: 'text' })
  stage: RunStage = 'WAITING_TO_START';

  /** Progress within the stage: done of total steps. */
  @Property({ type: 'integer' })
  stageDone = 0;

  @Property({ type: 'integer' })
  stageTotal = 0;

  @Property({ type: 'integer', nullable: true })
  requestCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  volunteerCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  candidateCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  matched?: number | null;

  @Property({ type: 'integer', nullable: true })
  totalFit?: number | null;

  @Property({ type: 'integer', nullable: true })
  greedyMatched?: number | null;

  @Property({ type: 'integer', nullable: true })
  greedyTotalFit?: number | null;

  @Property({ type: 'jsonb' })
  timings: RunTimings = {};

  /** A plain-English account of why a run failed; never a stack trace. */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
