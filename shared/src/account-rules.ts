/**
 * Rules for account details, shared so that the web form and the API say the same thing in the
 * same words. Each check returns a message a person can act on, or null when the value is fine.
 */

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; the cap only stops a hashing denial of service. */
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 80;

// Deliberately loose: one @, something either side, a dot in the domain. The email we send is the real test.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trims and lower-cases an email address so that one person has one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an email address is present and looks like one. */
export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (value === '') return 'Enter your email address';
  if (value.length > EMAIL_MAX_LENGTH) return `Email address must be ${EMAIL_MAX_LENGTH} characters or fewer`;
  if (!EMAIL_SHAPE.test(value)) return 'Enter an email address in the correct format, like name@example.com';
  return null;
}

/** Checks a new password is long enough to be safe and short enough to hash. */
export function newPasswordProblem(password: string): string | null {
  if (password === '') return 'Enter a password';
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return `Password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  }
  return null;
}

/** Checks the name a person wants others to call them by. */
export function displayNameProblem(name: string): string | null {
  const value = name.trim();
  if (value === '') return 'Enter the name you would like people to call you';
  if ([...value].length > DISPLAY_NAME_MAX_LENGTH) {
    return `Name must be ${DISPLAY_NAME_MAX_LENGTH} characters or fewer`;
  }
  // Bidirectional overrides and other invisible controls can make a name display as something else.
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value)) {
    return 'Name must not contain hidden control characters';
  }
  return null;
}
