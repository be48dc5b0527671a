import * as Y from 'yjs';
import { setPerson, signPerson } from '@/lib/board/actions';
import { counterKey, SIGNED_MAPS, splitConsentKey, splitRoleVoteKey, type SignedMap } from '@/lib/board/docKeys';
import type { Role } from '@/lib/board/format';
import { makeBoardObserver } from '@/lib/board/observe';
import { origins } from '@/lib/board/origins';
import { boardMap, boardMaps } from '@/lib/board/schema';
import { parseSigned, type SignedValue } from '@/lib/board/agreement/signedValues';
import { verifyStatement, type Signer } from '@/lib/board/agreement/signing';
import { boardOf, nextCounter, statementSignedBy, statements } from '@/lib/board/agreement/trust';

/**
 * Keeps this person's own entry on the board signed by this device's key
 * (trust.ts): when the board opens, when its meta first syncs (a joined
 * board learns its identity then), and whenever the entry changes, so a
 * peer who overwrites the key, signature or role, deletes the entry or
 * blanks the name, is answered with the real ones. The role is the one this device joined with (the board list keeps
 * it); later changes are the partners' votes, not this entry.
 * Returns the cleanup that stops watching.
 */
export function keepSelfSigned(
  doc: Y.Doc,
  personId: string,
  signer: Signer,
  joinedAs: Role,
  /** This person's name and colour, to write the entry back if someone deleted it or blanked the name. */
  me?: { name: string; colour: string | null },
): () => void {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const check = async () => {
    const board = boardOf(doc);
    if (board === '') return;
    const written = boardMaps(doc).people.get(personId);
    const name = written instanceof Y.Map ? written.get('name') : undefined;
    if (me && (typeof name !== 'string' || name.trim() === '')) {
      setPerson(doc, personId, { name: me.name, colour: me.colour, role: joinedAs }, Date.now());
    }
    const entry = boardMaps(doc).people.get(personId);
    if (!(entry instanceof Y.Map)) return;
    const statement = statements.person(board, personId, joinedAs, signer.publicKey);
    const current = entry.get('key') === signer.publicKey && entry.get('role') === joinedAs;
    if (current && (await verifyStatement(signer.publicKey, statement, entry.get('sig')))) return;
    const sig = await signer.sign(statement);
    if (!stopped && boardOf(doc) === board) signPerson(doc, personId, signer.publicKey, sig, joinedAs);
  };
  // One check at a time; changes during it ask for one more.
  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = check()
      .catch((error: unknown) => console.error('Common Ground: could not sign this person’s entry', error))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      });
  };
  schedule();
  const stop = makeBoardObserver(doc, (change) => {
    if (change.meta || change.people) schedule();
  });
  return () => {
    stopped = true;
    stop();
  };
}

/**
 * This person's consent statements and role votes on one board, as one
 * owner: each signed in turn with the next counter (so two quick clicks
 * never take the same one), the newest counters seen on the board
 * remembered (`persist` keeps them; they never go down), and what this
 * panel said kept on the board (`keepOwnStatements`).
 */
export interface OwnSigning {
  /** The newest statement counters this device saw verified on the board (by `counterKey`; docKeys.ts). */
  counters(): ReadonlyMap<string, number>;
  /** Raises the remembered counters to those seen verified. */
  rememberCounters(seen: ReadonlyMap<string, number>): void;
  /**
   * Signs and writes one statement at `key` of `map` with the next counter:
   * `sign` signs for that counter and time and returns the write (one of
   * the board actions), or null if there is nothing to say. The counter is
   * remembered before the write: a statement this device made is one it saw.
   */
  state(map: SignedMap, key: string, sign: (n: number, at: number, board: string) => Promise<(() => void) | null>): Promise<void>;
  stop(): void;
}

export function makeOwnSigning(
  doc: Y.Doc,
  personId: string,
  signer: Signer,
  counters: Map<string, number>,
  now: () => number,
  persist: (rose: ReadonlyMap<string, number>) => Promise<void>,
): OwnSigning {
  let stopped = false;
  const remembered = (map: SignedMap, key: string) => counters.get(counterKey(map, key)) ?? 0;
  const rememberCounters = (seen: ReadonlyMap<string, number>) => {
    const rose = new Map([...seen].filter(([key, n]) => n > (counters.get(key) ?? 0)));
    if (rose.size === 0 || stopped) return;
    for (const [key, n] of rose) counters.set(key, n);
    void persist(rose);
  };
  const keeper = keepOwnStatements(doc, personId, signer.publicKey, remembered);
  let signing: Promise<unknown> = Promise.resolve();
  const inTurn = (task: () => Promise<void>): Promise<void> => {
    const run = signing.then(task);
    // The queue goes on after a failed task; the caller still gets its error through `run`.
    signing = run.catch(() => undefined);
    return run;
  };
  return {
    counters: () => counters,
    rememberCounters,
    state: (map, key, sign) =>
      inTurn(async () => {
        const board = boardOf(doc);
        if (board === '' || stopped) return;
        const n = await nextCounter(doc, map, key, signer.publicKey, remembered(map, key));
        const write = await sign(n, now(), board);
        if (!write || stopped) return;
        rememberCounters(new Map([[counterKey(map, key), n]]));
        write();
        const value = parseSigned(map, boardMap(doc, map).get(key));
        if (value) keeper.wrote(map, key, value);
      }),
    stop() {
      stopped = true;
      keeper.stop();
    },
  };
}

/** What this panel does to keep its own statements on the board (`keepOwnStatements`). */
export interface OwnStatements {
  /** Called with each statement this panel writes: the newest, to write back if it is replaced. */
  wrote(map: SignedMap, key: string, value: SignedValue): void;
  stop(): void;
}

/**
 * Keeps this person's newest consent statements and role votes on the
 * board, as `keepSelfSigned` keeps their entry: if someone deletes one, or
 * writes an older one (or anything else their key did not sign) over it,
 * the newest is written back exactly as it was signed. So every device,
 * even one that never saw the newer statement, ends on it while this panel
 * is open; devices that did see it never count the older one meanwhile
 * (trust.ts). "Newest" is what this panel wrote, or found on the board
 * signed by this key and not below `remembered`, since it opened.
 */
export function keepOwnStatements(
  doc: Y.Doc,
  personId: string,
  publicKey: string,
  remembered: (map: SignedMap, key: string) => number,
): OwnStatements {
  const newest = new Map<string, { map: SignedMap; key: string; value: SignedValue }>();
  const pending = new Map<string, { map: SignedMap; key: string }>();
  let running = false;
  let stopped = false;
  const isMine = (map: SignedMap, key: string) =>
    (map === 'consent' ? splitConsentKey(key)?.personId : splitRoleVoteKey(key)?.voterId) === personId;

  const check = async (map: SignedMap, key: string) => {
    const raw = boardMap(doc, map).get(key);
    const signed = await statementSignedBy(doc, map, key, publicKey);
    const known = newest.get(counterKey(map, key));
    if (signed?.v === 2 && signed.n >= (known ? counterOf(known.value) : remembered(map, key))) {
      // Ours, and as new as any we know: another window of this device, or what we wrote.
      newest.set(counterKey(map, key), { map, key, value: signed });
    } else if (known && !stopped && boardMap(doc, map).get(key) === raw) {
      doc.transact(() => boardMap(doc, map).set(key, { ...known.value }), map === 'consent' ? origins.consent : origins.roles);
    }
  };
  // One check at a time, each key once however often it changed meanwhile.
  const drain = async () => {
    if (running) return;
    running = true;
    try {
      for (const [id, { map, key }] of pending) {
        pending.delete(id);
        if (!stopped) await check(map, key);
      }
    } catch (error) {
      console.error('Common Ground: could not keep this person’s statements on the board', error);
    } finally {
      running = false;
      if (pending.size > 0 && !stopped) void drain();
    }
  };
  const schedule = (map: SignedMap, keys: Iterable<string>) => {
    for (const key of keys) if (isMine(map, key)) pending.set(counterKey(map, key), { map, key });
    void drain();
  };
  const observers = SIGNED_MAPS.map((map) => {
    const observer = (event: Y.YMapEvent<unknown>) => schedule(map, event.keysChanged);
    boardMap(doc, map).observe(observer);
    schedule(map, boardMap(doc, map).keys());
    return () => boardMap(doc, map).unobserve(observer);
  });
  return {
    wrote(map, key, value) {
      newest.set(counterKey(map, key), { map, key, value });
    },
    stop() {
      stopped = true;
      observers.forEach((unobserve) => unobserve());
    },
  };
}

const counterOf = (value: SignedValue) => (value.v === 2 ? value.n : 0);
