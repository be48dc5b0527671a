import { render } from 'solid-js/web';
import { App } from '@/components/App';
import '@/components/styles.css';
import { makeLibrary } from '@/lib/app/library';
import { REMINDERS_CHANGED } from '@/lib/app/reminders/messages';
import { openDatabase } from '@/lib/store/db';
import { MARKS, mark } from '@/lib/util/marks';
import { parseRoute } from '@/lib/solid/router';
import { startLocale } from '@/lib/i18n/start';

mark(MARKS.start);

// Ask the browser not to evict boards when space runs low (granted to extensions
// with `unlimitedStorage`); best effort: the panel works the same without it.
void navigator.storage?.persist?.().catch(() => false);

// Made once, outside JSX: a prop expression is re-evaluated on every read, which
// opened a new database connection (and library) each time `props.library` was read.
const library = makeLibrary(openDatabase(), {
  // The background counts the toolbar badge again (it may be stopped: sendMessage wakes it).
  remindersChanged: () =>
    void browser.runtime
      .sendMessage(REMINDERS_CHANGED)
      .catch((error: unknown) => console.warn('Common Ground: could not update the badge', error)),
  permissions: browser.permissions,
});
// Opened straight into a board (a reload): read it while the device loads.
const route = parseRoute(location.hash);
if (route.view === 'board') library.readBoardEarly(route.boardId);
// The words first: English is built in (no wait); another language loads its file.
void startLocale().then(() => render(() => <App library={library} />, document.getElementById('app')!));
