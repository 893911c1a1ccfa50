import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, SELF_SERVICE_ROLES, type Role, type SelfServiceRole } from '@kindred/shared';
import { TwoFactorStatusView } from './two-factor/two-factor.types.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const SelfServiceRoleEnum = asEnum(SELF_SERVICE_ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A role a person holds in a scheme' });
registerEnumType(SelfServiceRoleEnum, { name: 'SelfServiceRole', description: 'The roles a person can choose when signing up' });

@ObjectType('Scheme', { description: 'A befriending or social prescribing service, such as a Primary Care Network or a charity' })
export class SchemeView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The area it serves, in words people use' }) area!: string;
}

@ObjectType('Membership', { description: 'One role a person holds in one scheme' })
export class MembershipView {
  @Field(() => SchemeView) scheme!: SchemeView;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('Viewer', { description: 'The signed-in person' })
export class ViewerView {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [MembershipView], { description: 'Every role held; staff roles count only once twoFactor.verified' })
  memberships!: MembershipView[];
  @Field(() => TwoFactorStatusView) twoFactor!: TwoFactorStatusView;
}

@InputType()
export class SignUpInput {
  @Field() email!: string;
  @Field() password!: string;
  @Field() displayName!: string;
  @Field(() => ID) schemeId!: string;
  @Field(() => SelfServiceRoleEnum) role!: SelfServiceRole;
  @Field(() => String, { nullable: true, description: 'The code of the recruitment drive whose link a volunteer came through; never makes sign-up fail' })
  recruitmentDriveCode?: string | null;
}

@InputType()
export class SignInInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() token!: string;
  @Field() newPassword!: string;
}

@InputType()
export class CreateSchemeInput {
  @Field() name!: string;
  @Field() area!: string;
}

@InputType()
export class RoleGrantInput {
  @Field() email!: string;
  @Field(() => ID) schemeId!: string;
  @Field(() => RoleEnum) role!: Role;
}
