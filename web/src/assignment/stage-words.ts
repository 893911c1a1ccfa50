/** Each stage of a run in plain words, for the progress bar and the screen reader announcement. */
export const STAGE_WORDS: Record<string, string> = {
  WAITING_TO_START: 'Waiting to start',
  LOADING: 'Reading who is waiting and who can help',
  CANDIDATES: 'Finding the volunteers who could fit each person',
  SOLVING: 'Working out the best matches for everyone together',
  SAVING: 'Saving the proposals',
  FINISHED: 'Finished',
};

const STAGE_ORDER = ['WAITING_TO_START', 'LOADING', 'CANDIDATES', 'SOLVING', 'SAVING', 'FINISHED'];

/** Overall progress from 0 to 100: each stage is a share, and the stage's own steps fill it. */
export function percentDone(stage: string, done: number, total: number): number {
  const at = Math.max(0, STAGE_ORDER.indexOf(stage));
  const within = total > 0 ? Math.min(1, done / total) : 0;
  return Math.round(((at + within) / (STAGE_ORDER.length - 1)) * 100);
}
