/** The stock simple-peer that y-webrtc imports in Node (nodePeer.ts patches how it sends). */
declare module 'simple-peer/simplepeer.min.js' {
  const Peer: { prototype: { send(data: Uint8Array): void } };
  export default Peer;
}
