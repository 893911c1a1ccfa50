import { Extensions } from 'type-graphql';
import { defaultFieldResolver, isIntrospectionType, type GraphQLField, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
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

const rootTypes = (schema: GraphQLSchema) => [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];

/**
 * Puts the access check in front of every root field's resolver (and a subscription's subscribe),
 * whatever the resolver remembers to check. Every refusal is written to the audit log (in its own
 * transaction) before it leaves. Only root fields are wrapped: a type-graphql global middleware
 * would run on every field of every answer, turning each plain property into a promise, and cost
 * more than some whole requests.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of rootTypes(schema)) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(field);
      const check = async (context: KindredContext, args: Record<string, unknown>) => {
        try {
          enforceAccess(rule, context);
        } catch (refusal) {
          await denied(context, { type: `${type.name}.${field.name}`, id: typeof args['id'] === 'string' ? args['id'] : null });
          throw refusal;
        }
      };
      const guarded = (inner: GraphQLFieldResolver<unknown, KindredContext>): GraphQLFieldResolver<unknown, KindredContext> =>
        async (source, args, context, info) => {
          await check(context, args);
          return inner(source, args, context, info);
        };
      field.resolve = guarded((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, KindredContext>);
      if (field.subscribe) field.subscribe = guarded(field.subscribe as GraphQLFieldResolver<unknown, KindredContext>);
    }
  }
  return schema;
}

/** Names of root fields that declare no access rule ("Query.me"). Must be empty. */
export function rootFieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  return rootTypes(schema).flatMap((type) =>
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
