import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IMPORT_STATUSES, type ImportStatus } from './import-job.entity.js';

export const ImportStatusEnum = Object.fromEntries(IMPORT_STATUSES.map((s) => [s, s])) as { [K in ImportStatus]: K };
registerEnumType(ImportStatusEnum, {
  name: 'OpenReferralImportStatus',
  description: 'RECEIVING the file, CHECKING its records, IMPORTING them, then DONE, or FAILED with nothing imported',
});

@ObjectType('OpenReferralImportProblem', { description: 'Something wrong with one record of a file, or a record left out' })
export class ImportProblemView {
  @Field({ description: 'The kind of record, as Open Referral names it: service, location, schedule…' }) recordType!: string;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => String, { nullable: true, description: 'The name of the service it belongs to' }) recordName!: string | null;
  @Field(() => String, { nullable: true, description: 'The field, as Open Referral names it' }) field!: string | null;
  @Field() message!: string;
}

@ObjectType('OpenReferralImport', { description: 'An Open Referral UK import and how far it has got' })
export class ImportView {
  @Field(() => ID) id!: string;
  @Field(() => ID) schemeId!: string;
  @Field(() => ImportStatusEnum) status!: ImportStatus;
  @Field() fileName!: string;
  @Field(() => Int) totalBytes!: number;
  @Field(() => Int) receivedBytes!: number;
  @Field(() => Int, { description: 'Services in the file' }) recordsTotal!: number;
  @Field(() => Int) recordsChecked!: number;
  @Field(() => Int, { description: 'Activities saved so far' }) recordsImported!: number;
  @Field(() => Int, { description: 'Activities the file makes (a service at two places makes two), once checked' }) activitiesTotal!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [ImportProblemView], { description: 'The first 500 problems' }) problems!: ImportProblemView[];
  @Field(() => Int) problemCount!: number;
  @Field(() => [ImportProblemView]) skipped!: ImportProblemView[];
  @Field(() => String, { nullable: true, description: 'Why the whole file failed, when no single record is to blame' }) failure!: string | null;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@InputType()
export class StartOpenReferralImportInput {
  @Field(() => ID) schemeId!: string;
  @Field() fileName!: string;
  @Field(() => Int) totalBytes!: number;
}

@InputType()
export class OpenReferralImportPartInput {
  @Field(() => ID) importId!: string;
  @Field(() => Int, { description: 'Parts are numbered from 0 and sent in order' }) index!: number;
  @Field({ description: 'At most 64 KiB of the file, base64-encoded' }) content!: string;
}
