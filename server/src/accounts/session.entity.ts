import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UserAccount } from './user.entity.js';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is kept here. */
@Entity({ tableName: 'account_session' })
export class AccountSession {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  @Index()
  user!: UserAccount;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  /** The absolute end, however active the session is. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When this browser proved the second factor (an authenticator code); null until then. */
  @Property({ type: 'timestamptz', nullable: true })
  secondFactorAt?: Date | null;
}
