import { browser, type Browser } from 'wxt/browser';
import type { LinkPort } from '@/lib/app/keepInStep/linkMessages';
// Not from linkMessages.ts: that reads presence (lib/sync), which the panel loads only to connect.
import { KEEPER_PORT } from '@/lib/app/keepInStep/messages';
import { bufferedPort } from '@/lib/app/keepInStep/bufferedPort';

/** A runtime port as the link uses it: JSON messages, and one close for either side closing. */
export function fromRuntimePort(port: Browser.runtime.Port): LinkPort {
  const end = bufferedPort(
    (message) => port.postMessage(message),
    () => port.disconnect(),
  );
  port.onMessage.addListener((message: unknown) => end.hear(message));
  // Fires when the other end disconnects or its page goes; with no page listening, at once.
  port.onDisconnect.addListener(() => end.gone());
  return end.port;
}

/** The panel's port to the offscreen document (entrypoints/offscreen), for a board it may hold. */
export const openKeeperPort = (): LinkPort => fromRuntimePort(browser.runtime.connect({ name: KEEPER_PORT }));

/** In the offscreen document: every panel's port to it, as it opens. Returns what stops listening. */
export function onKeeperPort(listener: (port: LinkPort) => void): () => void {
  const hear = (port: Browser.runtime.Port) => {
    if (port.name === KEEPER_PORT) listener(fromRuntimePort(port));
  };
  browser.runtime.onConnect.addListener(hear);
  return () => browser.runtime.onConnect.removeListener(hear);
}
