import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UserAccount } from './user.entity.js';

/** A single-use, expiring password reset. Only the SHA-256 of the emailed token is kept. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  @Index()
  user!: UserAccount;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
