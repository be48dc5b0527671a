import * as Y from 'yjs';
import { addItem } from '../lib/board/actions';
import { SECTIONS } from '../lib/board/format';
import { initBoard } from '../lib/board/schema';

/** A board doc with `count` items spread over the three sections, as a full board would be. */
export function bigBoard(count: number): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: `Bench ${count}`, kind: 'partners', createdAt: 1, createdBy: 'bench' });
  for (let i = 0; i < count; i++) {
    addItem(doc, {
      section: SECTIONS[i % SECTIONS.length]!,
      author: 'bench',
      now: i,
      text: `Item ${i}: I need us to check in about plans before the weekend starts.`,
    });
  }
  return doc;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
