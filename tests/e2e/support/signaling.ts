import { spawn, type ChildProcess } from 'node:child_process';

export interface Signaling {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `npm run signaling`'s server on 127.0.0.1 (a free port, or `port`
 * to restart on the same one), optionally writing every message it receives
 * to `capture`. It also exits by itself after 10 minutes.
 */
export function startSignaling(port = 0, capture?: string): Promise<Signaling> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'scripts/signaling.mjs',
      ...['--host', '127.0.0.1', '--port', String(port), '--exit-after', '600'],
      ...(capture ? ['--capture', capture] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const exitedEarly = (code: number | null) => reject(new Error(`signaling server exited (${code}): ${output}`));
    child.once('exit', exitedEarly);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (ws:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (!match) return;
      // Once only: the server logs on (its "shutting down" line came after stop's exit listener,
      // and removing every exit listener then left stop waiting forever). Its output is still drained.
      child.stdout!.off('data', read);
      child.stdout!.resume();
      child.off('exit', exitedEarly);
      resolve({
        url: match[1]!,
        port: Number(match[2]),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', read);
  });
}
