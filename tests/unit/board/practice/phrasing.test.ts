import { describe, expect, it } from 'vitest';
import { soundsLikeAccusation } from '@/lib/board/practice/phrasing';

describe('the I-statement nudge', () => {
  it.each([
    'You always leave the dishes.',
    'you never ask how my day was',
    'I was tired. You keep interrupting me.',
    'It is your fault we were late.',
    "You're always on your phone.",
    'You make me feel small.',
  ])('suggests an I statement for %j', (text) => expect(soundsLikeAccusation(text)).toBe(true));

  it.each([
    'I feel unheard when plans change at the last minute.',
    'I need an hour to myself after work.',
    'We check in every Sunday evening.',
    'Thank you for always making time for me.',
    'If you text me, I will reply by the evening.',
    '',
  ])('leaves %j alone', (text) => expect(soundsLikeAccusation(text)).toBe(false));
});
