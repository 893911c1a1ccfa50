import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed attempts at a sensitive action (sign-in, password reset) for one key, such as an account
 * or a network address. Kept in PostgreSQL so every API process sees the same count.
 */
@Entity({ tableName: 'throttle_counter' })
export class ThrottleCounter {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'integer' })
  attempts!: number;
}
