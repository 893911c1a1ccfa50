import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ROLES, type Role } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from './scheme.entity.js';
import { UserAccount } from './user.entity.js';

/** One role that one person holds in one scheme. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'scheme', 'role'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Enum({ items: () => [...ROLES], type: 'text' })
  role!: Role;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
