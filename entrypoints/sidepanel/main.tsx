import { render } from 'solid-js/web';
import { App } from '@/components/App';
import '@/components/styles.css';
import { makeLibrary } from '@/lib/app/library';
import { remindersChanged } from '@/lib/app/reminders/messages';
import { keepInStepChanged as keepInStepMessage } from '@/lib/app/keepInStep/messages';
import { openDatabase } from '@/lib/store/db';
import { MARKS, mark } from '@/lib/util/marks';
import { parseRoute } from '@/lib/solid/router';
import { startLocale } from '@/lib/i18n/start';
import { currentLocale } from '@/lib/i18n/messages';

mark(MARKS.start);

// Ask the browser not to evict boards when space runs low (granted to extensions
// with `unlimitedStorage`); best effort: the panel works the same without it.
void navigator.storage?.persist?.().catch(() => false);

// Made once, outside JSX: a prop expression is re-evaluated on every read, which
// opened a new database connection (and library) each time `props.library` was read.
// The background counts the toolbar badge again, in the panel's language (it may be stopped: sendMessage wakes it).
const recountBadge = () =>
  void browser.runtime
    .sendMessage(remindersChanged(currentLocale()))
    .catch((error: unknown) => console.warn('Common Ground: could not update the badge', error));
// Keep in step (Chrome's offscreen documents; issue 19): the background creates or closes the document.
const keepInStepChanged = () =>
  void browser.runtime
    .sendMessage(keepInStepMessage())
    .catch((error: unknown) => console.warn('Common Ground: the background did not hear that a board is kept in step', error));
const library = makeLibrary(openDatabase(), {
  remindersChanged: recountBadge,
  permissions: browser.permissions,
  keepInStepChanged: browser.offscreen ? keepInStepChanged : undefined,
  // Which board this panel shows, for the background keeping boards in step ("new from Alex" only for the others).
  locks: navigator.locks,
});
// Opened straight into a board (a reload): read it while the device loads.
const route = parseRoute(location.hash);
if (route.view === 'board') library.readBoardEarly(route.boardId);
// The words first: each language is a file of its own, loaded before the first render.
void startLocale().then(() => {
  render(() => <App library={library} />, document.getElementById('app')!);
  // Once per opening: the badge speaks the language chosen here (the background cannot read that choice).
  recountBadge();
  // Boards whose rows have no reminders yet (from before an update) are worked out here, when the
  // panel is idle: the background counts rows only.
  requestIdleCallback(
    () =>
      void library
        .catchUpReminders()
        .catch((error: unknown) => console.warn('Common Ground: could not work out what is due on every board', error)),
  );
});
