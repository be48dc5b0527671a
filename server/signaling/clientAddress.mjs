// @ts-check
// The address a connection counts against (per-IP cap). Behind a reverse
// proxy every connection comes from the proxy, so with --trust-proxy the
// last X-Forwarded-For entry (the one the proxy itself added) is the client.

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {boolean} trustProxy
 */
export function clientAddress(request, trustProxy) {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').pop()?.trim();
    if (last) return normalise(last);
  }
  return normalise(request.socket.remoteAddress ?? 'unknown');
}

/** `::ffff:192.0.2.1` is 192.0.2.1. */
const normalise = (/** @type {string} */ address) => (address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address);
