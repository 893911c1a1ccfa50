import { describe, expect, it } from 'vitest';
import { consentProblems, londonIsoDate, type ConsentFacts } from './consent.js';
import { freeTextProblem, personNameProblem, phoneProblem } from './about-me.js';

const good: ConsentFacts = {
  purpose: 'ACCESS_NEEDS',
  lawfulBasis: 'PUBLIC_TASK',
  specialCategoryCondition: 'HEALTH_OR_SOCIAL_CARE',
  agreedWords: 'Explained that we record needs so a volunteer can meet them. Agreed on the phone.',
  agreedOn: '2027-03-09',
};
const today = '2027-03-10';

describe('consent recorded on a person’s behalf', () => {
  it('passes when every fact is there', () => {
    expect(consentProblems(good, today)).toEqual({});
    expect(consentProblems({ ...good, agreedOn: today }, today)).toEqual({});
  });

  it('asks for an Article 9 condition only for health and access information', () => {
    expect(consentProblems({ ...good, specialCategoryCondition: null }, today)).toHaveProperty('specialCategoryCondition');
    expect(consentProblems({ ...good, purpose: 'REFERRAL', specialCategoryCondition: null }, today)).toEqual({});
  });

  it('names each missing or wrong fact', () => {
    const problems = consentProblems({ ...good, lawfulBasis: '', agreedWords: '  ', agreedOn: '2027-02-30' }, today);
    expect(Object.keys(problems).sort()).toEqual(['agreedOn', 'agreedWords', 'lawfulBasis']);
    expect(problems.agreedOn).toMatch(/real date/);
  });

  it('refuses a date in the future', () => {
    expect(consentProblems({ ...good, agreedOn: '2027-03-11' }, today).agreedOn).toMatch(/today or in the past/);
  });

  it('knows the date in London, across midnight in summer', () => {
    expect(londonIsoDate(new Date('2027-07-01T23:30:00Z'))).toBe('2027-07-02');
    expect(londonIsoDate(new Date('2027-01-01T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('what a person tells us', () => {
  it('accepts UK phone numbers as people write them', () => {
    for (const phone of ['01422 123456', '07700 900123', '(01422) 123 456', '+44 7700 900123', '']) expect(phoneProblem(phone), phone).toBeNull();
    for (const phone of ['123', 'call me', '0770090012345']) expect(phoneProblem(phone), phone).not.toBeNull();
  });

  it('keeps free text within bounds and free of hidden controls, allowing line breaks', () => {
    expect(freeTextProblem('Walks on the tops.\nMy dog, Bess.', 100, 'What matters to you')).toBeNull();
    expect(freeTextProblem('x'.repeat(101), 100, 'What matters to you')).toMatch(/100 characters or fewer/);
    expect(freeTextProblem('abc\u202edef', 100, 'What matters to you')).toMatch(/hidden control/);
  });

  it('needs a name for a person being referred', () => {
    expect(personNameProblem(' ')).toBe('Enter their name');
    expect(personNameProblem('Ellen Greenwood')).toBeNull();
  });
});
