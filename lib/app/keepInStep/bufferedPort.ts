import type { LinkPort } from '@/lib/app/keepInStep/linkMessages';

/**
 * One end of a port, as the link uses it, over whatever carries the
 * messages (`send`, and `disconnect` to tell the other end). A browser's
 * port does not keep messages for listeners added later, and the keeper
 * adds them once its boards are read: what arrives before the first
 * listener is kept and handed to it, and a close before a close listener is
 * told to it when it is added. `hear` and `gone` are what the carrier calls.
 */
export function bufferedPort(send: (message: unknown) => void, disconnect: () => void) {
  let closed = false;
  const waiting: unknown[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const closeListeners: (() => void)[] = [];
  const gone = () => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners.splice(0)) listener();
  };
  const port: LinkPort = {
    post(message) {
      if (!closed) send(message);
    },
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
      // Disconnecting tells only the other end: this end's listeners hear it here.
      disconnect();
      gone();
    },
  };
  return {
    port,
    hear(message: unknown) {
      if (closed) return;
      if (listeners.length === 0) waiting.push(message);
      for (const listener of [...listeners]) listener(message);
    },
    gone,
  };
}
