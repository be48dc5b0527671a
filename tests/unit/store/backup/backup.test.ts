import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, setItemText } from '@/lib/board/actions';
import { addCheckIn } from '@/lib/board/checkins';
import { boardToMarkdown, escapeMarkdown } from '@/lib/board/review/markdown';
import { readItems } from '@/lib/board/read';
import { checkTrust } from '@/lib/board/agreement/trust';
import { makeLibrary } from '@/lib/app/library';
import { encodeBackup, parseBackup } from '@/lib/store/backup/backup';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { freshDb } from '@/tests/support/db';
import { device, mustOpen, newStoredBoard } from '@/tests/support/session';
import { agreeSigned, joinSigned, makeTestPerson } from '@/tests/support/signedPeople';

const texts = (doc: Y.Doc) => readItems(doc).map((item) => item.text);

describe('JSON backup', () => {
  it('import of an export equals the original, as a new board; private notes only when included', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const session = await mustOpen(db, await newStoredBoard(db, 'Us'));
    const a = session.addItem('boundary', 'I need quiet mornings.');
    session.agree(a);
    session.addItem('celebration', 'A calm week.');
    addCheckIn(session.doc, device.personId, { score: 4, statement: 'I feel close.' }, 5);
    await library.saveNotes(session.boardId, 'Ask about the move.');
    const without = await library.exportBackup(session, false);
    const withNotes = await library.exportBackup(session, true);
    expect(without).not.toContain('Ask about the move');
    expect(JSON.parse(withNotes).notes).toBe('Ask about the move.');
    const original = Y.encodeStateAsUpdate(session.doc);
    await session.close();

    // Into another device's (empty) database: a new board, identical state.
    const other = freshDb();
    const imported = await makeLibrary(other).importBackup(withNotes);
    expect(imported).toMatchObject({ ok: true, value: { merged: false } });
    const boardId = imported.ok ? imported.value.boardId : '';
    const loaded = await loadBoardDoc(other, boardId);
    expect(loaded.ok && Y.encodeStateVector(loaded.value)).toEqual(Y.encodeStateVector(docFrom(original)));
    expect(loaded.ok && Y.encodeStateAsUpdate(loaded.value)).toEqual(Y.encodeStateAsUpdate(docFrom(original)));
    expect(loaded.ok && texts(loaded.value).sort()).toEqual(['A calm week.', 'I need quiet mornings.']);
    expect(await makeLibrary(other).loadNotes(boardId)).toBe('Ask about the move.');
    expect((await other.boards.get(boardId))?.name).toBe('Us');
  });

  it('merges into the same board when it is already here, losing neither side', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db, 'Us');
    const session = await mustOpen(db, boardId);
    const id = session.addItem('boundary', 'I need quiet mornings.');
    const backup = await library.exportBackup(session, false);
    // After the backup: an edit here...
    session.setText(id, 'I need quiet mornings, most days.');
    await session.persistence.flush();
    await session.close();
    // ...and the backup has something this board never had.
    const parsed = parseBackup(backup);
    if (!parsed.ok) throw new Error(parsed.error);
    const theirs = docFrom(parsed.value.state);
    addItem(theirs, { section: 'expectation', author: 'x', now: 9, text: 'We talk on Sundays.' });
    const edited = encodeBackup(theirs, { name: 'Us', kind: 'partners' }, null, new Date());

    const result = await library.importBackup(edited);
    expect(result).toEqual({ ok: true, value: { boardId, merged: true } });
    expect(await db.boards.count()).toBe(1);
    const merged = await loadBoardDoc(db, boardId);
    expect(merged.ok && texts(merged.value).sort()).toEqual(['I need quiet mornings, most days.', 'We talk on Sundays.']);
  });

  it('refuses malformed, truncated or foreign files with a clear message, and changes nothing', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const session = await mustOpen(db, await newStoredBoard(db, 'Us'));
    session.addItem('boundary', 'I need quiet mornings.');
    const good = await library.exportBackup(session, false);
    await session.close();
    const before = await db.updates.count();
    const body = JSON.parse(good);
    const cases: [string, RegExp][] = [
      ['', /not JSON, or it was cut off/],
      [good.slice(0, good.length / 2), /not JSON, or it was cut off/],
      ['{"hello": "world"}', /not a Common Ground backup/],
      ['[1,2,3]', /not a Common Ground backup/],
      [JSON.stringify({ ...body, version: 9 }), /newer version/],
      [JSON.stringify({ ...body, state: 'not base64!' }), /cannot be read/],
      [JSON.stringify({ ...body, state: body.state.slice(0, 40) }), /damaged/],
      [JSON.stringify({ ...body, state: btoa('garbage bytes here') }), /damaged/],
      [JSON.stringify({ ...body, state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64') }), /does not hold a board/],
    ];
    for (const [text, message] of cases) {
      const result = await library.importBackup(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseBackup(text);
        return !parsed.ok && parsed.error.length > 10;
      }),
    );
    expect(await db.updates.count()).toBe(before);
    expect(await db.boards.count()).toBe(1);
  });
});

describe('Markdown export', () => {
  it('reads as the board does, escapes markup, and holds private notes only when asked', async () => {
    const db = freshDb();
    const session = await mustOpen(db, await newStoredBoard(db, 'Sam & Alex'));
    session.doc.getMap('people').delete('p');
    const alex = await makeTestPerson();
    await joinSigned(session.doc, alex, 'Alex', 'partner');
    const id = session.addItem('boundary', 'I need *quiet* mornings. <script>x</script>');
    await session.agree(id);
    setItemText(session.doc, session.addItem('celebration'), 'A [calm](http://x) week.', 3);
    await agreeSigned(session.doc, alex, id, 4);
    const markdown = await makeLibrary(db).exportMarkdown(session, false, () => '21 Nov 2026');
    expect(markdown).toContain('# Sam & Alex');
    expect(markdown).toContain('## Boundaries\n\n- I need \\*quiet\\* mornings\\. \\<script\\>x\\</script\\>\n  *Agreed by everyone*');
    expect(markdown).toContain('- A \\[calm\\]\\(http://x\\) week\\.');
    expect(markdown).not.toContain('## My private notes');
    await makeLibrary(db).saveNotes(session.boardId, 'Mine only.');
    expect(await makeLibrary(db).exportMarkdown(session, true, () => 'today')).toContain('## My private notes\n\nMine only\\.');
    expect(boardToMarkdown(session.doc, { trust: await checkTrust(session.doc), formatDate: () => '', now: 0 })).not.toContain('Mine only');
    expect(escapeMarkdown('# - 1. _a_')).toBe('\\# \\- 1\\. \\_a\\_');
    await session.close();
  });
});

function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
