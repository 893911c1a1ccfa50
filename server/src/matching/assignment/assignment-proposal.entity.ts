import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { AssignmentRun } from './assignment-run.entity.js';

export type ProposalReason = { text: string; audience: 'everyone' | 'staff' };

/**
 * A pair the run suggests, for a link worker to offer (through proposeMatch, which checks again)
 * or leave. Kept with its reasons as they were when the run made it.
 */
@Entity({ tableName: 'assignment_proposal' })
@Unique({ properties: ['run', 'request'] })
export class AssignmentProposal {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => AssignmentRun, { deleteRule: 'cascade' })
  run!: AssignmentRun;

  @ManyToOne(() => SupportRequest, { deleteRule: 'cascade' })
  request!: SupportRequest;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Volunteer;

  /** The engine's fit, 0 to 1000. */
  @Property({ type: 'integer' })
  fit!: number;

  @Property({ type: 'jsonb' })
  reasons: ProposalReason[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
