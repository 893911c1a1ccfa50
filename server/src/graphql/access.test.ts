import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Query, Resolver, buildSchema } from 'type-graphql';
import type { Viewer } from '../accounts/sessions.js';
import { AllowRoles, Public, enforceAccess, guardRootFields, rootFieldsWithoutAccessRule } from './access.js';
import type { KindredContext } from './context.js';

const as = (memberships: Viewer['memberships'] | null) =>
  ({
    viewer: memberships && { id: 'u1', email: 'a@example.org', displayName: 'A', memberships, sessionTokenHash: 'h' },
  }) as KindredContext;

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'ALLOWED';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('access rules', () => {
  it('denies a field with no rule, even to an administrator', () => {
    expect(codeOf(() => enforceAccess(undefined, as([{ schemeId: 's', role: 'ADMIN' }])))).toBe('FORBIDDEN');
  });

  it('asks nobody to sign in for public fields', () => {
    expect(codeOf(() => enforceAccess({ kind: 'public' }, as(null)))).toBe('ALLOWED');
  });

  it('asks for sign-in before anything else', () => {
    expect(codeOf(() => enforceAccess({ kind: 'signedIn' }, as(null)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => enforceAccess({ kind: 'roles', roles: ['ADMIN'] }, as(null)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => enforceAccess({ kind: 'signedIn' }, as([])))).toBe('ALLOWED');
  });

  it('lets through only the roles named', () => {
    const rule = { kind: 'roles', roles: ['LINK_WORKER', 'ADMIN'] } as const;
    expect(codeOf(() => enforceAccess({ ...rule, roles: [...rule.roles] }, as([{ schemeId: 's', role: 'VOLUNTEER' }])))).toBe('FORBIDDEN');
    expect(codeOf(() => enforceAccess({ ...rule, roles: [...rule.roles] }, as([{ schemeId: 's', role: 'LINK_WORKER' }])))).toBe('ALLOWED');
  });
});

@Resolver()
class MixedResolver {
  @Query(() => String)
  @Public()
  open(): string {
    return 'open';
  }

  @Query(() => String)
  @AllowRoles('ADMIN')
  staffOnly(): string {
    return 'staff';
  }

  @Query(() => String)
  forgotten(): string {
    return 'should never be reached';
  }
}

describe('finding unguarded fields in a schema', () => {
  it('names every root field that declares no rule', async () => {
    const schema = guardRootFields(await buildSchema({ resolvers: [MixedResolver] }));
    expect(rootFieldsWithoutAccessRule(schema)).toEqual(['Query.forgotten']);
  });
});
