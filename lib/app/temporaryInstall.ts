import { browser } from 'wxt/browser';

/**
 * The two extension calls the check makes. Neither needs a permission:
 * `management.getSelf` is open to every extension in Chrome and Firefox, and
 * `runtime.getBrowserInfo` exists only in Firefox (and browsers built on it).
 */
export interface InstallApi {
  runtime: { getBrowserInfo?: () => Promise<{ name: string }> };
  management: { getSelf(): Promise<{ installType: string }> };
}

/**
 * Whether Firefox holds this extension as a temporary add-on ("Load Temporary
 * Add-on" in about:debugging): Firefox removes it when it quits, and removing
 * it by hand deletes its boards (docs/firefox-data.md, measured in Firefox ESR).
 * Firefox reports exactly those installs as `development`.
 *
 * Chrome reports an unpacked extension as `development` too, but Chrome keeps
 * it, and its boards, across restarts: nothing to warn about, so it is false there.
 * If the browser cannot say, this is false too: a warning we cannot stand
 * behind would only worry people.
 */
export async function isTemporaryInstall(api: InstallApi = browser as unknown as InstallApi): Promise<boolean> {
  if (typeof api.runtime.getBrowserInfo !== 'function') return false;
  try {
    return (await api.management.getSelf()).installType === 'development';
  } catch (error) {
    console.warn('Common Ground: could not read how the extension was installed', error);
    return false;
  }
}
