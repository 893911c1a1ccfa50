import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * graphql 16 ships index.js (CommonJS, what Node loads for `import 'graphql'`) and index.mjs (what
 * Vite picks by its extension order). Libraries loaded by Node (Apollo, type-graphql) would then use
 * one copy and the server's source, transformed by Vite, the other: "Cannot use GraphQLSchema from
 * another module or realm". This resolves such packages exactly as Node does, so there is one copy.
 */
export function resolveLikeNode(packages: string[]): Plugin {
  const matches = (id: string) => packages.some((name) => id === name || id.startsWith(`${name}/`));
  return {
    name: 'kindred:resolve-like-node',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!matches(id)) return null;
      return createRequire(importer ?? import.meta.url).resolve(id);
    },
  };
}
