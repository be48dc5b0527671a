import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const CANDIDATES = [process.env.REDIS_SERVER_PATH, '/usr/bin/redis-server', '/usr/local/bin/redis-server'];
export const redisServerPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

/**
 * Tests of several instances need a real redis-server. Locally a missing one
 * is announced loudly and the tests skip; under CI it is a failure, never a skip.
 */
export function requireRedis(): boolean {
  if (redisServerPath) return true;
  const why = 'redis-server is not installed (apt-get install -y redis-server, or run npm run setup)';
  if (process.env.CI) throw new Error(`Redis tests cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING REDIS TESTS: ${why} !!!\n`);
  return false;
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Redis {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** A throwaway redis-server on loopback: no persistence, stopped by `stop()`. */
export async function startRedis(port?: number): Promise<Redis> {
  const at = port ?? (await freePort());
  const child = spawn(redisServerPath!, ['--port', String(at), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`redis-server exited (${code}): ${output}`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      child.off('exit', onExit);
      resolve();
    });
  });
  return {
    port: at,
    url: `redis://127.0.0.1:${at}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
