import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newShare } from '../../lib/sync/invite';
import { startSignaling, type Signaling } from './support/signaling';

/**
 * Three board peers, each in its own Node process (y-webrtc allows one room
 * per process), with real WebRTC (node-datachannel) on loopback through the
 * local signaling server: rounds of seeded random edits on all three at
 * once, then every copy must be equal.
 */
const BUNDLE = 'node_modules/.cache/common-ground/node-peer.mjs';

class PeerProcess {
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => boolean)[] = [];
  constructor(readonly name: string, readonly child: ChildProcess) {
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => {
      const at = this.waiting.findIndex((accept) => accept(line));
      if (at >= 0) this.waiting.splice(at, 1);
    });
  }
  ask(command: string, prefix: string): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.push((line) => (line.startsWith(prefix) ? (resolve(line.slice(prefix.length).trim()), true) : false));
      this.child.stdin!.write(`${command}\n`);
    });
  }
}

describe('y-webrtc peers in separate Node processes converge', () => {
  let signaling: Signaling;
  const peers: PeerProcess[] = [];
  beforeAll(async () => {
    await build({
      entryPoints: ['tests/e2e/support/nodePeer.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: BUNDLE,
      external: ['node-datachannel', 'ws'],
      logLevel: 'warning',
    });
    signaling = await startSignaling();
  });
  afterAll(async () => {
    await Promise.all(
      peers.map((peer) => new Promise<void>((done) => {
        if (peer.child.exitCode !== null) return done();
        peer.child.once('exit', () => done());
        peer.child.stdin!.write('quit\n');
        setTimeout(() => peer.child.kill('SIGKILL'), 5000).unref();
      })),
    );
    await signaling?.stop();
    rmSync(BUNDLE, { force: true });
  });

  it('three peers, three rounds of 25 random edits each at once', async () => {
    const { room, secret } = newShare();
    const status = async (peer: PeerProcess) => peer.ask('status', 'status ');
    // Join one after another: with Node WebRTC, two offers crossing at the
    // same instant sometimes connect without delivering data (environment-notes.md);
    // simultaneous joins are tested with real browsers in groups.test.ts.
    for (const [index, name] of ['Ana', 'Ben', 'Cai'].entries()) {
      const child = spawn(process.execPath, [BUNDLE, signaling.url, room, secret, name, String(index + 1)], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      peers.push(new PeerProcess(name, child));
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
});
