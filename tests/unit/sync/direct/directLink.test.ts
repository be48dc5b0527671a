import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { makeJoiner, splitMessage } from '@/lib/sync/room/chunking';
import { describeConnection } from '@/lib/sync/connectionStatus';
import { makeSessionTracker } from '@/lib/app/sessionTracker';
import { freshDb } from '@/tests/support/db';
import { linkBoard, type DataChannelLike } from '@/lib/sync/direct/directLink';
import { foreignRoot, missingDependency, pendingDeletes, structClaim } from '@/tests/support/attacks';
import { newBoardDoc } from '@/tests/support/docs';
import { knownPeople } from '@/tests/support/identities';

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

/** A message framed as a peer would send it: one frame, or chunks when large. */
const whole = (bytes: Uint8Array | number[]) => {
  const frames = splitMessage(Uint8Array.from(bytes), 1).map((frame) => frame.slice().buffer);
  return frames.length === 1 ? frames[0]! : frames;
};
/** A whole sync-update message carrying `update`, as a peer would frame it. */
function updateMessage(update: Uint8Array) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return whole(encoding.toUint8Array(encoder));
}
/** A whole awareness message announcing `states` by client id. */
function awarenessMessage(states: [number, number, unknown][]) {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const [clientId, clock, state] of states) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return whole(encoding.toUint8Array(encoder));
}

/** Records the presence states an end sends, by client id. */
function recordAwareness(end: FakeEnd) {
  const states = new Map<number, Record<string, unknown>[]>();
  const join = makeJoiner();
  const send = end.send.bind(end);
  end.send = (data: Uint8Array<ArrayBuffer>) => {
    const joined = join(data);
    if (joined.kind === 'message') {
      const decoder = decoding.createDecoder(joined.message);
      if (decoding.readVarUint(decoder) === 1) {
        const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        const count = decoding.readVarUint(update);
        for (let i = 0; i < count; i++) {
          const clientId = decoding.readVarUint(update);
          decoding.readVarUint(update);
          const state = JSON.parse(decoding.readVarString(update)) as Record<string, unknown> | null;
          if (state) states.set(clientId, [...(states.get(clientId) ?? []), state]);
        }
      }
    }
    send(data);
  };
  return (clientId: number) => states.get(clientId) ?? [];
}

/** Sam and Alex linked over an in-memory channel, each knowing the other's key. */
async function linked() {
  const [a, b] = channelPair();
  const sam = newBoardDoc();
  addItem(sam, { section: 'boundary', author: 'sam', now: 1, text: 'I need a quiet hour.' });
  const alex = new Y.Doc();
  const { me } = await knownPeople(['Sam', 'Alex']);
  const samLink = linkBoard(sam, { channel: a, close: () => {}, phrase: 'x' }, me(0));
  const alexLink = linkBoard(alex, { channel: b, close: () => {}, phrase: 'x' }, me(1));
  await expect.poll(() => readItems(alex).map((item) => item.text)).toEqual(['I need a quiet hour.']);
  await expect.poll(() => samLink.others().map((other) => other.name)).toEqual(['Alex']);
  /** Delivers bytes as if Alex's end sent them. */
  const fromAlex = (data: unknown) => (Array.isArray(data) ? data.forEach((frame) => a.deliver(frame)) : a.deliver(data));
  return { sam, alex, samLink, alexLink, fromAlex };
}

describe('the direct link (the board over one data channel)', () => {
  it('syncs both ways, and leaves out what a peer sends that cannot be read, keeping the rest', async () => {
    const { sam, alex, samLink, alexLink, fromAlex } = await linked();

    // Garbage of every kind from "Alex's" end: not binary, empty, an unknown frame, an unknown message kind,
    // a sync message cut short: each counted, nothing applied.
    for (const junk of ['text', new ArrayBuffer(0), Uint8Array.from([9, 9]).buffer, whole([7]), whole([0])]) fromAlex(junk);
    expect(samLink.unreadable()).toBe(5);
    // An update that does not decode is counted too; the board is unchanged.
    fromAlex(whole([0, 2, 5, 1, 2, 3, 4, 5]));
    expect(samLink.unreadable()).toBe(6);
    expect(readItems(sam).map((item) => item.text)).toEqual(['I need a quiet hour.']);
    addItem(alex, { section: 'celebration', author: 'alex', now: 2, text: 'Still talking.' });
    await expect
      .poll(() =>
        readItems(sam)
          .map((item) => item.text)
          .sort(),
      )
      .toEqual(['I need a quiet hour.', 'Still talking.']);

    await alexLink.destroy();
    await expect.poll(() => samLink.status().kind).toBe('direct-closed');
    expect(samLink.others()).toEqual([]);
    await samLink.destroy();
  });

  it('both get the board when the end that did not make the channel is heard only after the other end has spoken', async () => {
    // A browser drops what reaches a channel before that channel's `open` ran
    // there; the end that did not make the channel is open first. Modelled:
    // Alex's end (it answered) is not heard until Sam's end has sent something.
    const [a, b] = channelPair();
    let samSpoke = false;
    const samSend = a.send.bind(a);
    a.send = (data: Uint8Array<ArrayBuffer>) => {
      samSpoke = true;
      samSend(data);
    };
    const alexSend = b.send.bind(b);
    b.send = (data: Uint8Array<ArrayBuffer>) => {
      if (samSpoke) alexSend(data);
    };
    const sam = newBoardDoc();
    addItem(sam, { section: 'boundary', author: 'sam', now: 1, text: 'I need a quiet hour.' });
    const alex = newBoardDoc();
    addItem(alex, { section: 'celebration', author: 'alex', now: 1, text: 'We laughed a lot.' });
    const { me } = await knownPeople(['Sam', 'Alex']);
    // Alex's board is linked first, so its greeting goes out before Sam's end has said anything.
    const alexLink = linkBoard(alex, { channel: b, close: () => {}, phrase: 'x', answering: true }, me(1));
    const samLink = linkBoard(sam, { channel: a, close: () => {}, phrase: 'x' }, me(0));
    await expect.poll(() => readItems(alex).map((item) => item.text)).toContain('I need a quiet hour.');
    await expect.poll(() => readItems(sam).map((item) => item.text)).toContain('We laughed a lot.');
    await expect.poll(() => samLink.others().map((other) => other.name)).toEqual(['Alex']);
    await expect.poll(() => alexLink.others().map((other) => other.name)).toEqual(['Sam']);
    await Promise.all([samLink.destroy(), alexLink.destroy()]);
  });

  it('counts a 10-byte update claiming 30 million structs, refused by the bounded decoder before Yjs sees it', async () => {
    const { sam, samLink, fromAlex } = await linked();
    const before = Y.encodeStateVector(sam);
    fromAlex(updateMessage(structClaim()));
    expect(samLink.unreadable()).toBe(1);
    expect(Y.encodeStateVector(sam)).toEqual(before);
  });

  it('never takes in a top-level type a board does not have', async () => {
    const { sam, samLink, fromAlex } = await linked();
    fromAlex(updateMessage(foreignRoot(2_000)));
    expect(samLink.unreadable()).toBe(1);
    expect([...sam.share.keys()]).not.toContain('junk');
  });

  it('never leaves pending data in the doc, so a backup written afterwards reads back whole', async () => {
    const { sam, samLink, fromAlex } = await linked();
    fromAlex(updateMessage(missingDependency().second));
    fromAlex(updateMessage(pendingDeletes(3)));
    expect(sam.store.pendingStructs).toBeNull();
    expect(sam.store.pendingDs).toBeNull();
    const restored = new Y.Doc();
    Y.applyUpdate(restored, Y.encodeStateAsUpdate(sam));
    expect([restored.store.pendingStructs, restored.store.pendingDs]).toEqual([null, null]);
    expect(samLink.unreadable()).toBe(0);
  });

  it('ignores presence that claims this device, and a message announcing an army', async () => {
    const { sam, samLink, fromAlex } = await linked();
    const own = { personId: 'someone', name: 'Sam has left', colour: '#000000', editing: null };
    fromAlex(awarenessMessage([[sam.clientID, 999, own]]));
    const crowd = Array.from({ length: 60_000 }, (_, i): [number, number, unknown] => [
      1_000 + i,
      1,
      { personId: `p${i}`, name: `P${i}`, colour: '#2f7f8f' },
    ]);
    fromAlex(awarenessMessage(crowd));
    expect(samLink.unreadable()).toBe(1);
    await expect.poll(() => samLink.others().map((other) => other.name)).toEqual(['Alex']);
    expect(samLink.visitors()).toBe(0);
  });

  it('keeps proving presence after Yjs gives this doc a new client id (it saw its id used by another client)', async () => {
    const { alex, samLink, alexLink } = await linked();
    await expect.poll(() => alexLink.others().map((other) => other.name)).toEqual(['Sam']);
    // Another doc writing under Alex's client id, its change applied to Alex's doc as a remote one:
    // Yjs then moves Alex's doc to a new id, while awareness still announces the old one.
    const twin = new Y.Doc();
    twin.clientID = alex.clientID;
    twin.getMap('twin').set('x', 1);
    const before = alex.clientID;
    Y.applyUpdate(alex, Y.encodeStateAsUpdate(twin), 'elsewhere');
    expect(alex.clientID).not.toBe(before);
    // Each moves its cursor: the other hears it, and must still be proving who it is.
    samLink.setEditing('sams-item');
    alexLink.setEditing('alexs-item');
    await expect.poll(() => alexLink.others().map((other) => [other.name, other.editing])).toEqual([['Sam', 'sams-item']]);
    await expect.poll(() => samLink.others().map((other) => [other.name, other.editing])).toEqual([['Alex', 'alexs-item']]);
    expect(alexLink.visitors()).toBe(0);
  });

  it('shows presence it cannot prove as a visitor, never as the person it names', async () => {
    const { samLink, alexLink, fromAlex } = await linked();
    // "Alex's" end announces a second device as Alex, with no proof of it.
    const alexId = samLink.others()[0]!.personId;
    fromAlex(awarenessMessage([[123_456, 1, { personId: alexId, name: 'Alex', colour: '#2f7f8f', editing: null }]]));
    fromAlex(awarenessMessage([[123_457, 1, { personId: 'kriley', name: 'Riley', colour: '#2f7f8f', editing: null }]]));
    await expect.poll(() => samLink.visitors()).toBe(2);
    expect(samLink.others().map((other) => other.name)).toEqual(['Alex']);
    await alexLink.destroy();
    await expect.poll(() => samLink.others()).toEqual([]);
  });
});

/**
 * Keep in step (lib/app/keepInStep): a browser that holds the board open
 * with nobody at it says so in its presence, signed, and is never taken for
 * its person being here.
 */
describe('presence of a browser keeping the board in step', () => {
  /** Alex's panel linked with a device of `who` that keeps the board in step. */
  async function withKeeper(who: 'Sam' | 'Alex') {
    const [a, b] = channelPair();
    const { me } = await knownPeople(['Alex', 'Sam']);
    const alex = newBoardDoc();
    const keeperDoc = new Y.Doc();
    const sent = recordAwareness(b);
    const alexLink = linkBoard(alex, { channel: a, close: () => {}, phrase: 'x' }, me(0));
    const keeper = linkBoard(keeperDoc, { channel: b, close: () => {}, phrase: 'x' }, { ...me(who === 'Sam' ? 1 : 0), inStep: true });
    const fromKeeper = (data: unknown) => (Array.isArray(data) ? data.forEach((frame) => a.deliver(frame)) : a.deliver(data));
    return { alex, alexLink, keeper, keeperDoc, fromKeeper, sent };
  }
  const status = (link: { status(): Parameters<typeof describeConnection>[0] }) => describeConnection(link.status());

  it('Sam’s browser is not Sam: nobody here, no visitor, no session, and the status says whose browser it is', async () => {
    const { alex, alexLink } = await withKeeper('Sam');
    // Followed as the panel's board handle follows it (lib/app/boardHandle.ts).
    const sessions = makeSessionTracker(freshDb(), 'board', alex, { personId: 'alex', name: 'Alex' }, Date.now, (error) => {
      throw error;
    });
    sessions.setOthers(alexLink.others());
    alexLink.onOthers((others) => sessions.setOthers(others));
    await expect.poll(() => status(alexLink)).toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    expect(alexLink.others()).toEqual([]);
    expect(alexLink.visitors()).toBe(0);
    expect(sessions.current()).toBeNull();
  });

  it('a panel of Sam’s attending it makes it Sam here, proved, and leaving makes it the browser again', async () => {
    const { alexLink, keeper } = await withKeeper('Sam');
    await expect.poll(() => status(alexLink)).toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    keeper.setInStep(false);
    await expect.poll(() => status(alexLink)).toBe('Connected with Sam');
    expect(alexLink.visitors()).toBe(0);
    keeper.setInStep(true);
    await expect.poll(() => status(alexLink)).toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    expect(alexLink.others()).toEqual([]);
    expect(alexLink.visitors()).toBe(0);
  });

  it('this person’s own background is never someone else', async () => {
    const { alexLink } = await withKeeper('Alex');
    await expect.poll(() => status(alexLink)).toBe('Waiting for others to join');
    expect(alexLink.others()).toEqual([]);
    expect(alexLink.visitors()).toBe(0);
  });

  it('its proof with "in step" taken out proves nobody: a visitor, never Sam here', async () => {
    const { alexLink, keeperDoc, fromKeeper, sent } = await withKeeper('Sam');
    await expect.poll(() => status(alexLink)).toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    // Sam's browser's own state, proof and all, announced again as if Sam were here.
    const samState = sent(keeperDoc.clientID).findLast((state) => Object.keys(state.proofs as object).length > 0)!;
    expect(samState.inStep).toBe(true);
    const claimed = { ...samState };
    delete claimed.inStep;
    fromKeeper(awarenessMessage([[keeperDoc.clientID, 10_000, claimed]]));
    await expect.poll(() => alexLink.visitors()).toBe(1);
    expect(alexLink.others()).toEqual([]);
    expect(status(alexLink)).toBe('Connected with 1 unconfirmed visitor');
  });
});
