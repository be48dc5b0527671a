import * as polyfill from 'node-datachannel/polyfill';

/** simple-peer mutates offers and answers: node-datachannel's must be plain objects. */
class PlainPeerConnection extends polyfill.RTCPeerConnection {
  override async createOffer() {
    const offer = await super.createOffer();
    return { type: offer.type, sdp: offer.sdp } as RTCSessionDescriptionInit;
  }
  override async createAnswer() {
    const answer = await super.createAnswer();
    return { type: answer.type, sdp: answer.sdp } as RTCSessionDescriptionInit;
  }
}

/** WebRTC in Node (node-datachannel), as simple-peer's and our peer's `wrtc` option takes it. */
export const nodeWrtc = {
  RTCPeerConnection: PlainPeerConnection as unknown as typeof RTCPeerConnection,
  RTCSessionDescription: polyfill.RTCSessionDescription,
  RTCIceCandidate: polyfill.RTCIceCandidate,
};
