import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Bounds on the shape of any operation, measured against the attacks in SECURITY.md. The web app's
 * deepest operation is 4 levels and its widest uses no aliases, so these leave ample room.
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 5_000,
} as const;

export function operationGuards() {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}
