/**
 * The yardstick: a bare GraphQL-over-HTTP endpoint (graphql-http on node:http) with one trivial
 * field and nothing else: no database, no sessions, no limits. Run as its own process by
 * bare-graphql.ts; prints "listening <port>" once ready.
 */
import http from 'node:http';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }),
});
const handler = createHandler({ schema });
const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
