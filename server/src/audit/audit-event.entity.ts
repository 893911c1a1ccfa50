import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditOutcome } from './actions.js';

/**
 * One line of the append-only audit log: who (a user id), what (an action on a subject type and id),
 * when, and how it ended — never the values read or written. The database refuses UPDATE, DELETE and
 * TRUNCATE on this table (the trigger below), so not even the app can rewrite history.
 *
 * No foreign keys on purpose: the log must outlive the accounts, schemes and records it mentions,
 * and a cascading "set null" would be an UPDATE the trigger refuses.
 */
@Entity({
  tableName: 'audit_event',
  // Statement-level, so even an UPDATE or DELETE that matches no row is refused; it fires for every
  // database user, the app's own included. Written as raw DDL because PostgreSQL does not report
  // TRUNCATE triggers back to the ORM; the function name follows the ORM's "{table}_{trigger}_fn".
  triggers: [
    {
      name: 'append_only',
      timing: 'before',
      events: ['update', 'delete', 'truncate'],
      expression: [
        `create or replace function "audit_event_append_only_fn"() returns trigger as $$ begin raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
        `create trigger "append_only" before update or delete or truncate on "audit_event" for each statement execute function "audit_event_append_only_fn"()`,
      ].join('\n'),
    },
  ],
})
// The search reads newest first on (at, id) after what makes an event visible — its scheme, its actor
// or subject, or being installation-wide — and, for most, the action (see audit-query.ts).
@Index({ name: 'audit_event_scheme_action_at_index', properties: ['schemeId', 'action', 'at', 'id'] })
@Index({ name: 'audit_event_actor_at_index', properties: ['actorId', 'at', 'id'] })
@Index({ name: 'audit_event_subject_at_index', properties: ['subjectId', 'at', 'id'] })
@Index({
  name: 'audit_event_personal_action_at_index',
  properties: ['action', 'at', 'id'],
  where: `scheme_id is null and (actor_id is not null or (subject_type = 'UserAccount' and subject_id is not null))`,
})
@Index({
  name: 'audit_event_anonymous_action_at_index',
  properties: ['action', 'at', 'id'],
  where: `scheme_id is null and actor_id is null and (subject_type <> 'UserAccount' or subject_id is null)`,
})
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** The signed-in person who acted; null when nobody is known (a failed sign-in to no account, a job). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** The scheme the subject belongs to; null for installation-wide events such as sign-ins. */
  @Property({ type: 'uuid', nullable: true })
  schemeId: string | null = null;

  @Property({ type: 'text' })
  action!: AuditAction;

  /** What kind of thing was acted on: "Seeker", "Membership", "Volunteer", "UserAccount", "Query.seeker". */
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'text' })
  outcome!: AuditOutcome;

  /** Ties events of one request together when the caller knows it. */
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
}
