import { hash, parseOptions, verify, type Algorithm } from '@node-rs/argon2';

// argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): about 20 ms here, so sign-in stays quick
// while each guess stays expensive. Raising these rehashes people's passwords as they next sign in.
const ARGON2ID = 2 as Algorithm;
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker settings than today's. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const options = parseOptions(passwordHash);
    return (
      options.algorithm !== PARAMETERS.algorithm ||
      options.memoryCost < PARAMETERS.memoryCost ||
      options.timeCost < PARAMETERS.timeCost
    );
  } catch {
    return true;
  }
}

let decoy: Promise<string> | undefined;
/**
 * A hash to check against when no account has the given email, so that a sign-in for an unknown
 * email costs the same time as one for a known email and timing does not reveal who has an account.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}
