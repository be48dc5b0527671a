import { err, ok, type Result } from '@/lib/util/result';

/**
 * The few facts of a data-channel-only WebRTC offer or answer that the other
 * side needs, and the SDP rebuilt from them. Chromium's SDP for one data
 * channel is ~500–1,000 characters, most of it fixed boilerplate; these facts
 * pack into ~60–120 bytes (pairingCode.ts), which is what keeps a pairing
 * code short enough for a video call's chat.
 */
export interface SessionFacts {
  iceUfrag: string;
  icePwd: string;
  /** SHA-256 of the DTLS certificate, 32 bytes: what the confirmation phrase is made from. */
  fingerprint: Uint8Array;
  candidates: Candidate[];
}

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** One UDP ICE candidate. `address` is an IPv4 or IPv6 address or an mDNS name (`<uuid>.local`). */
export interface Candidate {
  type: CandidateType;
  address: string;
  port: number;
}

/** More would not help a pairing and would only lengthen the code. */
export const MAX_CANDIDATES = 8;
const ICE_CHARS = /^[A-Za-z0-9+/]+$/;

/** Reads the facts from a local description (after ICE gathering finished, so its candidates are in it). */
export function readSessionFacts(sdp: string): Result<SessionFacts> {
  const line = (prefix: string) =>
    sdp
      .split(/\r?\n/)
      .find((l) => l.startsWith(prefix))
      ?.slice(prefix.length)
      .trim();
  const iceUfrag = line('a=ice-ufrag:');
  const icePwd = line('a=ice-pwd:');
  const fingerprintText = line('a=fingerprint:sha-256 ');
  // not-ui: this device's own offer read back; a failure is logged and the person told the pairing could not be made (lib/app/pairings.ts)
  if (!iceUfrag || !icePwd || !fingerprintText) return err('The connection offer is missing its ICE or DTLS details.');
  const fingerprint = Uint8Array.from(fingerprintText.split(':'), (hex) => parseInt(hex, 16));
  // not-ui: as above
  if (fingerprint.length !== 32 || fingerprint.some((b) => Number.isNaN(b))) return err('The connection offer has no SHA-256 fingerprint.');
  const candidates: Candidate[] = [];
  for (const raw of sdp.split(/\r?\n/)) {
    if (!raw.startsWith('a=candidate:')) continue;
    const parts = raw.slice('a=candidate:'.length).trim().split(/\s+/);
    const [, component, protocol, , address, port, typ, type] = parts;
    // RTP component 1 over UDP is all a data channel uses; TCP candidates need more fields than they are worth here.
    if (component !== '1' || protocol?.toLowerCase() !== 'udp' || typ !== 'typ') continue;
    if (type !== 'host' && type !== 'srflx' && type !== 'prflx' && type !== 'relay') continue;
    const portNumber = Number(port);
    if (!address || !Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) continue;
    if (candidates.some((c) => c.address === address && c.port === portNumber)) continue;
    candidates.push({ type, address, port: portNumber });
    if (candidates.length === MAX_CANDIDATES) break;
  }
  return ok({ iceUfrag, icePwd, fingerprint, candidates });
}

export function isIceCredential(text: string, min: number, max: number): boolean {
  return text.length >= min && text.length <= max && ICE_CHARS.test(text);
}

const TYPE_PREFERENCE: Record<CandidateType, number> = { host: 126, prflx: 110, srflx: 100, relay: 0 };

const fingerprintText = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');

/**
 * The SDP for the other side's offer (`actpass`) or answer (`active`): one
 * data channel, its ICE credentials, DTLS fingerprint and candidates.
 * Priorities follow RFC 8445's formula, so candidates are tried in the
 * usual order.
 */
export function buildSdp(facts: SessionFacts, role: 'offer' | 'answer'): string {
  const candidates = facts.candidates.map((candidate, index) => {
    const priority = (TYPE_PREFERENCE[candidate.type] << 24) + ((65535 - index) << 8) + 255;
    const related = candidate.type === 'host' ? '' : ' raddr 0.0.0.0 rport 0';
    return `a=candidate:${index + 1} 1 udp ${priority} ${candidate.address} ${candidate.port} typ ${candidate.type}${related}`;
  });
  return [
    'v=0',
    `o=- ${role === 'offer' ? 1 : 2} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...candidates,
    `a=ice-ufrag:${facts.iceUfrag}`,
    `a=ice-pwd:${facts.icePwd}`,
    'a=ice-options:trickle',
    `a=fingerprint:sha-256 ${fingerprintText(facts.fingerprint)}`,
    `a=setup:${role === 'offer' ? 'actpass' : 'active'}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
    '',
  ].join('\r\n');
}
