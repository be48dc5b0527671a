import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { build } from 'esbuild';

/**
 * Where tests/e2e/support/nodePeer.ts is bundled to run as a Node process of
 * its own (beside node_modules, for its two external imports). One file per
 * test process: git worktrees share node_modules, and one run's cleanup must
 * not delete the bundle another run is using.
 */
const BUNDLE = `node_modules/.cache/common-ground/node-peer-${process.pid}.mjs`;

export async function buildNodePeer(): Promise<void> {
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
}

export const removeNodePeerBuild = () => rmSync(BUNDLE, { force: true });

/** One board peer in its own Node process, driven by commands on its stdin. */
export class PeerProcess {
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => boolean)[] = [];
  readonly child: ChildProcess;
  constructor(
    readonly name: string,
    args: { signalingUrl: string; room: string; secret: string; seed: number; loseFirstAsk?: boolean },
  ) {
    const argv = [
      BUNDLE,
      args.signalingUrl,
      args.room,
      args.secret,
      name,
      String(args.seed),
      ...(args.loseFirstAsk ? ['lose-first-ask'] : []),
    ];
    this.child = spawn(process.execPath, argv, {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.lines = createInterface({ input: this.child.stdout! });
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
  /** Asks it to disconnect and exit; kills it if it has not within 5 s. */
  quit(): Promise<void> {
    return new Promise<void>((done) => {
      if (this.child.exitCode !== null) return done();
      this.child.once('exit', () => done());
      this.child.stdin!.write('quit\n');
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref();
    });
  }
}
