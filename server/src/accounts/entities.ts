import { Membership } from './membership.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { Scheme } from './scheme.entity.js';
import { AccountSession } from './session.entity.js';
import { ThrottleCounter } from './throttle.entity.js';
import { twoFactorEntities } from './two-factor/two-factor.entity.js';
import { UserAccount } from './user.entity.js';

export const accountEntities = [UserAccount, Scheme, Membership, AccountSession, PasswordReset, ThrottleCounter, ...twoFactorEntities];
