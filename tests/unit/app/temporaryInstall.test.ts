import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTemporaryInstall } from '@/lib/app/temporaryInstall';
import { makeInstallNotice, NOTICE_RESTS_MS } from '@/lib/app/library/installNotice';
import { makeLibrary } from '@/lib/app/library';
import { freshDb } from '@/tests/support/db';

// The browser as the panel sees it (WXT's fakeBrowser in unit tests): Firefox is the
// browser with `runtime.getBrowserInfo`, which the fake, like Chrome, lacks.
const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
const asFirefox = () => {
  runtime.getBrowserInfo = () => Promise.resolve({ name: 'Firefox', vendor: 'Mozilla', version: '153.8.0', buildID: '' });
};
// The fake's getSelf is typed by the callback form; the panel calls the promise form.
const getSelf = () => vi.spyOn(fakeBrowser.management as unknown as { getSelf(): Promise<{ installType: string }> }, 'getSelf');
const installedAs = (installType: string) => getSelf().mockResolvedValue({ installType });

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete runtime.getBrowserInfo;
  vi.restoreAllMocks();
});

describe('a temporary install (isTemporaryInstall)', () => {
  it('is Firefox’s “Load Temporary Add-on”, which it reports as development', async () => {
    asFirefox();
    installedAs('development');
    expect(await isTemporaryInstall()).toBe(true);
  });

  it.each(['normal', 'sideload', 'admin', 'other'])('is not a Firefox install reported as %s', async (installType) => {
    asFirefox();
    installedAs(installType);
    expect(await isTemporaryInstall()).toBe(false);
  });

  it('is never Chrome’s: an unpacked extension is development there too, but Chrome keeps it and its boards', async () => {
    const asked = installedAs('development');
    expect(await isTemporaryInstall()).toBe(false);
    // Chrome is not even asked.
    expect(asked).not.toHaveBeenCalled();
  });

  it('is false, with a warning in the console, when Firefox’s answer fails', async () => {
    asFirefox();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    getSelf().mockRejectedValue(new Error('no management here'));
    expect(await isTemporaryInstall()).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('is false when the call throws as it is made (the fake’s unmocked getSelf, like a missing API)', async () => {
    asFirefox();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await isTemporaryInstall()).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('the notice about a temporary install', () => {
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2026, 0, 1);

  it('shows only for a temporary install', async () => {
    const db = freshDb();
    expect(await makeInstallNotice(db, async () => false).temporaryInstallNotice(start)).toBe(false);
    expect(await makeInstallNotice(db, async () => true).temporaryInstallNotice(start)).toBe(true);
  });

  it('rests for a month after Got it, on this device, then comes back', async () => {
    const db = freshDb();
    const notice = makeInstallNotice(db, async () => true);
    await notice.dismissTemporaryInstallNotice(start);
    expect(await notice.temporaryInstallNotice(start + day)).toBe(false);
    // Kept with the device's settings: another window (a new library) sees it put away too.
    expect(await makeInstallNotice(db, async () => true).temporaryInstallNotice(start + 29 * day)).toBe(false);
    expect(await notice.temporaryInstallNotice(start + NOTICE_RESTS_MS)).toBe(true);
    // Another device (another database) was never told.
    expect(await makeInstallNotice(freshDb(), async () => true).temporaryInstallNotice(start + day)).toBe(true);
  });

  it('is not hidden by a dismissal from the future (a clock set back) or a damaged setting', async () => {
    const db = freshDb();
    const notice = makeInstallNotice(db, async () => true);
    await notice.dismissTemporaryInstallNotice(start + 10 * day);
    expect(await notice.temporaryInstallNotice(start)).toBe(true);
    await db.settings.put({ key: 'temporaryInstallNoticeDismissedAt', value: 'yesterday' });
    expect(await notice.temporaryInstallNotice(start)).toBe(true);
  });

  it('is part of the library the panel gets, reading the browser', async () => {
    const library = makeLibrary(freshDb());
    expect(await library.temporaryInstallNotice()).toBe(false);
    asFirefox();
    installedAs('development');
    expect(await library.temporaryInstallNotice()).toBe(true);
    await library.dismissTemporaryInstallNotice();
    expect(await library.temporaryInstallNotice()).toBe(false);
  });
});
