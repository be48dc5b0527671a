import { agreeAsWritten, voteAsWritten, withdrawAsWritten } from '@/tests/support/asWritten';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import * as Y from 'yjs';
import { addItem, deleteItem, moveItem, setItemText, setPerson, setRevisitOn } from '@/lib/board/actions';
import { addCheckIn, readCheckIns } from '@/lib/board/checkins';
import { consentState, readAllConsent, textHash } from '@/lib/board/agreement/consent';
import { SECTIONS } from '@/lib/board/format';
import { compareOrder } from '@/lib/board/order';
import { readItems, readPeople } from '@/lib/board/read';
import { react, readAllReactions } from '@/lib/board/reactions';
import { readRoleVotes } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import { newBoardDoc } from '@/tests/support/docs';
import { seeded } from '@/tests/support/random';

/**
 * A seeded simulation of 2 to 5 peers editing one board over an in-memory
 * network that drops links, partitions and takes peers offline for long
 * stretches; then everyone reconnects. `runSimulation` returns the problems
 * it found (empty when every peer converged and every invariant holds).
 * Random ids and Yjs client ids come from the seed, so a seed replays exactly.
 */
export interface SimulationResult {
  peers: number;
  steps: number;
  problems: string[];
}

const PEOPLE = ['sam', 'alex', 'kai', 'robin', 'jo'];

export function runSimulation(seed: number, steps = 120): SimulationResult {
  const rng = seeded(seed);
  return withSeededRandom(rng.next, () => {
    const count = 2 + rng.int(4);
    const origin = newBoardDoc();
    const peers = PEOPLE.slice(0, count).map((person, index) => {
      const doc = new Y.Doc();
      doc.clientID = 1 + index + seed * 10;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
      setPerson(doc, person, { name: person, role: index === count - 1 && count > 2 ? 'facilitator' : 'partner' }, index);
      return { person, doc, online: true };
    });
    // links[i][j]: whether i and j can reach each other now.
    const links = peers.map(() => peers.map(() => true));
    const syncPair = (a: Y.Doc, b: Y.Doc) => {
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
    };
    const connected = (i: number, j: number) => peers[i]!.online && peers[j]!.online && links[i]![j]!;

    for (let step = 0; step < steps; step++) {
      const index = rng.int(count);
      const { doc, person } = peers[index]!;
      act(doc, person, step, rng);
      const roll = rng.next();
      if (roll < 0.05) {
        // A peer goes offline for a long stretch, or comes back.
        const other = peers[rng.int(count)]!;
        other.online = !other.online;
      } else if (roll < 0.1) {
        // A partition: a random link breaks or heals.
        const [i, j] = [rng.int(count), rng.int(count)];
        links[i]![j] = links[j]![i] = !links[i]![j];
      }
      // Some messages arrive now, others later: sync a few connected pairs.
      for (let k = rng.int(3); k > 0; k--) {
        const [i, j] = [rng.int(count), rng.int(count)];
        if (i !== j && connected(i, j)) syncPair(peers[i]!.doc, peers[j]!.doc);
      }
    }

    // Everyone reconnects: sync until nobody has anything new.
    for (let round = 0; round < count; round++) {
      for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) syncPair(peers[i]!.doc, peers[j]!.doc);
    }
    const problems = [...divergence(peers.map((peer) => peer.doc)), ...invariants(peers[0]!.doc)];
    return { peers: count, steps, problems };
  });
}

function act(doc: Y.Doc, person: string, step: number, rng: ReturnType<typeof seeded>): void {
  const items = readItems(doc);
  const pickItem = () => rng.pick(items);
  const roll = rng.next();
  if (roll < 0.25 || items.length === 0) {
    addItem(doc, { section: rng.pick(SECTIONS), author: person, now: step, text: `${person} ${step}` });
  } else if (roll < 0.5) {
    // Concurrent edits of one text: a random splice in a random item.
    const item = pickItem();
    const at = rng.int(item.text.length + 1);
    const cut = rng.int(Math.min(4, item.text.length - at) + 1);
    setItemText(
      doc,
      item.id,
      `${item.text.slice(0, at)}${rng.pick(['', ' ', 'x', 'and ', '…'])}${item.text.slice(at + cut)}`,
      step,
      person,
    );
  } else if (roll < 0.6) {
    moveItem(doc, pickItem().id, rng.int(items.length + 1));
  } else if (roll < 0.67) {
    deleteItem(doc, pickItem().id);
  } else if (roll < 0.8) {
    agreeAsWritten(doc, pickItem().id, person, step);
  } else if (roll < 0.85) {
    withdrawAsWritten(doc, pickItem().id, person, step);
  } else if (roll < 0.9) {
    addCheckIn(doc, person, { score: 1 + rng.int(5), statement: rng.next() < 0.5 ? `I feel ${step}` : '' }, step);
  } else if (roll < 0.94) {
    react(doc, pickItem().id, person, rng.pick(['cheer', 'love', 'proud', 'thanks', null] as const));
  } else if (roll < 0.97) {
    voteAsWritten(doc, rng.pick(PEOPLE), rng.pick(['partner', 'facilitator', 'observer'] as const), person, step);
  } else {
    setRevisitOn(doc, pickItem().id, rng.next() < 0.7 ? step * 1000 : null, step);
  }
}

/** Everything a person sees, as plain data. */
function visible(doc: Y.Doc) {
  return JSON.stringify({
    items: readItems(doc),
    people: readPeople(doc, TRUST_AS_WRITTEN),
    // Y.Map iteration follows each doc's own arrival order: compare as sorted sets.
    consent: sortedByKey(readAllConsent(doc, TRUST_AS_WRITTEN)),
    checkIns: readCheckIns(doc),
    reactions: sortedByKey(readAllReactions(doc)),
    votes: [...readRoleVotes(doc, TRUST_AS_WRITTEN).keys()].sort(),
  });
}

function sortedByKey<T extends { personId: string }>(byItem: Map<string, T[]>) {
  return [...byItem]
    .map(([id, list]) => [id, [...list].sort((a, b) => (a.personId < b.personId ? -1 : 1))] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function divergence(docs: Y.Doc[]): string[] {
  const first = visible(docs[0]!);
  return docs.slice(1).flatMap((doc, i) => {
    const other = visible(doc);
    if (other === first) return [];
    const a = JSON.parse(first) as Record<string, unknown>;
    const b = JSON.parse(other) as Record<string, unknown>;
    const parts = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
    return [`peer ${i + 1} differs from peer 0 in ${parts.join(', ')}`];
  });
}

/** Board invariants that must hold after any merge. */
export function invariants(doc: Y.Doc): string[] {
  const problems: string[] = [];
  const items = readItems(doc);
  // Every item in the map is a valid item (no half-merged shapes), once.
  if (items.length !== boardMaps(doc).items.size) problems.push(`${boardMaps(doc).items.size - items.length} malformed items`);
  if (new Set(items.map((item) => item.id)).size !== items.length) problems.push('duplicate items');
  for (const section of SECTIONS) {
    const list = items.filter((item) => item.section === section);
    const sorted = [...list].sort(compareOrder);
    if (sorted.some((item, i) => item.id !== list[i]!.id)) problems.push(`${section} is not in one order`);
  }
  // Consent: "agreed by everyone" only when every partner agreed to these exact words.
  const partners = readPeople(doc, TRUST_AS_WRITTEN).filter((person) => person.role === 'partner');
  const consent = readAllConsent(doc, TRUST_AS_WRITTEN);
  for (const item of items) {
    const records = consent.get(item.id) ?? [];
    if (records.some((record) => record.textHash !== textHash(record.text))) problems.push(`bad hash on ${item.id}`);
    if (consentState(item, records, partners).kind !== 'agreed') continue;
    for (const partner of partners) {
      if (!records.some((record) => record.personId === partner.id && record.text === item.text)) {
        problems.push(`${item.id} shows agreed without ${partner.id}`);
      }
    }
  }
  return problems;
}

/** Runs `body` with crypto.getRandomValues fed from the seed (item ids), restoring it after. */
function withSeededRandom<T>(next: () => number, body: () => T): T {
  const original = crypto.getRandomValues.bind(crypto);
  crypto.getRandomValues = (<A extends ArrayBufferView | null>(array: A): A => {
    if (array instanceof Uint8Array) for (let i = 0; i < array.length; i++) array[i] = Math.floor(next() * 256);
    return array;
  }) as typeof crypto.getRandomValues;
  try {
    return body();
  } finally {
    crypto.getRandomValues = original;
  }
}
