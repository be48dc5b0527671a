import * as Y from 'yjs';
import { it } from 'vitest';
import { addItem, agree, setItemText } from '@/lib/board/actions';
import { addCheckIn } from '@/lib/board/checkins';
import { readItems } from '@/lib/board/read';
import { initBoard } from '@/lib/board/schema';
import { openDatabase } from '@/lib/store/db';
import { listSessions, saveSession } from '@/lib/store/sessions';
import { storageUse } from '@/lib/store/usage';
import { fmt } from '@/bench/support';

/**
 * Storage of session snapshots: 100 sessions of a 200-item board, each
 * session editing a few items, agreeing to some and checking in, then
 * stored as lib/store/sessions.ts does (gzip of the whole state).
 */
it('100 sessions of a 200-item board', async () => {
  const db = openDatabase('bench-sessions');
  const boardId = 'bench';
  await db.boards.add({ id: boardId, name: 'Bench', kind: 'partners', createdAt: 0, lastActivityAt: 0 });
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Bench', kind: 'partners', createdAt: 0, createdBy: 'sam' });
  const sections = ['boundary', 'expectation', 'celebration', 'support'] as const;
  for (let i = 0; i < 200; i++) {
    addItem(doc, {
      section: sections[i % 4]!,
      author: 'sam',
      now: i,
      text: `Item ${i}: I need us to check in about plans before the weekend starts.`,
    });
  }
  let raw = 0;
  const started = performance.now();
  for (let session = 0; session < 100; session++) {
    const items = readItems(doc);
    for (let edit = 0; edit < 5; edit++) {
      const item = items[(session * 7 + edit * 13) % items.length]!;
      setItemText(doc, item.id, `${item.text.slice(0, 60)} (session ${session})`, session, 'alex');
      agree(doc, item.id, 'sam', { text: `${item.text.slice(0, 60)} (session ${session})`, at: session, sig: 'x'.repeat(86) });
    }
    addCheckIn(doc, 'sam', { score: 1 + (session % 5), statement: 'I feel heard.' }, session);
    raw += Y.encodeStateAsUpdate(doc).byteLength;
    await saveSession(db, boardId, doc, { startedAt: session, endedAt: session + 1, people: [{ id: 'sam', name: 'Sam' }] });
  }
  const ms = performance.now() - started;
  const sessions = await listSessions(db, boardId);
  const stored = sessions.reduce((sum, session) => sum + session.bytes, 0);
  const board = Y.encodeStateAsUpdate(doc).byteLength;
  console.log(
    `\n100 sessions of a 200-item board: snapshots ${fmt(stored / 1e6, 2)} MB stored (gzip), ` +
      `${fmt(raw / 1e6, 2)} MB if each held the whole board uncompressed (${fmt(raw / stored, 2)}x more); ` +
      `the board itself ${fmt(board / 1000)} KB; ${fmt(stored / sessions.length / 1000)} KB per session; ` +
      `storage use reported ${fmt(((await storageUse(db)).get(boardId) ?? 0) / 1e6, 2)} MB; ` +
      `${fmt(ms / 100)} ms per snapshot (encode + gzip + write)\n`,
  );
  db.close();
});
