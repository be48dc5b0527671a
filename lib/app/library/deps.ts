import type { CommonGroundDB } from '@/lib/store/db';
import type { NetSettings } from '@/lib/sync/room/netSettings';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { Pairings } from '@/lib/app/pairings';
import type { PermissionsPort } from '@/lib/app/reminders/ports';
import type { LinkPort } from '@/lib/app/keepInStep/linkMessages';
import type { LocksPort } from '@/lib/app/keepInStep/shownBoards';

/** What the library needs of the browser beyond storage: given by the panel's entry point; Node tests leave it out. */
export interface Platform {
  /** A board's reminders changed (lib/app/reminders): the background should count the toolbar badge again. */
  remindersChanged(): void;
  /** The browser's optional permissions (notifications); null where there are none. */
  permissions: PermissionsPort | null;
  /**
   * A board's `Keep in step` changed (lib/app/keepInStep): the background should look again at
   * whether its offscreen document should exist. Absent where boards cannot be kept in step (Firefox, Node).
   */
  keepInStepChanged?: () => void;
  /** A port to the offscreen document that keeps boards in step, whose connection a panel uses (lib/app/keepInStep/panelLink.ts). */
  openKeeperPort?: () => LinkPort;
  /**
   * Firefox: no offscreen documents, so this page keeps boards in step itself, only while it is
   * open (docs/keep-in-step.md); its boards then share one page with the keeper's.
   */
  keepInStepWhileOpen?: boolean;
  /**
   * The browser's Web Locks (`navigator.locks`), which every page of the extension sees: a panel
   * says with them which board it shows (lib/app/keepInStep/shownBoards.ts). Absent in Node tests.
   */
  locks?: LocksPort;
}

export const NO_PLATFORM: Platform = { remindersChanged: () => {}, permissions: null };

/** What the parts of the library share; `makeLibrary` makes it once per window. */
export interface LibraryDeps {
  db: CommonGroundDB;
  /** The saved network settings, or the defaults: boards connect with them, invites carry them. */
  loadNetSettings(): Promise<NetSettings>;
  /** Pairing without a server: the sharing part starts and answers them, an opened board is handed its waiting one. */
  pairings: Pairings;
  /** The boards open in this window, so a window being replaced can save them first (`onReplaced`). */
  openHandles: Set<BoardHandle>;
  platform: Platform;
}
