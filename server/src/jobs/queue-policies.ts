/**
 * How each queue retries and how long its jobs may run. Every job also sends a heartbeat while it
 * runs (JOB_HEARTBEAT_SECONDS): when its process dies (killed, out of memory, machine lost), the
 * heartbeat stops and another process takes the job over, long before the expiry below.
 */
export type QueuePolicy = {
  /** Attempts after the first, for a job that failed or whose process died. */
  retryLimit: number;
  /** Seconds before a retry; doubled each time (with jitter) when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /** Longest a job may run, even with its process alive (a handler stuck for good). */
  expireInSeconds: number;
};

const DEFAULT_POLICY: QueuePolicy = { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 };

const POLICIES: Record<string, Partial<QueuePolicy>> = {
  // Someone is watching its progress: a run whose process died starts again at once on another.
  // (A run that fails in its own code is marked FAILED, so its retries do nothing.)
  'assignment-run': { retryLimit: 2, retryDelay: 2, retryBackoff: false, expireInSeconds: 30 * 60 },
  // Reminders are due at a time of day: try again soon rather than after a long back-off.
  'match-session-reminder': { retryDelay: 10 },
  'check-in-reminders': { retryDelay: 10 },
  'match-reviews-due': { retryDelay: 10 },
  // Every 15 minutes: the next sweep is its retry.
  'owed-email-sweep': { retryLimit: 0 },
};

export function policyFor(queue: string): QueuePolicy {
  return { ...DEFAULT_POLICY, ...POLICIES[queue] };
}
