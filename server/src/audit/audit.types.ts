import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('AuditEvent', { description: 'One line of the audit log: who, what, when and how it ended — never the values' })
export class AuditEventView {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true, description: 'Who acted; null when nobody was signed in' }) actorName!: string | null;
  @Field(() => String, { nullable: true }) actorEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Null for installation-wide events such as signing in' }) schemeName!: string | null;
  @Field({ description: 'What happened, such as SIGN_IN or SPECIAL_CATEGORY_READ' }) action!: string;
  @Field({ description: 'The kind of thing acted on, such as Seeker, Volunteer or UserAccount' }) subjectType!: string;
  @Field(() => String, { nullable: true }) subjectId!: string | null;
  @Field({ description: 'ALLOWED, DENIED or FAILED' }) outcome!: string;
}

@ObjectType('AuditPage', { description: 'A page of audit events, newest first' })
export class AuditPageView {
  @Field(() => [AuditEventView]) events!: AuditEventView[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' }) nextCursor!: string | null;
}

@InputType({ description: 'Narrows an audit search. Every field is optional.' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'One scheme you administer; otherwise all of them' }) schemeId?: string | null;
  @Field(() => String, { nullable: true, description: 'A person’s events: what they did, and sign-in attempts to their account' }) actorEmail?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) subjectId?: string | null;
  @Field(() => String, { nullable: true, description: 'ALLOWED, DENIED or FAILED' }) outcome?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this moment (inclusive)' }) to?: Date | null;
}
