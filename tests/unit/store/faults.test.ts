import { describe, expect, it } from 'vitest';
import { readItems } from '@/lib/board/read';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import type { SaveStatus } from '@/lib/store/persistence';
import { freshDb } from '@/tests/support/db';
import { mustOpen, newStoredBoard } from '@/tests/support/session';

/** Makes every new update row fail as a full disk would, until the returned function is called. */
function failWritesWithQuota(db: CommonGroundDB): () => void {
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  db.updates.hook('creating', refuse);
  return () => db.updates.hook('creating').unsubscribe(refuse);
}

async function storedTexts(db: CommonGroundDB, boardId: string) {
  const loaded = await loadBoardDoc(db, boardId);
  if (!loaded.ok) expect.fail(JSON.stringify(loaded.error));
  const texts = readItems(loaded.value).map((item) => item.text);
  loaded.value.destroy();
  return texts;
}

describe('storage refusing writes', () => {
  it('a full disk: says so, keeps the edit in memory, writes it once space is back', async () => {
    const db = freshDb();
    const boardId = await newStoredBoard(db);
    // A long retry wait, so this test drives the retry itself.
    const session = await mustOpen(db, boardId, { retryDelays: [60_000] });
    await session.persistence.flush(); // opening writes this person's name
    const statuses: SaveStatus['kind'][] = [];
    session.persistence.onStatus((status) => statuses.push(status.kind));

    const restore = failWritesWithQuota(db);
    session.setText(session.addItem('boundary'), 'I need a day to think before big decisions.');
    await session.persistence.flush();

    const status = session.persistence.status();
    expect(status.kind).toBe('failed');
    expect(status.kind === 'failed' && status.message).toMatch(/out of storage space/);
    expect(readItems(session.doc).map((i) => i.text)).toEqual(['I need a day to think before big decisions.']);
    expect(await storedTexts(db, boardId)).toEqual([]);

    // More edits while failing are kept too.
    session.setText(session.addItem('celebration'), 'We talked it through.');
    restore();
    await session.persistence.retryNow();
    expect(session.persistence.status()).toEqual({ kind: 'saved' });
    // saved -> saving -> failed, then straight to saved: no flicker back to saving while failing.
    expect(statuses).toEqual(['saving', 'failed', 'saved']);
    expect((await storedTexts(db, boardId)).sort()).toEqual(['I need a day to think before big decisions.', 'We talked it through.']);
    await session.close();
  });

  it('a closed connection: retries by itself and saves when the database is back', async () => {
    const db = freshDb();
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId, { retryDelays: [20] });
    db.close();
    session.setText(session.addItem('expectation'), 'Reply by evening.');
    await expect.poll(() => session.persistence.status().kind).toBe('failed');
    const status = session.persistence.status();
    expect(status.kind === 'failed' && status.message).toMatch(/could not be saved to this device just now/);
    await db.open();
    await expect.poll(() => session.persistence.status().kind, { timeout: 5000 }).toBe('saved');
    expect(await storedTexts(db, boardId)).toEqual(['Reply by evening.']);
    await session.close();
  });

  it('a board deleted elsewhere is not brought back by a late write', async () => {
    const db = freshDb();
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId, { retryDelays: [20] });
    await db.transaction('rw', db.boards, db.updates, async () => {
      await db.updates.where('boardId').equals(boardId).delete();
      await db.boards.delete(boardId);
    });
    session.setText(session.addItem('boundary'), 'late');
    await session.persistence.flush();
    const status = session.persistence.status();
    expect(status.kind === 'failed' && status.message).toMatch(/deleted on this device/);
    expect(await db.updates.where('boardId').equals(boardId).count()).toBe(0);
    await session.close();
  });
});
