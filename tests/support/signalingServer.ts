import { spawn, type ChildProcess } from 'node:child_process';
import { WebSocket, type ClientOptions } from 'ws';
import { DEFAULTS, type Config } from '@/server/signaling/config.mjs';
import { createLogger } from '@/server/signaling/log.mjs';
import { createSignalingServer, type SignalingServer } from '@/server/signaling/server.mjs';

/** Waits until `check` holds (polled every 10 ms), or fails after `timeoutMs` saying what it waited for. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Running {
  server: SignalingServer;
  url: string;
  port: number;
  /** Every log line the server wrote. */
  logs: string[];
  stop(): Promise<void>;
}

/** The server in this process on 127.0.0.1 and a free port, logging into `logs`. */
export async function startServer(overrides: Partial<Config> = {}): Promise<Running> {
  const config: Config = { ...DEFAULTS, host: '127.0.0.1', port: 0, ...overrides };
  const logs: string[] = [];
  const server = createSignalingServer(config, {
    log: createLogger({ level: 'debug', logIps: config.logIps, write: (line) => logs.push(line) }),
  });
  const { port } = await server.listen();
  return { server, url: `ws://127.0.0.1:${port}`, port, logs, stop: () => server.close(500) };
}

export type Json = Record<string, unknown>;

export interface Client {
  ws: WebSocket;
  send(value: unknown): void;
  /** The first message received (and not yet taken) that `match` accepts. */
  next(match?: (m: Json) => boolean, timeoutMs?: number): Promise<Json>;
  /** Every message received so far, taken or not. */
  received: Json[];
  closed: Promise<{ code: number }>;
  close(): Promise<void>;
}

/** A WebSocket client speaking y-webrtc's protocol as its client does (JSON text). */
export function connect(url: string, options: ClientOptions = {}): Promise<Client> {
  const ws = new WebSocket(url, options);
  const received: Json[] = [];
  const waiting: Json[] = [];
  const waiters: { match: (m: Json) => boolean; resolve: (m: Json) => void }[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Json;
    received.push(message);
    const at = waiters.findIndex((w) => w.match(message));
    if (at >= 0) waiters.splice(at, 1)[0]!.resolve(message);
    else waiting.push(message);
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve({ code })));
  const client: Client = {
    ws,
    received,
    closed,
    send: (value) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    next(match = () => true, timeoutMs = 5000) {
      const at = waiting.findIndex(match);
      if (at >= 0) return Promise.resolve(waiting.splice(at, 1)[0]!);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (m: Json) => (clearTimeout(timer), resolve(m)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error('no matching message arrived'));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close() {
      if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
      ws.close();
      return closed.then(() => undefined);
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`refused: ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** A ping answered: the server is up and reading this socket. */
export async function roundTrip(client: Client): Promise<void> {
  client.send({ type: 'ping' });
  await client.next((m) => m.type === 'pong');
}

export interface Spawned {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm run signaling`'s script as its own process, on 127.0.0.1 and a free port. */
export function spawnServer(args: string[] = [], env: Record<string, string> = {}): Promise<Spawned> {
  const child = spawn(process.execPath, ['scripts/signaling.mjs', '--host', '127.0.0.1', '--port', '0', '--exit-after', '120', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`signaling server exited (${code}): ${output}`));
    child.once('exit', onExit);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      child.off('exit', onExit);
      resolve({ child, url: `ws://127.0.0.1:${match[1]}`, port: Number(match[1]), output: () => output, exited });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}

/** Reads one series of /metrics' text, e.g. `signaling_messages_dropped_total{reason="json"}`. */
export async function metric(port: number, series: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no ${series} in /metrics`);
  return Number(line.slice(series.length + 1));
}
