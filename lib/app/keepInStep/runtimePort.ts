import { browser, type Browser } from 'wxt/browser';
import { KEEPER_PORT, type LinkPort } from '@/lib/app/keepInStep/linkMessages';

/**
 * A runtime port as the link uses it: JSON messages, and one close for the
 * other side closing. A port does not keep messages for listeners added
 * later, and the offscreen document adds them once its boards are read:
 * what arrives before the first listener is kept and handed to it, and a
 * close before a close listener is told to it when it is added.
 */
export function fromRuntimePort(port: Browser.runtime.Port): LinkPort {
  let closed = false;
  const waiting: unknown[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const closeListeners: (() => void)[] = [];
  port.onMessage.addListener((message: unknown) => {
    if (listeners.length === 0) waiting.push(message);
    for (const listener of [...listeners]) listener(message);
  });
  // Fires when the other end disconnects or its page goes; with no page listening, at once.
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const listener of closeListeners.splice(0)) listener();
  });
  return {
    post: (message) => port.postMessage(message),
    onMessage(listener) {
      listeners.push(listener);
      for (const message of waiting.splice(0)) listener(message);
    },
    onClose(listener) {
      if (closed) listener();
      else closeListeners.push(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      // Disconnecting tells only the other end: this end's listeners hear it here.
      port.disconnect();
      for (const listener of closeListeners.splice(0)) listener();
    },
  };
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
