import { openDatabase } from '@/lib/store/db';
import { readRemindersChanged } from '@/lib/app/reminders/messages';
import { chooseLocale } from '@/lib/i18n/locale';
import { NOTIFICATIONS } from '@/lib/app/reminders/ports';
import { makeReminderService } from '@/lib/app/reminders/service';

// The toolbar button (and its keyboard shortcut) opens the panel. Chrome does
// that itself once told to; Firefox's MV3 action has to toggle the sidebar.
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

const report = (what: string) => (error: unknown) => console.error(`Common Ground: ${what}`, error);

export default defineBackground(() => {
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report('side panel setup failed'));
  } else {
    const { sidebarAction } = browser as unknown as FirefoxSidebar;
    browser.action.onClicked.addListener(() => void sidebarAction?.toggle());
  }

  // The number on the button: what is due across this device's boards (lib/app/reminders/service.ts).
  // This runs on every start of the background (Chrome's service worker and
  // Firefox's event page stop when idle), and its listeners are added before
  // anything is awaited, so the event that woke it is not missed.
  const reminders = makeReminderService({
    db: openDatabase(),
    action: browser.action,
    alarms: browser.alarms,
    notifications: async () => ((await browser.permissions.contains(NOTIFICATIONS)) ? browser.notifications : null),
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    defaultLocale: chooseLocale(null, navigator.languages),
  });
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm.name).catch(report('could not count what is due')));
  browser.runtime.onMessage.addListener((message) => {
    const changed = readRemindersChanged(message);
    if (changed) void reminders.recount(changed.locale).catch(report('could not count what is due'));
  });
  void reminders.start().catch(report('could not count what is due'));
});
