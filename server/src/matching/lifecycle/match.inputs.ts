import { Field, ID, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import type { ContactMode } from '@kindred/shared';
import { ContactModeEnum } from '../../people/vocabulary.types.js';

@InputType()
export class ProposeMatchInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) volunteerId!: string;
  @Field(() => String, { nullable: true, description: 'For staff only' })
  @MaxLength(2000, { message: 'Keep the note under 2,000 characters' })
  note?: string | null;
}

@InputType()
export class RejectSuggestionInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) volunteerId!: string;
  @Field({ description: 'Why this volunteer is not right for this person; for staff only' })
  @MinLength(1, { message: 'Say why this volunteer is not right' })
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters' })
  reason!: string;
}

@InputType()
export class RespondToMatchInput {
  @Field(() => ID) matchId!: string;
  @Field() accept!: boolean;
  @Field(() => String, { nullable: true, description: 'A volunteer says why they decline; the person need not' })
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters' })
  reason?: string | null;
}

@InputType()
export class EndMatchInput {
  @Field(() => ID) matchId!: string;
  @Field()
  @MinLength(1, { message: 'Say why the match is ending' })
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters' })
  reason!: string;
}

@InputType()
export class RecordReviewInput {
  @Field(() => ID) matchId!: string;
  @Field()
  @MinLength(1, { message: 'Write a few words about how the match is going' })
  @MaxLength(5000, { message: 'Keep the notes under 5,000 characters' })
  notes!: string;
  @Field({ description: 'False ends the match, with the review as its reason' }) continue!: boolean;
}

@InputType()
export class LogMatchContactInput {
  @Field(() => ID) matchId!: string;
  @Field(() => ContactModeEnum) how!: ContactMode;
  @Field(() => String, { nullable: true })
  @MaxLength(2000, { message: 'Keep the note under 2,000 characters' })
  note?: string | null;
}

@InputType()
export class AgreeMeetingPointInput {
  @Field(() => ID) matchId!: string;
  @Field()
  @MinLength(1, { message: 'Say where you will meet' })
  @MaxLength(300, { message: 'Keep the meeting point under 300 characters' })
  meetingPoint!: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) matchId!: string;
  @Field() attended!: boolean;
  @Field(() => String, { nullable: true })
  @MaxLength(2000, { message: 'Keep the note under 2,000 characters' })
  note?: string | null;
}
