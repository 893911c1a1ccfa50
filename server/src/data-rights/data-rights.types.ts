import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SchemeView } from '../accounts/account.types.js';
import { ConsentView } from '../seekers/seeker.types.js';

@ObjectType('MyConsent', { description: 'A consent recorded for you, in one scheme' })
export class MyConsentView {
  @Field(() => SchemeView) scheme!: SchemeView;
  @Field(() => ConsentView) consent!: ConsentView;
  @Field(() => String, { nullable: true, description: 'Who recorded that it was withdrawn' }) withdrawnByName!: string | null;
  @Field({ description: 'Whether you can withdraw it yourself now (it is still agreed, and you still seek company in that scheme)' })
  canWithdraw!: boolean;
}

// Identifiers and words are bounded, so a request cannot carry an unbounded amount of text.
@InputType({ description: 'One person: their record as a person seeking company, or their account. Give exactly one.' })
export class PersonRefInput {
  @Field(() => ID, { nullable: true }) @MaxLength(100) seekerId?: string;
  @Field(() => ID, { nullable: true }) @MaxLength(100) userId?: string;
}

@InputType({ description: 'Erasing a person’s data, by an administrator of their scheme' })
export class ErasePersonInput extends PersonRefInput {
  @Field({ description: 'Why, without their name or contact details (kept after everything else has gone)' }) @MaxLength(2000) reason!: string;
}

@InputType({ description: 'Erasing your own account and data' })
export class EraseMeInput {
  @Field({ description: 'The word "erase", typed to confirm' }) @MaxLength(100) confirm!: string;
  @Field() @MaxLength(1000) password!: string;
}
