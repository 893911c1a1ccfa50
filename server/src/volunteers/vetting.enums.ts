import { registerEnumType } from 'type-graphql';
import { AGE_BANDS, DBS_LEVELS, REFERENCE_STATUSES, STEP_STATUSES, TRAINING_MODULES, VETTING_STAGES, VETTING_STEPS } from '@kindred/shared';

const enumOf = <T extends string>(items: ReadonlyArray<{ id: T }>) => Object.fromEntries(items.map((i) => [i.id, i.id])) as { [K in T]: K };

/** GraphQL enums made from the shared volunteering and vetting rules, so API and web cannot disagree. */
export const AgeBandEnum = enumOf(AGE_BANDS);
export const DbsLevelEnum = enumOf(DBS_LEVELS);
export const TrainingModuleEnum = enumOf(TRAINING_MODULES);
export const ReferenceStatusEnum = enumOf(REFERENCE_STATUSES);
export const VettingStageEnum = enumOf(VETTING_STAGES);
export const VettingStepEnum = enumOf(VETTING_STEPS);
export const StepStatusEnum = enumOf(STEP_STATUSES);
export const VettingActorEnum = { VOLUNTEER: 'VOLUNTEER', STAFF: 'STAFF' } as const;

registerEnumType(AgeBandEnum, { name: 'AgeBand', description: 'An age range a person chose to share' });
registerEnumType(DbsLevelEnum, { name: 'DbsLevel', description: 'The level of a Disclosure and Barring Service check' });
registerEnumType(TrainingModuleEnum, { name: 'TrainingModule', description: 'Training every volunteer completes before approval' });
registerEnumType(ReferenceStatusEnum, { name: 'ReferenceStatus', description: 'Asked for, received, then checked by staff' });
registerEnumType(VettingStageEnum, { name: 'VettingStage', description: 'Where a volunteer is in vetting' });
registerEnumType(VettingStepEnum, { name: 'VettingStep', description: 'One step of vetting, in order' });
registerEnumType(StepStatusEnum, { name: 'VettingStepStatus' });
registerEnumType(VettingActorEnum, { name: 'VettingActor', description: 'Who does the next step: the volunteer or staff' });
