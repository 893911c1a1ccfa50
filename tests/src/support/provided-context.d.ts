declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of a PostgreSQL role allowed to CREATE DATABASE (database "postgres"). */
    adminDatabaseUrl: string;
  }
}

export {};
