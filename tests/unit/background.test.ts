import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { remindersChanged } from '@/lib/app/reminders/messages';
import { TICK_ALARM } from '@/lib/app/reminders/service';
import { createBoard } from '@/lib/store/boards';
import { openDatabase } from '@/lib/store/db';
import { REMINDERS_VERSION } from '@/lib/store/reminders';

// Node 20 has no navigator; the background reads the browser's languages from it.
vi.stubGlobal('navigator', { languages: ['en-GB'] });
// The fake browser has no manifest; the background names its notifications after the manifest's name.
vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Common Ground', version: '0' });
// No offscreen document is open (keep in step looks at every start; its own tests are in app/keepInStep).
vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation((() => Promise.resolve([])) as never);

// WXT's fake browser has neither sidePanel (Chrome) nor sidebarAction (Firefox): add what each test needs.
const browserWith = fakeBrowser as unknown as Record<string, unknown>;

describe('toolbar button', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete browserWith.sidePanel;
    delete browserWith.sidebarAction;
  });

  it('Chrome: lets the action (and its shortcut) open the side panel', async () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    browserWith.sidePanel = { setPanelBehavior };
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Firefox: the action toggles the sidebar', async () => {
    const toggle = vi.fn(() => Promise.resolve());
    browserWith.sidebarAction = { toggle };
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    expect(toggle).toHaveBeenCalledOnce();
  });
});

describe('the toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts what is due on every start, when the panel says a board changed, on its alarms and when the browser starts', async () => {
    // The database the background opens (fake-indexeddb here), with one board whose revisit is due.
    const db = openDatabase();
    const created = await createBoard(db, { name: 'Us', kind: 'partners', personId: 'sam', personName: 'Sam', now: 1 });
    if (!created.ok) expect.fail(created.error);
    const due = (revisits: number[]) =>
      db.boards.update(created.value.id, { reminders: { v: REMINDERS_VERSION, revisits, checkIn: null } });
    await due([1]);
    const badge = () => fakeBrowser.action.getBadgeText({});

    background.main();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();

    await due([]);
    await fakeBrowser.runtime.sendMessage(remindersChanged('en'));
    await vi.waitFor(async () => expect(await badge()).toBe(''));

    await due([1, 2]);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await badge()).toBe('2'));

    // The browser starting again: it kept no badge.
    await due([1, 2, 3]);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
  });
});
