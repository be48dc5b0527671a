import type { CommonGroundDB } from '@/lib/store/db';
import { loadSetting, saveSetting } from '@/lib/store/device';
import { isTemporaryInstall } from '@/lib/app/temporaryInstall';

/** What the board list's notice about a temporary Firefox install asks of the library. */
export interface LibraryInstallNotice {
  /**
   * Whether to say that this temporary add-on will be gone when Firefox
   * restarts: only for a temporary install, and not while put away.
   */
  temporaryInstallNotice(now?: number): Promise<boolean>;
  /** `Got it`: put away on this device for `NOTICE_RESTS_MS`. */
  dismissTemporaryInstallNotice(now?: number): Promise<void>;
}

/**
 * A person who read the notice does not need it each time the panel opens,
 * but a temporary install stays a risk, and it grows with the boards: after
 * a month it comes back, once, as a reminder to keep a fresh backup.
 */
export const NOTICE_RESTS_MS = 30 * 24 * 60 * 60 * 1000;
const DISMISSED_AT = 'temporaryInstallNoticeDismissedAt';

export function makeInstallNotice(db: CommonGroundDB, isTemporary: () => Promise<boolean> = isTemporaryInstall): LibraryInstallNotice {
  return {
    async temporaryInstallNotice(now = Date.now()) {
      if (!(await isTemporary())) return false;
      const dismissedAt = await loadSetting(db, DISMISSED_AT);
      // A stored time is untrusted; one in the future (a clock set back) does not hide it either.
      const resting = typeof dismissedAt === 'number' && dismissedAt <= now && now - dismissedAt < NOTICE_RESTS_MS;
      return !resting;
    },
    dismissTemporaryInstallNotice: (now = Date.now()) => saveSetting(db, DISMISSED_AT, now),
  };
}
