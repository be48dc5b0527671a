import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReleaseBoards, keepInStepChanged } from '@/lib/app/keepInStep/messages';
import { KEEP_IN_STEP_ALARM, followKeepInStep, keepBoardsInStep } from '@/lib/app/keepInStep/offscreenDocument';
import { openDatabase } from '@/lib/store/db';
import { anyKeptInStep, setKeepInStep } from '@/lib/store/keepInStep';

// The service worker reads the default database; fake-indexeddb holds one per process.
const browserWith = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
let documents = 0;
const offscreen = {
  createDocument: vi.fn(() => Promise.resolve(void documents++)),
  closeDocument: vi.fn(() => Promise.resolve(void documents--)),
};

async function storeBoard(id: string, { shared = true, keep = false } = {}) {
  const db = openDatabase();
  await db.boards.add({
    id,
    name: id,
    kind: 'partners',
    createdAt: 1,
    lastActivityAt: 1,
    ...(shared ? { share: { room: `r-${id}`, secret: 's' } } : {}),
  });
  if (keep) await setKeepInStep(db, id, true);
  db.close();
}

async function keep(id: string, on: boolean) {
  const db = openDatabase();
  await setKeepInStep(db, id, on);
  db.close();
}

describe('the background decides whether the offscreen document exists (Chrome)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    documents = 0;
    offscreen.createDocument.mockClear();
    offscreen.closeDocument.mockClear();
    browserWith.offscreen = offscreen;
    browserWith.runtime.getContexts = vi.fn(() =>
      Promise.resolve(Array.from({ length: documents }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' }))),
    );
  });
  afterEach(async () => {
    delete browserWith.offscreen;
    const db = openDatabase();
    await db.delete();
  });

  it('creates it, for WebRTC, once a shared board is kept in step, and only once', async () => {
    await storeBoard('a');
    await storeBoard('never-shared', { shared: false });
    await keep('never-shared', true);
    await followKeepInStep();
    expect(offscreen.createDocument).not.toHaveBeenCalled();

    await keep('a', true);
    await Promise.all([followKeepInStep(), followKeepInStep()]);
    expect(offscreen.createDocument).toHaveBeenCalledOnce();
    expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: '/offscreen.html', reasons: ['WEB_RTC'] }));
    expect(documents).toBe(1);
  });

  it('asks the document to close its boards, then closes it, once none is kept', async () => {
    await storeBoard('a', { keep: true });
    await followKeepInStep();
    const released = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, respond: (answer: boolean) => void) => {
      if (!isReleaseBoards(message)) return;
      released();
      respond(true);
      return true;
    });
    await keep('a', false);
    await followKeepInStep();
    expect(released).toHaveBeenCalledOnce();
    expect(offscreen.closeDocument).toHaveBeenCalledOnce();
    expect(documents).toBe(0);
  });

  it('looks when the worker starts, when the browser starts, and when a page says a board changed', async () => {
    await storeBoard('a', { keep: true });
    keepBoardsInStep();
    await vi.waitFor(() => expect(documents).toBe(1));
    await keep('a', false);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(documents).toBe(0));
    await keep('a', true);
    await fakeBrowser.runtime.sendMessage(keepInStepChanged());
    await vi.waitFor(() => expect(documents).toBe(1));
  });

  it('brings back a document that went away (a crash) on an alarm of its own, which runs only while a board is kept', async () => {
    await storeBoard('a', { keep: true });
    keepBoardsInStep();
    await vi.waitFor(() => expect(documents).toBe(1));
    const alarm = await vi.waitFor(async () => {
      const found = await fakeBrowser.alarms.get(KEEP_IN_STEP_ALARM);
      expect(found).toBeDefined();
      return found!;
    });
    expect(alarm.periodInMinutes).toBe(5);

    // Chrome says nothing when an offscreen document's page crashes.
    documents = 0;
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(documents).toBe(1));
    expect(offscreen.createDocument).toHaveBeenCalledTimes(2);

    await keep('a', false);
    await fakeBrowser.runtime.sendMessage(keepInStepChanged());
    await vi.waitFor(() => expect(documents).toBe(0));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(KEEP_IN_STEP_ALARM)).toBeUndefined());
  });

  it('does nothing where there are no offscreen documents (Firefox)', async () => {
    delete browserWith.offscreen;
    await storeBoard('a', { keep: true });
    keepBoardsInStep();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(false);
  });

  it('reads the rows with plain IndexedDB, and makes no database where there is none', async () => {
    expect(await anyKeptInStep(indexedDB, 'no-such-database')).toBe(false);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('no-such-database');
    await storeBoard('a');
    expect(await anyKeptInStep(indexedDB)).toBe(false);
    await keep('a', true);
    expect(await anyKeptInStep(indexedDB)).toBe(true);
  });
});
