import { Extensions, type MiddlewareFn } from 'type-graphql';
import { isIntrospectionType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Role } from '@kindred/shared';
import type { KindredContext } from './context.js';
import { forbidden, notSignedIn } from './errors.js';
import { denied } from '../audit/denied.js';

/**
 * Who may call a root field. Every Query, Mutation and Subscription field declares one, and the
 * rule travels in the schema's field extensions, so the schema itself can be checked for gaps.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: Role[] };

const ACCESS = 'access';

/** Anyone, signed in or not, may call this field. */
export const Public = () => Extensions({ [ACCESS]: { kind: 'public' } satisfies AccessRule });
/** Anyone signed in may call this field; the service decides which objects they reach. */
export const SignedIn = () => Extensions({ [ACCESS]: { kind: 'signedIn' } satisfies AccessRule });
/** Only people holding one of these roles (in some scheme) may call this field; the service checks which scheme. */
export const AllowRoles = (...roles: Role[]) => Extensions({ [ACCESS]: { kind: 'roles', roles } satisfies AccessRule });

function ruleOf(field: GraphQLField<unknown, unknown> | undefined): AccessRule | undefined {
  return field?.extensions?.[ACCESS] as AccessRule | undefined;
}

/** Throws unless the viewer satisfies the rule. A missing rule denies: deny by default. */
export function enforceAccess(rule: AccessRule | undefined, context: KindredContext): void {
  if (!rule) throw forbidden();
  if (rule.kind === 'public') return;
  if (!context.viewer) throw notSignedIn();
  if (rule.kind === 'signedIn') return;
  if (!context.viewer.memberships.some((m) => rule.roles.includes(m.role))) throw forbidden();
}

function isRootType(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  return type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
}

/**
 * Runs before every root field resolver, whatever the resolver remembers to check. Every refusal is
 * written to the audit log (in its own transaction) before it leaves.
 */
export const accessGuard: MiddlewareFn<KindredContext> = async ({ info, context, args }, next) => {
  if (isRootType(info.schema, info.parentType)) {
    try {
      enforceAccess(ruleOf(info.parentType.getFields()[info.fieldName]), context);
    } catch (refusal) {
      await denied(context, { type: `${info.parentType.name}.${info.fieldName}`, id: typeof args['id'] === 'string' ? args['id'] : null });
      throw refusal;
    }
  }
  return next();
};

/** Names of root fields that declare no access rule ("Query.me"). Must be empty. */
export function rootFieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) =>
    type && !isIntrospectionType(type)
      ? Object.values(type.getFields())
          .filter((field) => !field.name.startsWith('__') && !ruleOf(field))
          .map((field) => `${type.name}.${field.name}`)
      : [],
  );
}

/** The declared rule of a root field, for tests and documentation. */
export function accessRuleOf(schema: GraphQLSchema, typeName: string, fieldName: string): AccessRule | undefined {
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  return ruleOf(type?.getFields()[fieldName]);
}
