import { openReminderRows } from '@/lib/store/reminderRows';
import { readRemindersChanged } from '@/lib/app/reminders/messages';
import { chooseLocale } from '@/lib/i18n/locale';
import { NOTIFICATIONS } from '@/lib/app/reminders/ports';
import { makeReminderService } from '@/lib/app/reminders/service';
import { keepBoardsInStep } from '@/lib/app/keepInStep/offscreenDocument';

// The toolbar button (and its keyboard shortcut) opens the panel. Chrome does
// that itself once told to; Firefox's MV3 action has to toggle the sidebar.
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

const report = (what: string) => (error: unknown) => console.error(`Common Ground: ${what}`, error);

export default defineBackground(() => {
  // Boards kept in step while the browser is open (Chrome's offscreen document; issue 19).
  keepBoardsInStep();
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report('side panel setup failed'));
  } else {
    const { sidebarAction } = browser as unknown as FirefoxSidebar;
    browser.action.onClicked.addListener(() => void sidebarAction?.toggle());
  }

  // The number on the button: what is due across this device's boards (lib/app/reminders/service.ts).
  // This runs on every start of the background (Chrome's service worker and
  // Firefox's event page stop when idle), and its listeners are added before
  // anything is awaited, so the event that woke it is not missed. It reads
  // board rows with plain IndexedDB and loads no board: no Dexie, no Yjs here.
  const reminders = makeReminderService({
    rows: openReminderRows(indexedDB),
    action: browser.action,
    alarms: browser.alarms,
    notifications: async () => ((await browser.permissions.contains(NOTIFICATIONS)) ? browser.notifications : null),
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    appName: browser.runtime.getManifest().name,
    defaultLocale: chooseLocale(null, navigator.languages),
  });
  const failed = report('could not count what is due');
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm.name).catch(failed));
  browser.runtime.onMessage.addListener((message) => {
    const changed = readRemindersChanged(message);
    if (changed) void reminders.recount(changed.locale).catch(failed);
  });
  // A badge set at run time is not kept across a browser restart, and an idle background is
  // started with the browser only for this event: counted then, not at the next alarm.
  browser.runtime.onStartup.addListener(() => void reminders.recount().catch(failed));
  void reminders.start().catch(failed);
});
