import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';

@ObjectType('Message', { description: 'One message between the two people of a match' })
export class MessageView {
  @Field(() => ID) id!: string;
  @Field(() => ID) matchId!: string;
  @Field({ description: 'Whether you sent it' }) fromMe!: boolean;
  @Field({ description: 'The sender’s first name; the web shows “You” for your own' }) senderFirstName!: string;
  @Field({ description: 'Exactly as written: show it as plain text' }) body!: string;
  @Field(() => Date) sentAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the other person first saw it' }) readAt!: Date | null;
}

@ObjectType('MatchContactSummary', { description: 'That the two are in touch, for staff: counts and when, never what was said' })
export class MatchContactSummaryView {
  @Field(() => ID) matchId!: string;
  @Field(() => Int) messagesFromPerson!: number;
  @Field(() => Int) messagesFromVolunteer!: number;
  @Field(() => Date, { nullable: true }) lastMessageAt!: Date | null;
  @Field({ description: 'True while a concern is open about the match or either person: staff may then read the messages' })
  canReadMessages!: boolean;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID) matchId!: string;
  // The real rule (1–2,000 characters after trimming) is checked in the service; this only stops
  // anything absurdly long before any work is done on it.
  @Field({ description: '1–2,000 characters after trimming' })
  @MaxLength(20_000, { message: 'Keep your message to 2,000 characters or fewer' })
  body!: string;
}
