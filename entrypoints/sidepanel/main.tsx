import { render } from 'solid-js/web';
import { App } from '@/components/App';
import '@/components/styles.css';
import { makeLibrary } from '@/lib/app/library';
import { recountBadge } from '@/lib/app/reminders/recountBadge';
import { keepInStepChanged as keepInStepMessage } from '@/lib/app/keepInStep/messages';
import { openKeeperPort } from '@/lib/app/keepInStep/runtimePort';
import { localPortPair } from '@/lib/app/keepInStep/localPort';
import type { Keeper } from '@/lib/app/keepInStep/keeper';
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
// Keep in step (Chrome's offscreen documents; issue 19): the background creates or closes the document.
const keepInStepChanged = () =>
  void browser.runtime
    .sendMessage(keepInStepMessage())
    .catch((error: unknown) => console.warn('Common Ground: the background did not hear that a board is kept in step', error));
// Firefox has no offscreen documents: this sidebar keeps the boards in step itself while it is open,
// with the same keeper (docs/keep-in-step.md), made once the words are loaded (it names this person).
// Decided at build time: each browser's build carries only its own way (smaller, and nothing to guess).
const inPage = import.meta.env.FIREFOX;
let sidebarKeeper: Promise<Keeper> | null = null;
const inPageKeeperPort = () => {
  const [panelEnd, keeperEnd] = localPortPair();
  void sidebarKeeper?.then((keeper) => keeper.attend(keeperEnd));
  return panelEnd;
};
const library = makeLibrary(openDatabase(), {
  remindersChanged: recountBadge,
  permissions: browser.permissions,
  // In Firefox the sidebar's keeper follows the rows itself: nobody else to tell.
  keepInStepChanged: inPage ? () => {} : keepInStepChanged,
  // A board kept in step uses the keeper's connection while it holds it: one per device.
  openKeeperPort: inPage ? inPageKeeperPort : openKeeperPort,
  keepInStepWhileOpen: inPage,
  // Which board this panel shows, for the background keeping boards in step ("new from Alex" only for the others).
  locks: navigator.locks,
});
// Opened straight into a board (a reload): read it while the device loads.
const route = parseRoute(location.hash);
if (route.view === 'board') library.readBoardEarly(route.boardId);
// The words first: each language is a file of its own, loaded before the first render.
const wordsLoaded = startLocale();
// Loaded only in Firefox: Chrome's panel never runs a keeper.
if (inPage)
  sidebarKeeper = wordsLoaded
    .catch(() => {})
    .then(() => import('@/lib/app/keepInStep/keeper'))
    .then(({ keepBoardsHere }) => keepBoardsHere(library));
void wordsLoaded.then(() => {
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
