import type { PipelineStageFieldsFragment } from '../../gql/graphql';

export type StageRow = PipelineStageFieldsFragment;

/** Short names for the chart's axis; the table uses the full labels from the API. */
export const SHORT_STAGE_NAMES: Record<StageRow['stage'], string> = {
  APPLIED: 'Signed up',
  REFERENCES: 'References',
  DBS: 'DBS check',
  TRAINED: 'Trained',
  APPROVED: 'Approved',
  FIRST_MATCH: 'First match',
  ACTIVE_AFTER_3_MONTHS: '3 months on',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The finding in words: how many started, how many were approved, and where most stopped. */
export function pipelineSummary(stages: readonly StageRow[], who = 'volunteers'): string {
  const [applied] = stages;
  if (!applied || applied.reached === 0) return `No ${who} yet.`;
  const approved = stages.find((s) => s.stage === 'APPROVED')?.reached ?? 0;
  const matched = stages.find((s) => s.stage === 'FIRST_MATCH')?.reached ?? 0;
  const worst = [...stages].sort((a, b) => b.droppedOut - a.droppedOut)[0];
  const stopped = worst && worst.droppedOut > 0 ? ` Most people who stopped did so before “${worst.label.toLowerCase()}” (${worst.droppedOut}).` : '';
  return `${plural(applied.reached, 'person', 'people')} signed up; ${approved} ${approved === 1 ? 'was' : 'were'} approved and ${matched} started a first match.${stopped}`;
}

/** A breakdown's row for a table: the group, then how many reached each step. */
export function reachedByStage(group: { label: string; stages: readonly StageRow[] }): Record<string, string | number> {
  return Object.fromEntries([['label', group.label], ...group.stages.map((s) => [s.stage, s.reached])]);
}
