import * as Y from 'yjs';
import { listItems } from '@/bench/floorList';

/**
 * The floor for joining a board, as a script for two bare pages (no
 * extension code): the receiver offers a plain RTCPeerConnection with one
 * data channel, as a joiner does, and asks with a tiny message once it opens
 * (as a joiner's sync step 1 does); the sender answers with the board's
 * whole update in the frame sizes the panel's chunking sends (64 KiB,
 * lib/sync/room/chunking.ts), and the receiver joins the frames, applies
 * them to a fresh Y.Doc and inserts one plain DOM node per item.
 * bench/live.measure.ts bundles this (never into the extension) and adds it
 * to the pages with a script tag; descriptions pass through the test process
 * once ICE gathering is complete, standing in for the signaling server.
 */
const FRAME = 64 * 1024;
const HEADER = 8;

const gathered = async (pc: RTCPeerConnection) => {
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) =>
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve()),
    );
  }
  return pc.localDescription!.toJSON();
};

const clock = () => performance.timeOrigin + performance.now();

let pc: RTCPeerConnection | undefined;
let bytes = new Uint8Array();

const joinFloor = {
  /** Sender: the board's update, as base64. */
  load(base64: string) {
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return bytes.byteLength;
  },
  /** Receiver: makes the offer; renders into a list once every frame is in. */
  async offer(): Promise<RTCSessionDescriptionInit> {
    pc = new RTCPeerConnection({ iceServers: [] });
    const channel = pc.createDataChannel('floor');
    channel.binaryType = 'arraybuffer';
    const parts: Uint8Array[] = [];
    channel.onopen = () => channel.send(new Uint8Array([0, 0]));
    channel.onmessage = (event) => {
      const frame = new Uint8Array(event.data as ArrayBuffer);
      const view = new DataView(frame.buffer, frame.byteOffset);
      const count = view.getUint32(4);
      parts.push(frame.subarray(HEADER));
      if (parts.length < count) return;
      const update = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
      let at = 0;
      for (const part of parts) {
        update.set(part, at);
        at += part.byteLength;
      }
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      listItems(doc);
    };
    await pc.setLocalDescription(await pc.createOffer());
    return gathered(pc);
  },
  /** Sender: answers; on the receiver's request sends the update in frames, and returns when sending started. */
  async answer(remote: RTCSessionDescriptionInit): Promise<RTCSessionDescriptionInit> {
    pc = new RTCPeerConnection({ iceServers: [] });
    (globalThis as unknown as { sendStart: Promise<number> }).sendStart = new Promise((resolve) => {
      pc!.ondatachannel = ({ channel }) => {
        channel.onmessage = () => {
          resolve(clock());
          const count = Math.ceil(bytes.byteLength / (FRAME - HEADER));
          for (let index = 0; index < count; index++) {
            const part = bytes.subarray(index * (FRAME - HEADER), (index + 1) * (FRAME - HEADER));
            const frame = new Uint8Array(HEADER + part.byteLength);
            const view = new DataView(frame.buffer);
            view.setUint32(0, index);
            view.setUint32(4, count);
            frame.set(part, HEADER);
            channel.send(frame);
          }
        };
      };
    });
    await pc.setRemoteDescription(remote);
    await pc.setLocalDescription(await pc.createAnswer());
    return gathered(pc);
  },
  /** Receiver: takes the answer. */
  accept: (remote: RTCSessionDescriptionInit) => pc!.setRemoteDescription(remote),
  close: () => pc?.close(),
};

Object.assign(globalThis, { joinFloor });
