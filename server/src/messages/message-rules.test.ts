import { describe, expect, it } from 'vitest';
import { checkMessageBody, MESSAGE_MAX_CHARACTERS } from './message-rules.js';

describe('checkMessageBody', () => {
  it('trims the ends and keeps everything else exactly', () => {
    expect(checkMessageBody('  Hello,\n  see you Tuesday \u202E!  ')).toEqual({ body: 'Hello,\n  see you Tuesday \u202E!' });
  });

  it('refuses nothing, or only whitespace', () => {
    expect(checkMessageBody('')).toHaveProperty('problem');
    expect(checkMessageBody(' \n\t\u00A0')).toHaveProperty('problem');
  });

  it('counts characters as people do: an emoji is one', () => {
    expect(checkMessageBody('😊'.repeat(MESSAGE_MAX_CHARACTERS))).toEqual({ body: '😊'.repeat(MESSAGE_MAX_CHARACTERS) });
    expect(checkMessageBody('😊'.repeat(MESSAGE_MAX_CHARACTERS + 1))).toHaveProperty('problem');
    expect(checkMessageBody('a'.repeat(MESSAGE_MAX_CHARACTERS + 1))).toEqual({ problem: 'Keep your message to 2,000 characters or fewer (it has 2,001)' });
  });

  it('refuses the NUL character, which PostgreSQL cannot keep', () => {
    expect(checkMessageBody(`a${String.fromCharCode(0)}b`)).toHaveProperty('problem');
  });
});
