import { afterAll, beforeAll, expect } from 'vitest';
import { parseInvite } from '@/lib/sync/room/invite';
import { buildNodePeer, PeerProcess, removeNodePeerBuild } from '@/tests/e2e/support/nodePeerProcess';
import { closePeople, launchPeople, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * For one test file: a local signaling server, one Chromium profile per
 * name, and a hostile Node peer (nodePeer.ts) started on demand with an
 * invite code, all closed after the file's tests.
 */
export function withHostilePeer(names: string[]) {
  let signaling: Signaling | undefined;
  let people: Named[] = [];
  let mallory: PeerProcess | undefined;
  beforeAll(async () => {
    await buildNodePeer();
    signaling = await startSignaling();
    people = await launchPeople(names, signaling.url);
  });
  afterAll(async () => {
    await mallory?.quit();
    await closePeople(people);
    await signaling?.stop();
    removeNodePeerBuild();
  });
  return {
    people: () => people,
    /** Starts the hostile peer in the room the invite `code` names, and waits until it has a connection. */
    async mallory(code: string, seed: number): Promise<PeerProcess> {
      const invite = parseInvite(code);
      if (!invite.ok) expect.fail(invite.error);
      mallory = new PeerProcess('mallory', { signalingUrl: signaling!.url, room: invite.value.room, secret: invite.value.secret, seed });
      await expect.poll(() => mallory!.ask('status', 'status '), { timeout: 45_000 }).toMatch(/^connected [1-9]/);
      return mallory;
    },
  };
}
