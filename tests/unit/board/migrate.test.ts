import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateBoard } from '@/lib/board/migrate';
import { boardMaps } from '@/lib/board/schema';
import { newBoardDoc } from '@/tests/support/docs';

describe('migrateBoard', () => {
  it('leaves a current board alone', () => {
    const doc = newBoardDoc();
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateBoard(doc)).toBe(1);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('runs each step in order up to the target, as one transaction', () => {
    const doc = newBoardDoc();
    boardMaps(doc).meta.set('formatVersion', 1);
    const steps = {
      1: (d: Y.Doc) => boardMaps(d).meta.set('cadenceDays', 90),
      2: (d: Y.Doc) => boardMaps(d).meta.set('cadenceDays', Number(boardMaps(d).meta.get('cadenceDays')) * 2),
    };
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(migrateBoard(doc, steps, 3)).toBe(3);
    expect(boardMaps(doc).meta.get('cadenceDays')).toBe(180);
    expect(boardMaps(doc).meta.get('formatVersion')).toBe(3);
    expect(transactions).toBe(1);
  });

  it('fails loudly when a step is missing', () => {
    const doc = newBoardDoc();
    expect(() => migrateBoard(doc, {}, 2)).toThrow('No migration from board format 1');
  });
});
