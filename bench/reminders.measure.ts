import * as Y from 'yjs';
import { it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addItem } from '@/lib/board/actions';
import { checkTrust } from '@/lib/board/agreement/trust';
import { addCheckIn } from '@/lib/board/checkins';
import { readReminders } from '@/lib/board/reminders';
import { initBoard } from '@/lib/board/schema';
import { refreshStoredReminders } from '@/lib/app/reminders/refreshStored';
import { makeReminderService } from '@/lib/app/reminders/service';
import { addBoard } from '@/lib/store/boards';
import { openReminderRows } from '@/lib/store/reminderRows';
import type { CommonGroundDB } from '@/lib/store/db';
import { appendUpdate } from '@/lib/store/updateLog';
import { randomId } from '@/lib/util/ids';
import { fmt, median } from '@/bench/support';
import { freshDb } from '@/tests/support/db';
import { device } from '@/tests/support/session';
import { agreeSigned, joinSigned, makeTestPerson, type TestPerson } from '@/tests/support/signedPeople';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);
const sam: TestPerson = { id: device.personId, signer: device.signer };

/**
 * A board as a couple's would be after months of use: `items` boundaries and
 * expectations, both partners signed in and agreed to half of them (signed),
 * a check-in each every two weeks, stored as one row per change (up to the
 * 500 rows after which persistence compacts), as typing leaves them.
 */
async function storeBoard(db: CommonGroundDB, alex: TestPerson, items: number): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => rows.push(update));
  initBoard(doc, { title: 'Us', kind: 'partners', createdAt: T0, createdBy: sam.id });
  await joinSigned(doc, sam, 'Sam', 'partner', T0);
  await joinSigned(doc, alex, 'Alex', 'partner', T0);
  const ids: string[] = [];
  for (let i = 0; i < items; i++) {
    ids.push(
      addItem(doc, {
        section: i % 2 ? 'boundary' : 'expectation',
        author: sam.id,
        now: T0 + i,
        text: `Item ${i}: we talk before making plans.`,
      }),
    );
  }
  for (const [i, id] of ids.entries()) {
    if (i % 2) continue;
    await agreeSigned(doc, sam, id, T0 + i * DAY);
    await agreeSigned(doc, alex, id, T0 + i * DAY);
  }
  for (let week = 0; week < 26; week += 2) {
    addCheckIn(doc, sam.id, { score: 4, statement: 'I feel heard.' }, T0 + week * 7 * DAY);
    addCheckIn(doc, alex.id, { score: 3, statement: '' }, T0 + week * 7 * DAY);
  }
  const boardId = randomId();
  await addBoard(db, { id: boardId, name: 'Us', kind: 'partners', createdAt: T0, lastActivityAt: T0, role: 'partner' });
  // Merged into at most 500 rows, oldest first, as the log holds them between compactions.
  const per = Math.ceil(rows.length / 500);
  for (let i = 0; i < rows.length; i += per) await appendUpdate(db, boardId, Y.mergeUpdates(rows.slice(i, i + per)), T0);
  return doc;
}

const timed = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

it('counting the badge: rows only, against loading every board (20 boards of 100 items)', async () => {
  const db = freshDb();
  await db.settings.put({ key: 'personId', value: sam.id });
  const alex = await makeTestPerson();
  for (let board = 0; board < 20; board++) (await storeBoard(db, alex, 100)).destroy();
  const boardIds = (await db.boards.toArray()).map((row) => row.id);

  // What counting would cost if it loaded every board: load, check every signature, read. First run: no signature remembered.
  const loadCold = await timed(() => Promise.all(boardIds.map((id) => refreshStoredReminders(db, id, sam.id))));
  const loadWarm: number[] = [];
  for (let run = 0; run < 5; run++)
    loadWarm.push(
      await timed(async () => {
        for (const id of boardIds) await refreshStoredReminders(db, id, sam.id);
      }),
    );

  // What it costs as built: the rows' times only.
  const service = makeReminderService({
    rows: openReminderRows(indexedDB, db.name),
    action: fakeBrowser.action,
    alarms: fakeBrowser.alarms,
    notifications: async () => null,
    iconUrl: '',
    appName: 'Common Ground',
    defaultLocale: 'en',
    now: () => T0 + 200 * DAY,
  });
  const rowsOnly: number[] = [];
  for (let run = 0; run < 20; run++) rowsOnly.push(await timed(() => service.recount()));
  console.log(
    `\nbadge count, 20 boards x 100 items (50 agreed by 2 partners, signed; 26 check-ins; <= 500 stored rows each), Node + fake-indexeddb:\n` +
      `  rows only (as built): median ${fmt(median(rowsOnly), 2)} ms over 20 counts, count ${await service.recount()}\n` +
      `  loading every board instead: ${fmt(loadCold, 0)} ms the first time (no signature remembered), median ${fmt(median(loadWarm), 0)} ms after\n`,
  );
});

it('working out one open board’s reminders after a change (what keepReminders does at most once a second)', async () => {
  const alex = await makeTestPerson();
  for (const items of [200, 1000]) {
    const db = freshDb();
    const doc = await storeBoard(db, alex, items);
    const me = { personId: sam.id, joinedAs: 'partner' as const, known: [] };
    await checkTrust(doc); // the open board has checked its signatures already
    const runs: number[] = [];
    for (let run = 0; run < 10; run++) runs.push(await timed(async () => readReminders(doc, await checkTrust(doc), me)));
    console.log(
      `one board of ${items} items (${items / 2} agreed by 2 partners): median ${fmt(median(runs))} ms to work its reminders out`,
    );
    doc.destroy();
  }
});
