import type * as Y from 'yjs';
import { textHash } from '@/lib/board/agreement/consent';
import { readItems } from '@/lib/board/read';

/**
 * The Node peer's side of tests/e2e/replay.test.ts: a peer with the invite
 * code keeps a copy of everyone's agreements and, after someone withdraws,
 * writes their old agreement back (it is signed by them, so its signature
 * still verifies). Commands (`replay <what>` on the peer's stdin):
 *
 *   record     -> keeps a copy of the consent map; answers how many agreements it holds
 *   withdrawn  -> how many kept agreements the board now holds as a withdrawal
 *   write-back -> in one change, writes every kept agreement that was withdrawn back,
 *                 and, as a marker the panels show once they have checked that change,
 *                 an agreement with a made-up signature in the same person's name on
 *                 another item; answers how many it wrote back
 */
let kept = new Map<string, unknown>();

const consentOf = (doc: Y.Doc) => doc.getMap<unknown>('consent');
// Read by hand rather than with lib/board/agreement/consent.ts, so the same attack runs against any version of the
// panel: before withdrawals were statements, withdrawing deleted the key.
const kindOf = (value: unknown) => (typeof value !== 'object' || value === null ? undefined : (value as { kind?: unknown }).kind);
const isAgreement = (value: unknown) => typeof value === 'object' && value !== null && kindOf(value) !== 'withdraw';
const personOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
const itemOf = (key: string) => key.slice(0, key.lastIndexOf(':'));

export function replayAttack(doc: Y.Doc, what: string): string {
  const consent = consentOf(doc);
  const withdrawn = () => [...kept.keys()].filter((key) => !consent.has(key) || kindOf(consent.get(key)) === 'withdraw');
  if (what === 'record') {
    kept = new Map([...consent.entries()].filter(([, value]) => isAgreement(value)).map(([key, value]) => [key, structuredClone(value)]));
    return String(kept.size);
  }
  if (what === 'withdrawn') return String(withdrawn().length);
  if (what === 'write-back') {
    const keys = withdrawn();
    doc.transact(() => {
      for (const key of keys) {
        consent.set(key, kept.get(key));
        const other = readItems(doc).find((item) => item.id !== itemOf(key) && item.section === 'boundary');
        if (!other) continue;
        const forged = { v: 2, kind: 'agree', textHash: textHash(other.text), text: other.text, at: Date.now(), n: 1, sig: 'A'.repeat(86) };
        consent.set(`${other.id}:${personOf(key)}`, forged);
      }
    });
    return String(keys.length);
  }
  return `unknown ${what}`;
}
