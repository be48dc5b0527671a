import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '../../../lib/board/actions';
import { readItems } from '../../../lib/board/read';
import { splitMessage } from '../../../lib/sync/chunking';
import { linkBoard, type DataChannelLike } from '../../../lib/sync/directLink';
import { newBoardDoc } from '../../support/docs';

type Listener = (event: { data: unknown }) => void;
interface FakeEnd extends DataChannelLike {
  readyState: string;
  link(to: FakeEnd): void;
  deliver(data: unknown): void;
}

/** Two ends of an in-memory, ordered, reliable channel, delivering on the next task like a data channel. */
function channelPair(): [FakeEnd, FakeEnd] {
  const make = (): FakeEnd => {
    const listeners = { message: new Set<Listener>(), open: new Set<() => void>(), close: new Set<() => void>() };
    let other: FakeEnd | null = null;
    const end: FakeEnd = {
      readyState: 'open',
      binaryType: 'arraybuffer',
      link(to) {
        other = to;
      },
      send(data: Uint8Array) {
        const copy = data.slice().buffer;
        setTimeout(() => other?.deliver(copy), 0);
      },
      deliver(data: unknown) {
        listeners.message.forEach((listener) => listener({ data }));
      },
      close() {
        end.readyState = 'closed';
        listeners.close.forEach((listener) => listener());
        if (other && other.readyState !== 'closed') other.close();
      },
      addEventListener(type: 'message' | 'open' | 'close', listener: Listener) {
        (listeners[type] as Set<Listener>).add(listener);
      },
      removeEventListener(type: 'message' | 'open' | 'close', listener: Listener) {
        (listeners[type] as Set<Listener>).delete(listener);
      },
    };
    return end;
  };
  const a = make();
  const b = make();
  a.link(b);
  b.link(a);
  return [a, b];
}

const me = (name: string) => ({ personId: name, name, colour: '#2f7f8f' });

describe('the direct link (the board over one data channel)', () => {
  it('syncs both ways, and leaves out what a peer sends that cannot be read, keeping the rest', async () => {
    const [a, b] = channelPair();
    const sam = newBoardDoc();
    addItem(sam, { section: 'boundary', author: 'sam', now: 1, text: 'I need a quiet hour.' });
    const alex = new Y.Doc();
    const samLink = linkBoard(sam, { channel: a, close: () => {}, phrase: 'x' }, me('Sam'));
    const alexLink = linkBoard(alex, { channel: b, close: () => {}, phrase: 'x' }, me('Alex'));
    await expect.poll(() => readItems(alex).map((item) => item.text)).toEqual(['I need a quiet hour.']);
    await expect.poll(() => samLink.others().map((other) => other.name)).toEqual(['Alex']);

    // Garbage of every kind from "Alex's" end: not binary, empty, an unknown frame, an unknown message kind,
    // a sync message cut short: each counted, nothing applied.
    const whole = (bytes: number[]) => splitMessage(Uint8Array.from(bytes), 1)[0]!.slice().buffer;
    for (const junk of ['text', new ArrayBuffer(0), Uint8Array.from([9, 9]).buffer, whole([7]), whole([0])]) a.deliver(junk);
    expect(samLink.unreadable()).toBe(5);
    // An update Yjs cannot decode is refused by Yjs itself (it logs it); the board is unchanged.
    a.deliver(whole([0, 2, 5, 1, 2, 3, 4, 5]));
    expect(readItems(sam).map((item) => item.text)).toEqual(['I need a quiet hour.']);
    addItem(alex, { section: 'celebration', author: 'alex', now: 2, text: 'Still talking.' });
    await expect.poll(() => readItems(sam).map((item) => item.text).sort()).toEqual(['I need a quiet hour.', 'Still talking.']);

    await alexLink.destroy();
    await expect.poll(() => samLink.status().kind).toBe('direct-closed');
    expect(samLink.others()).toEqual([]);
    await samLink.destroy();
  });
});
