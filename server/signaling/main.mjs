// @ts-check
// `node server/signaling/main.mjs [options]` (or `npm run signaling -- …`):
// reads the options, starts the server, prints `Signaling server listening
// on ws://HOST:PORT` (the tests parse it; with --port 0 the OS picks one),
// and stops gracefully on SIGTERM/SIGINT or after --exit-after seconds.
// --capture FILE appends every message received to FILE, one per line
// (the tests check that what a signaling server sees holds no board content).
import { appendFileSync } from 'node:fs';
import { ConfigError, readConfig, usage } from './config.mjs';
import { createSignalingServer } from './server.mjs';

if (process.argv.includes('--help')) {
  console.log(`node server/signaling/main.mjs [options]\n${usage()}`);
  process.exit(0);
}
/** @type {import('./config.mjs').Config} */
let config;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const capture = config.capture;
const server = createSignalingServer(config, capture ? { onReceive: (text) => appendFileSync(capture, `${text}\n`) } : {});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, stop);
if (config.exitAfter > 0) setTimeout(stop, config.exitAfter * 1000).unref();

try {
  const { host, port } = await server.listen();
  console.log(`Signaling server listening on ws://${host}:${port}`);
} catch (error) {
  console.error(`Could not listen on ${config.host}:${config.port}: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
