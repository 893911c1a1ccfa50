import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { UserAccount } from '../user.entity.js';

/**
 * A person's authenticator-app secret (TOTP). Pending while `enabledAt` is null: set up but not yet
 * confirmed with a code. Accounts are not scheme-owned, so neither is this.
 */
@Entity({ tableName: 'two_factor' })
@Unique({ properties: ['user'] })
export class TwoFactorSecret {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  // Never sent anywhere after setup: hidden from serialisation and loaded only to check a code.
  // Sealed with the configured key when there is one (see secret-box.ts).
  @Property({ type: 'text', hidden: true, lazy: true })
  secret!: string;

  @Property({ type: 'timestamptz', nullable: true })
  enabledAt?: Date | null;

  /** The newest time step a code was accepted for: a code of that step or older is refused (replay). */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One single-use recovery code, for when the phone is lost. Only a SHA-256 of it is kept. */
@Entity({ tableName: 'two_factor_recovery_code' })
@Unique({ properties: ['user', 'codeHash'] })
export class RecoveryCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @Property({ type: 'text', hidden: true })
  codeHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export const twoFactorEntities = [TwoFactorSecret, RecoveryCode];
