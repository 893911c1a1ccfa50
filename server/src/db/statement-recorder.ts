import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * For tests only: hands `onStatement` the SQL of every statement this ORM sends (with `?` where
 * the values go, never the values), until the returned function is called. Nothing is recorded
 * unless a test asks; the sharding test uses it to show that every query filters on scheme_id.
 */
export function recordStatements(orm: MikroORM, onStatement: (sql: string) => void): () => void {
  const previous = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql, params) => {
    onStatement(sql);
    return previous(sql, params);
  });
  return () => orm.config.set('onQuery', previous);
}
