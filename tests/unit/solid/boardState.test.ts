import { createEffect, createMemo, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { boardMaps } from '@/lib/board/schema';
import { createBoardState } from '@/lib/solid/createBoardState';
import { freshDb } from '@/tests/support/db';
import { mustOpen, newStoredBoard } from '@/tests/support/session';

async function openBoard() {
  const db = freshDb();
  return mustOpen(db, await newStoredBoard(db));
}

describe('createBoardState', () => {
  it('typing in one item re-runs only that item’s readers, not other items or the section list', async () => {
    const session = await openBoard();
    const [first, second] = [session.addItem('boundary'), session.addItem('boundary')];
    const runs = { first: 0, second: 0, list: 0 };
    const dispose = createRoot((dispose) => {
      const state = createBoardState(session);
      createEffect(() => {
        void state.item(first!)?.text;
        runs.first++;
      });
      createEffect(() => {
        void state.item(second!)?.text;
        runs.second++;
      });
      createEffect(() => {
        void state.sectionIds('boundary');
        runs.list++;
      });
      return dispose;
    });
    expect(runs).toEqual({ first: 1, second: 1, list: 1 });

    session.setText(first!, 'I need');
    session.setText(first!, 'I need space');
    expect(runs).toEqual({ first: 3, second: 1, list: 1 });

    // A move changes the list and the moved item, nothing else.
    session.moveItem(second!, 0);
    expect(runs).toEqual({ first: 3, second: 2, list: 2 });
    dispose();
    await session.close();
  });

  it('follows adds, deletes, undo, the title and save status, and stops observing on cleanup', async () => {
    const session = await openBoard();
    await createRoot(async (dispose) => {
      const state = createBoardState(session);
      expect(state.canUndo()).toBe(false);
      const id = session.addItem('celebration');
      expect(state.sectionIds('celebration')).toEqual([id]);
      expect(state.canUndo()).toBe(true);
      session.deleteItem(id);
      expect(state.sectionIds('celebration')).toEqual([]);
      expect(state.item(id)).toBeUndefined();
      session.undo();
      expect(state.sectionIds('celebration')).toEqual([id]);
      expect(state.canRedo()).toBe(true);
      session.rename('Us, renamed');
      expect(state.title()).toBe('Us, renamed');
      await session.persistence.flush();
      expect(state.saveStatus()).toEqual({ kind: 'saved' });

      dispose();
      const afterCleanup = session.addItem('celebration');
      expect(state.item(afterCleanup)).toBeUndefined();
    });
    await session.close();
  });
});

describe('createBoardState items', () => {
  it('tell an item’s readers when only who last changed its words changed', async () => {
    const session = await openBoard();
    const id = session.addItem('boundary');
    const seen: (string | undefined)[] = [];
    const dispose = createRoot((dispose) => {
      const state = createBoardState(session);
      createEffect(() => seen.push(state.item(id)?.updatedBy));
      return dispose;
    });
    const item = boardMaps(session.doc).items.get(id)!;
    session.doc.transact(() => item.set('updatedBy', 'alex'));
    expect(seen).toEqual([undefined, 'alex']);
    dispose();
    await session.close();
  });
});

describe('createBoardState section lists', () => {
  it('keep updating when first read inside a computation that is later disposed', async () => {
    const session = await openBoard();
    await createRoot(async (dispose) => {
      const state = createBoardState(session);
      // A short-lived reader, like a JSX expression that re-runs.
      createRoot((disposeReader) => {
        createMemo(() => state.sectionIds('boundary'));
        disposeReader();
      });
      const first = session.addItem('boundary');
      const second = session.addItem('boundary');
      expect(state.sectionIds('boundary')).toEqual([first, second]);
      dispose();
    });
    await session.close();
  });
});
