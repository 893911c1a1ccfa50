import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { KindredContext } from './context.js';

/**
 * graphql-ws subscriptions on the same path as HTTP. The socket carries the session cookie, so a
 * foreign page must not be able to open one: only our own origin is accepted.
 */
export function startSubscriptionServer(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  allowedOrigin: string;
  validationRules: ValidationRule[];
  context: (cookieHeader: string | undefined, clientAddress: string) => Promise<KindredContext>;
}) {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ origin }: { origin?: string }) => origin === undefined || origin === options.allowedOrigin,
  });
  const cleanup = useServer<Record<string, unknown>, { context?: KindredContext }>(
    {
      schema: options.schema,
      context: async (ctx) => {
        ctx.extra.context ??= await options.context(ctx.extra.request.headers.cookie, ctx.extra.request.socket.remoteAddress ?? 'unknown');
        return ctx.extra.context;
      },
      onSubscribe: (_ctx, _id, payload) => {
        // The same limits as HTTP: depth, aliases, tokens, cost.
        let document;
        try {
          document = parse(payload.query, { maxTokens: 2_000 });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Could not read that operation')];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        return { schema: options.schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined } satisfies ExecutionArgs;
      },
    },
    wsServer,
  );
  return {
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
