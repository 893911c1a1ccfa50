import { describe, expect, it } from 'vitest';
import { CEL_NOT_FOR_SCREENING, INSTRUMENT_IDS, INSTRUMENTS } from './instruments/index.js';
import type { InstrumentId } from './types.js';

const texts = (id: InstrumentId) => INSTRUMENTS[id].items.map((i) => i.text);
const optionPairs = (id: InstrumentId, index = 0) => INSTRUMENTS[id].items[index]!.options.map((o) => [o.label, o.value]);

describe('the instruments as published', () => {
  it('asks the ONS direct question with its five answers, often/always first', () => {
    expect(texts('ONS_LONELINESS')).toEqual(['How often do you feel lonely?']);
    expect(optionPairs('ONS_LONELINESS')).toEqual([
      ['Often/always', 5],
      ['Some of the time', 4],
      ['Occasionally', 3],
      ['Hardly ever', 2],
      ['Never', 1],
    ]);
  });

  it('asks the three UCLA items, each scored hardly ever or never 1, some of the time 2, often 3', () => {
    expect(texts('UCLA3')).toEqual([
      'How often do you feel that you lack companionship?',
      'How often do you feel left out?',
      'How often do you feel isolated from others?',
    ]);
    for (const index of [0, 1, 2]) {
      expect(optionPairs('UCLA3', index)).toEqual([
        ['Hardly ever or never', 1],
        ['Some of the time', 2],
        ['Often', 3],
      ]);
    }
  });

  it('asks the seven SWEMWBS statements with Warwick’s instructions, each scored 1 to 5', () => {
    expect(texts('SWEMWBS')).toEqual([
      "I've been feeling optimistic about the future",
      "I've been feeling useful",
      "I've been feeling relaxed",
      "I've been dealing with problems well",
      "I've been thinking clearly",
      "I've been feeling close to other people",
      "I've been able to make up my own mind about things",
    ]);
    expect(INSTRUMENTS.SWEMWBS.intro).toBe(
      'Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks',
    );
    for (const index of [0, 1, 2, 3, 4, 5, 6]) {
      expect(optionPairs('SWEMWBS', index)).toEqual([
        ['None of the time', 1],
        ['Rarely', 2],
        ['Some of the time', 3],
        ['Often', 4],
        ['All of the time', 5],
      ]);
    }
  });

  it('shows Warwick’s licence notice with SWEMWBS, and no notice with the others', () => {
    expect(INSTRUMENTS.SWEMWBS.licence).toBe(
      'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) © University of Warwick, 2006, all rights reserved.',
    );
    for (const id of ['ONS_LONELINESS', 'UCLA3', 'ONS4', 'CEL'] as const) expect(INSTRUMENTS[id].licence).toBeNull();
  });

  it('asks the four ONS personal well-being questions, each 0 (not at all) to 10 (completely)', () => {
    expect(texts('ONS4')).toEqual([
      'Overall, how satisfied are you with your life nowadays?',
      'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      'Overall, how happy did you feel yesterday?',
      'Overall, how anxious did you feel yesterday?',
    ]);
    expect(INSTRUMENTS.ONS4.items.map((i) => i.id)).toEqual(['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY']);
    expect(INSTRUMENTS.ONS4.intro).toContain("where 0 is 'not at all' and 10 is 'completely'");
    for (const item of INSTRUMENTS.ONS4.items) {
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(item.options[0]!.label).toBe('0 – not at all');
      expect(item.options[10]!.label).toBe('10 – completely');
      expect(item.options.slice(1, 10).map((o) => o.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    }
  });

  it('asks the three Campaign to End Loneliness statements, alternating the direction of the answers', () => {
    expect(texts('CEL')).toEqual([
      'I am content with my friendships and relationships',
      'I have enough people I feel comfortable asking for help at any time',
      'My relationships are as satisfying as I would want them to be',
    ]);
    const disagreeFirst = [
      ['Strongly disagree', 4],
      ['Disagree', 3],
      ['Neutral', 2],
      ['Agree', 1],
      ['Strongly agree', 0],
    ];
    expect(optionPairs('CEL', 0)).toEqual(disagreeFirst);
    expect(optionPairs('CEL', 1)).toEqual([...disagreeFirst].reverse());
    expect(optionPairs('CEL', 2)).toEqual(disagreeFirst);
  });

  it('says the Campaign to End Loneliness tool is never for screening or eligibility', () => {
    expect(CEL_NOT_FOR_SCREENING).toMatch(/never be used to screen people or decide who is eligible/);
  });
});

describe('what every instrument promises', () => {
  it('lists all five in the order a check-in asks them', () => {
    expect(INSTRUMENT_IDS).toEqual(['UCLA3', 'ONS_LONELINESS', 'CEL', 'SWEMWBS', 'ONS4']);
    expect([...INSTRUMENT_IDS].sort()).toEqual(Object.keys(INSTRUMENTS).sort());
  });

  it.each(Object.values(INSTRUMENTS))('$id: its own id, never for screening, unique item ids and option values', (instrument) => {
    expect(INSTRUMENTS[instrument.id]).toBe(instrument);
    expect(instrument.screening).toBe(false);
    const ids = instrument.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of instrument.items) {
      const values = item.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      expect(values.every(Number.isInteger)).toBe(true);
      // Contiguous: the range in error messages is the whole truth.
      expect(Math.max(...values) - Math.min(...values) + 1).toBe(values.length);
      expect(item.options.every((o) => o.label.trim().length > 0)).toBe(true);
    }
  });

  it.each(Object.values(INSTRUMENTS))('$id: speaks kindly to the person, never calling them lonely', (instrument) => {
    expect(instrument.personTitle).not.toMatch(/lonel/i);
    expect(instrument.intro).not.toMatch(/lonel/i);
    expect(instrument.personTitle.length).toBeGreaterThan(0);
  });

  it('uses the word "lonely" only in the published ONS question', () => {
    const mentions = Object.values(INSTRUMENTS).flatMap((i) => i.items.filter((item) => /lonel/i.test(item.text)).map((item) => item.text));
    expect(mentions).toEqual(['How often do you feel lonely?']);
  });

  it('gives each instrument its own kind title', () => {
    expect(Object.fromEntries(Object.values(INSTRUMENTS).map((i) => [i.id, i.personTitle]))).toEqual({
      ONS_LONELINESS: "How you've been feeling",
      UCLA3: 'Feeling connected to others',
      SWEMWBS: 'Your wellbeing over the last two weeks',
      ONS4: 'How your life is going',
      CEL: 'Your friendships and connections',
    });
  });
});
