import { randomBytes } from 'node:crypto';

/** 12 random bytes: 96 bits, written as 16 URL-safe characters. */
const CODE_BYTES = 12;
const CODE_SHAPE = /^[A-Za-z0-9_-]{16}$/;

/** A new code for a drive's public link: from the system's cryptographic generator, so it cannot be guessed. */
export function newDriveCode(): string {
  return randomBytes(CODE_BYTES).toString('base64url');
}

/** Whether a string could be a drive code at all; anything else is not looked up. */
export function isDriveCodeShaped(value: string): boolean {
  return CODE_SHAPE.test(value);
}

/** The path of the public sign-up page for a drive. */
export function signUpPath(code: string): string {
  return `/join/${code}`;
}
