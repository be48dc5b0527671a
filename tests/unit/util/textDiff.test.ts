import { describe, expect, it } from 'vitest';
import { diffText } from '@/lib/util/textDiff';

describe('diffText', () => {
  it.each([
    ['', 'abc', { index: 0, deleteCount: 0, insert: 'abc' }],
    ['abc', '', { index: 0, deleteCount: 3, insert: '' }],
    ['I need time', 'I need more time', { index: 7, deleteCount: 0, insert: 'more ' }],
    ['aaa', 'aa', { index: 2, deleteCount: 1, insert: '' }],
    ['same', 'same', { index: 4, deleteCount: 0, insert: '' }],
    ['cat', 'cut', { index: 1, deleteCount: 1, insert: 'u' }],
  ])('%j -> %j', (before, after, splice) => {
    expect(diffText(before, after)).toEqual(splice);
  });
});
