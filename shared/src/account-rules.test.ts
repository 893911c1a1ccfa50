import { describe, expect, it } from 'vitest';
import { displayNameProblem, emailProblem, newPasswordProblem, normaliseEmail, PASSWORD_MIN_LENGTH } from './account-rules.js';

describe('email addresses', () => {
  it('refuses an empty or malformed address with words a person can act on', () => {
    expect(emailProblem('')).toBe('Enter your email address');
    expect(emailProblem('   ')).toBe('Enter your email address');
    expect(emailProblem('margaret')).toMatch(/correct format/);
    expect(emailProblem('margaret@localhost')).toMatch(/correct format/);
    expect(emailProblem('a b@example.org')).toMatch(/correct format/);
    expect(emailProblem(`${'a'.repeat(250)}@example.org`)).toMatch(/254 characters or fewer/);
  });

  it('accepts ordinary addresses, with spaces around them', () => {
    expect(emailProblem('margaret.sutcliffe@example.org')).toBeNull();
    expect(emailProblem('  Derek+kindred@Example.ORG ')).toBeNull();
  });

  it('treats addresses that differ only in case and spaces as one', () => {
    expect(normaliseEmail('  Derek@Example.ORG ')).toBe('derek@example.org');
  });
});

describe('new passwords', () => {
  it(`needs at least ${PASSWORD_MIN_LENGTH} characters, counting emoji as one each`, () => {
    expect(newPasswordProblem('')).toBe('Enter a password');
    expect(newPasswordProblem('123456789')).toMatch(/at least 10/);
    expect(newPasswordProblem('🙂'.repeat(9))).toMatch(/at least 10/);
    expect(newPasswordProblem('🙂'.repeat(10))).toBeNull();
    expect(newPasswordProblem('correct horse battery')).toBeNull();
  });

  it('caps the length so hashing cannot be used to tie up the server', () => {
    expect(newPasswordProblem('x'.repeat(201))).toMatch(/200 characters or fewer/);
    expect(newPasswordProblem('x'.repeat(200))).toBeNull();
  });
});

describe('display names', () => {
  it('needs a name, and not a very long one', () => {
    expect(displayNameProblem(' ')).toMatch(/Enter the name/);
    expect(displayNameProblem('M'.repeat(81))).toMatch(/80 characters or fewer/);
    expect(displayNameProblem('Margaret')).toBeNull();
    expect(displayNameProblem('Siân Ó Dálaigh-Nwosu')).toBeNull();
  });

  it('refuses hidden characters that would make a name display as something else', () => {
    expect(displayNameProblem('Admin\u202Enimda')).toMatch(/hidden control characters/);
    expect(displayNameProblem('Tab\tName')).toMatch(/hidden control characters/);
  });
});
