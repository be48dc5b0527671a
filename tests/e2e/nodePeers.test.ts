import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newShare } from '@/lib/sync/room/invite';
import { buildNodePeer, PeerProcess, removeNodePeerBuild } from '@/tests/e2e/support/nodePeerProcess';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Three board peers, each in its own Node process (y-webrtc allows one room
 * per process), with real WebRTC (node-datachannel) on loopback through the
 * local signaling server: rounds of seeded random edits on all three at
 * once, then every copy must be equal.
 */
describe('y-webrtc peers in separate Node processes converge', () => {
  let signaling: Signaling;
  const peers: PeerProcess[] = [];
  beforeAll(async () => {
    await buildNodePeer();
    signaling = await startSignaling();
  });
  afterAll(async () => {
    await Promise.all(peers.map((peer) => peer.quit()));
    await signaling?.stop();
    removeNodePeerBuild();
  });

  it('three peers, three rounds of 25 random edits each at once', async () => {
    const { room, secret } = newShare();
    const status = async (peer: PeerProcess) => peer.ask('status', 'status ');
    // Join one after another: with Node WebRTC, two offers crossing at the
    // same instant sometimes connect without delivering data (environment-notes.md);
    // simultaneous joins are tested with real browsers in groups.test.ts.
    for (const [index, name] of ['Ana', 'Ben', 'Cai'].entries()) {
      peers.push(new PeerProcess(name, { signalingUrl: signaling.url, room, secret, seed: index + 1 }));
      await expect.poll(() => status(peers.at(-1)!), { timeout: 45_000 }).toMatch(index === 0 ? /^waiting/ : `connected ${index}`);
    }
    for (const peer of peers) await expect.poll(() => status(peer), { timeout: 45_000 }).toBe('connected 2');

    for (let round = 0; round < 3; round++) {
      await Promise.all(peers.map((peer) => peer.ask('edit 25', 'edited')));
      const reports = () => Promise.all(peers.map((peer) => peer.ask('report', 'state ')));
      await expect.poll(async () => new Set(await reports()).size, { timeout: 30_000 }).toBe(1);
    }
    const final = JSON.parse(await peers[0]!.ask('report', 'state ')) as unknown[];
    expect(final.length).toBeGreaterThan(10);
  });

  it('a peer whose first request for the board is lost still gets it', async () => {
    // The one who was there first starts the connection; the newcomer's sync
    // step 1, sent as it connects, can be dropped by the other browser. Then
    // nobody would ever send it the board (no request, no answer).
    const { room, secret } = newShare();
    const ana = new PeerProcess('Ana', { signalingUrl: signaling.url, room, secret, seed: 7 });
    peers.push(ana);
    await expect.poll(() => ana.ask('status', 'status '), { timeout: 45_000 }).toMatch(/^waiting/);
    await ana.ask('edit 10', 'edited');
    const ben = new PeerProcess('Ben', { signalingUrl: signaling.url, room, secret, seed: 8, loseFirstAsk: true });
    peers.push(ben);
    await expect.poll(() => ben.ask('status', 'status '), { timeout: 45_000 }).toBe('connected 1');
    const reports = () => Promise.all([ana, ben].map((peer) => peer.ask('report', 'state ')));
    await expect.poll(async () => new Set(await reports()).size, { timeout: 30_000 }).toBe(1);
    expect((JSON.parse(await ben.ask('report', 'state ')) as unknown[]).length).toBeGreaterThan(3);
  });
});
