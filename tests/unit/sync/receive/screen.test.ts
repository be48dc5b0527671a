import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { makeGate } from '@/lib/sync/receive/gate';
import { MESSAGE, makeScreen } from '@/lib/sync/receive/screen';
import { newBoardDoc } from '@/tests/support/docs';

/** The screen y-webrtc's data listener sits behind, on a fresh board. */
function screened() {
  const refused: string[] = [];
  const gate = makeGate(newBoardDoc(), { origin: 'peer', onRefused: (_peer, reason) => refused.push(reason), onOverBudget: () => {} });
  const screen = makeScreen({
    gate,
    screenAwareness: (_peer, update) => ({ ok: true, value: update }),
    onRefused: (_peer, reason) => refused.push(reason),
  });
  return { screen, refused };
}

describe('the message screen in front of y-webrtc', () => {
  it('drops y-webrtc’s BroadcastChannel peer announcements arriving over a data channel (a fake peer, before)', () => {
    const { screen, refused } = screened();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.bcPeerId);
    encoding.writeUint8(encoder, 1);
    encoding.writeVarString(encoder, 'ghost-peer');
    expect(screen('mallory', encoding.toUint8Array(encoder))).toBeNull();
    expect(refused).toEqual(['a message only another window of this browser may send']);
  });

  it('passes sync requests and presence queries on, and applies updates itself (y-webrtc sees an empty step 2)', () => {
    const { screen, refused } = screened();
    const step1 = Uint8Array.of(MESSAGE.sync, 0, 1, 0);
    expect(screen('alex', step1)).toBe(step1);
    expect(screen('alex', Uint8Array.of(MESSAGE.queryAwareness))).toEqual(Uint8Array.of(MESSAGE.queryAwareness));
    expect(screen('alex', Uint8Array.of(MESSAGE.sync, 1, 2, 0, 0))).toEqual(Uint8Array.of(MESSAGE.sync, 1, 2, 0, 0));
    expect(screen('alex', Uint8Array.of(MESSAGE.sync, 2, 2, 0, 0))).toBeNull();
    expect(refused).toEqual([]);
  });
});
