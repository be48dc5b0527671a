// `npm run signaling -- [--host 127.0.0.1] [--port 4444] [--exit-after SECONDS] [--capture FILE]`
// Runs y-webrtc's own signaling server (its y-webrtc-signaling bin), bound to
// the host you choose: that bin reads only PORT and listens on every
// interface, so we pin the host by wrapping http.Server#listen before it
// loads. --exit-after stops it by itself (the tests use it as a safety net).
// --capture appends every message the server receives to FILE, one per line:
// the tests check that what a signaling server sees holds no board content.
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { WebSocket } from 'ws';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const host = option('host', process.env.HOST ?? '127.0.0.1');
const port = Number(option('port', process.env.PORT ?? '4444'));
const exitAfter = Number(option('exit-after', '0'));
const capture = option('capture', '');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${option('port', '')}`);
  process.exit(2);
}

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...listenArgs) {
  const callback = listenArgs.find((a) => typeof a === 'function');
  this.once('listening', () => {
    const address = this.address();
    // Printed for people and parsed by the tests (with --port 0 the OS picks one).
    console.log(`Signaling server listening on ws://${host}:${address.port}`);
  });
  return callback ? listen.call(this, port, host, callback) : listen.call(this, port, host);
};
if (capture) {
  // y-webrtc's server uses this same `ws` module: see each message as it arrives.
  const emit = WebSocket.prototype.emit;
  WebSocket.prototype.emit = function (event, ...rest) {
    if (event === 'message') appendFileSync(capture, `${String(rest[0])}\n`);
    return emit.call(this, event, ...rest);
  };
}
process.env.PORT = String(port);
await import(new URL('../node_modules/y-webrtc/bin/server.js', import.meta.url).href);

if (exitAfter > 0) setTimeout(() => process.exit(0), exitAfter * 1000).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
