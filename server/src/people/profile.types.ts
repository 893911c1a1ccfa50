import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { AccessNeedId, ContactMode, Day, PartOfDay } from '@kindred/shared';
import { AccessNeedEnum, ContactModeEnum, DayEnum, PartOfDayEnum } from './vocabulary.types.js';

@ObjectType('WeeklySlot')
@InputType('WeeklySlotInput')
export class WeeklySlotShape {
  @Field(() => DayEnum) day!: Day;
  @Field(() => PartOfDayEnum) part!: PartOfDay;
}

@ObjectType('SpecificTime', { description: 'A date and times in London time, e.g. 2026-12-24 from 10:00 to 12:00' })
@InputType('SpecificTimeInput')
export class SpecificTimeShape {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field({ description: 'HH:MM' }) from!: string;
  @Field({ description: 'HH:MM' }) to!: string;
}

@InputType({ description: 'What matching needs to know about a person. Omitted fields stay as they are.' })
export class ProfileDetailsInput {
  @Field(() => [String], { nullable: true, description: 'Interest ids from the shared taxonomy' }) interests?: string[];
  @Field(() => [AccessNeedEnum], { nullable: true }) accessNeeds?: AccessNeedId[];
  @Field(() => [ContactModeEnum], { nullable: true }) contactModes?: ContactMode[];
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes' }) languages?: string[];
  @Field(() => [WeeklySlotShape], { nullable: true }) weeklyAvailability?: WeeklySlotShape[];
  @Field(() => [SpecificTimeShape], { nullable: true }) specificTimes?: SpecificTimeShape[];
  @Field({ nullable: true, description: 'A full UK postcode. Private: others see only the area.' }) postcode?: string;
  @Field(() => Float, { nullable: true, description: 'How far they will travel to meet in person, in km' }) travelRadiusKm?: number;
}

@ObjectType('ProfileDetails', { description: 'A person’s matching details as the person and their scheme’s staff see them' })
export class ProfileDetailsView {
  @Field(() => [String]) interests!: string[];
  @Field(() => [AccessNeedEnum]) accessNeeds!: AccessNeedId[];
  @Field(() => [ContactModeEnum]) contactModes!: ContactMode[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [WeeklySlotShape]) weeklyAvailability!: WeeklySlotShape[];
  @Field(() => Int, { description: 'The weekly grid as 21 bits, Monday morning first' }) availabilityMask!: number;
  @Field(() => [SpecificTimeShape]) specificTimes!: SpecificTimeShape[];
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true, description: 'The postcode district, such as HX7: what other people may see' }) area!: string | null;
  @Field(() => Float, { nullable: true }) travelRadiusKm!: number | null;
}
