/**
 * Holds what one end of a data channel sends until the other end has been
 * heard. A browser drops a message that reaches its channel before that
 * channel's `open` has run there (the WebRTC spec says to), and the end that
 * did not make the channel is open first: under load, the sync step 1 it
 * sent the moment it connected was lost, the other side never answered it,
 * and that person never got the board (an "unconfirmed visitor" for good).
 * The end that made the channel speaks only once it is open there, so its
 * first message means anything sent from now on arrives.
 *
 * `holding` false (the end that made the channel) sends straight away.
 */
export function holdUntilHeard(send: (message: Uint8Array) => void, holding: boolean) {
  let held: Uint8Array[] | null = holding ? [] : null;
  const release = () => {
    const out = held ?? [];
    held = null;
    for (const message of out) send(message);
  };
  return {
    send(message: Uint8Array) {
      if (!held) return send(message);
      held.push(message);
      // Y-webrtc and the direct link send two or three before the other end
      // speaks, and their other end always speaks first; one that stays
      // silent this long is not waited for.
      if (held.length > MAX_HELD) release();
    },
    /** The other end spoke: sends what was held, in order, and holds nothing from now on. */
    heard: release,
  };
}

const MAX_HELD = 64;
