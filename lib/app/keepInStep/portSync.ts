import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { readSyncMessage, writeSyncStep1, writeUpdate } from 'y-protocols/sync';
import type * as Y from 'yjs';
import { writeLinkMessage, type LinkMessage, type LinkPort } from '@/lib/app/keepInStep/linkMessages';

/**
 * One end of a doc synced over an extension port (panelLink.ts and
 * attend.ts): Yjs's own sync protocol, both docs on this device. Changes
 * from the other end carry `origin`, so they are never sent back (and the
 * undo manager, which tracks only this person's edits, never takes them).
 */
export function syncOverPort(doc: Y.Doc, port: LinkPort, origin: { keepInStep: string }, otherEnd: string) {
  const post = (message: LinkMessage) => {
    try {
      port.post(writeLinkMessage(message));
    } catch (error) {
      // The port closed under us: its close event follows.
      console.warn(`Common Ground: could not reach ${otherEnd}`, error);
    }
  };
  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    write(encoder);
    post({ kind: 'sync', data: encoding.toUint8Array(encoder) });
  };
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) send((encoder) => writeUpdate(encoder, update));
  };
  return {
    post,
    /** Starts sending this doc's changes, and asks for what the other end has. */
    start() {
      doc.on('update', onUpdate);
      send((encoder) => writeSyncStep1(encoder, doc));
    },
    /** Applies a sync message from the other end, answering it if it asks. */
    receive(data: Uint8Array) {
      const reply = encoding.createEncoder();
      try {
        readSyncMessage(decoding.createDecoder(data), reply, doc, origin);
      } catch (error) {
        return console.warn(`Common Ground: a change from ${otherEnd} could not be read`, error);
      }
      if (encoding.length(reply) > 0) post({ kind: 'sync', data: encoding.toUint8Array(reply) });
    },
    stop: () => doc.off('update', onUpdate),
  };
}
