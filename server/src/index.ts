export { loadConfig, ConfigError, type Config } from './config.js';
export { startKindred, type RunningKindred } from './app.js';
export { startMailCatcher, type MailCatcher, type CapturedMail } from './mail/catcher.js';
export { startEmbeddedPostgres } from './db/embedded.js';
export { freePort } from './db/scratch-database.js';
export { openDatabase, migrate, entities } from './db/orm.js';
export { recordStatements } from './db/statement-recorder.js';
export { buildKindredSchema } from './graphql/schema.js';
export { rootFieldsWithoutAccessRule, accessRuleOf, type AccessRule } from './graphql/access.js';
export { OPERATION_LIMITS } from './graphql/limits.js';
export { createAdminAccount } from './accounts/admin-account.js';
export { DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-data.js';
export { DEMO_TWO_FACTOR_SECRET } from './accounts/two-factor/demo.js';
export { planAssignment, type AssignmentPlan } from './matching/assignment/plan.js';
// Match lifecycle job handlers, run by tests at a chosen `now` (the job queue runs them in production).
export { runSessionReminder, runSessionFollowUp } from './matching/lifecycle/companion.service.js';
export { remindReviewsDue } from './matching/lifecycle/match-activity.service.js';
export { companionTimes } from './matching/lifecycle/companion-times.js';
export { createMailer } from './mail/mailer.js';
export { createKindredPubSub } from './graphql/pubsub.js';
export { createLogger } from './logger.js';
export { startJobQueue } from './jobs/job-queue.js';
export { remindCheckInsDue } from './outcomes/check-ins/reminders.js';
// Data rights: the retention job's handler (run by tests at a chosen `now`) and the map of what every table holds.
export { anonymiseClosedCases, retentionCutoff } from './data-rights/retention.js';
export { DATA_MAP, type DataMapEntry } from './data-rights/data-map.js';
