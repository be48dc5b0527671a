import * as Y from 'yjs';
import { isBoardRoot, type BoardRoot } from '@/lib/board/docKeys';
import { BOARD_LIMITS } from '@/lib/board/limits';
import { origins } from '@/lib/board/origins';
import { boardMap } from '@/lib/board/schema';
import { inspectUpdate, type ShapeRules, type UpdateSummary } from '@/lib/sync/receive/updateCheck';

/**
 * Every Yjs update from a peer passes here before Yjs sees it, whichever
 * transport brought it (y-webrtc or the direct link). Yjs trusts what an
 * update claims: ten bytes claiming 30 million structs froze a panel for a
 * second, an update whose dependency never arrives stays "pending" in the doc
 * forever (and in every snapshot and backup written after it), and a peer
 * could fill maps the board never reads. So each update is:
 *
 * 1. charged to its peer's budget (bytes and messages, a token bucket): a
 *    peer past it is disconnected;
 * 2. read by a bounded decoder (updateCheck.ts): no claim larger than the
 *    bytes that carry it;
 * 3. checked against the board's shape: only the documented top-level types,
 *    and no map past its size (lib/board/limits.ts);
 * 4. applied only if everything it depends on is here. Otherwise it is held
 *    in a small per-peer buffer and applied when its dependencies arrive (in
 *    a mesh of three, Alex's edit may build on Riley's before Riley's own
 *    message reaches us), and dropped when that peer leaves. Nothing is ever
 *    left pending in the doc.
 *
 * Refusals are values reported through `onRefused`, never throws.
 */
export interface GateOptions {
  /** The transaction origin of applied updates (the transport), so undo and echo checks can tell them apart. */
  origin: unknown;
  /** Called for every refused update, with the peer and a reason in plain words. */
  onRefused(peer: string, reason: string): void;
  /** Called once when a peer goes past its budget; the transport disconnects it. */
  onOverBudget(peer: string): void;
  budget?: Partial<Budget>;
  /** Per peer, what may wait for a missing dependency. */
  hold?: { bytes: number; count: number };
  now?: () => number;
}

export interface Budget {
  /** Bytes a peer may send at once, and per second after that. */
  bytes: number;
  bytesPerSecond: number;
  /** Messages a peer may send at once, and per second after that. */
  messages: number;
  messagesPerSecond: number;
}

/**
 * A 5,000-item board's whole first sync is ~1.3 MB, and typing sends tens of
 * small messages a second: both far inside. Inserting and deleting 4 MiB
 * over and over is not: it is cut off after a few rounds.
 */
export const DEFAULT_BUDGET: Budget = {
  bytes: 32 * 1024 * 1024,
  bytesPerSecond: 1024 * 1024,
  messages: 4_000,
  messagesPerSecond: 200,
};

export type Verdict = 'applied' | 'held' | 'refused';

export interface Gate {
  /** Counts one message of `bytes` from `peer` against its budget; false once it is past it. */
  charge(peer: string, bytes: number): boolean;
  /** One update from `peer`. */
  receive(peer: string, update: Uint8Array): Verdict;
  /** Whether a peer went past its budget (the transport keeps it out). */
  overBudget(peer: string): boolean;
  /** The peer left: what it had waiting is dropped. */
  forget(peer: string): void;
  /**
   * The peer whose update Yjs is applying right now (undefined outside an
   * apply), so a transport can leave that peer out when it passes the change on.
   */
  applyingFrom(): string | undefined;
  destroy(): void;
}

interface Held {
  update: Uint8Array;
  summary: UpdateSummary;
}

interface PeerState {
  bytes: number;
  messages: number;
  at: number;
  over: boolean;
  held: Held[];
  heldBytes: number;
}

export function makeGate(doc: Y.Doc, options: GateOptions): Gate {
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const hold = options.hold ?? { bytes: 1024 * 1024, count: 32 };
  const now = options.now ?? Date.now;
  const peers = new Map<string, PeerState>();
  let applying: string | undefined;
  /**
   * The board's shape, as the decoder checks it struct by struct. A map's
   * size is counted once per update (Y.Map#size walks the map: asked per
   * key, a 10,000-item flood cost ~50 million steps).
   */
  const shapeRules = (): ShapeRules => {
    const left = new Map<string, number>();
    return {
      root: isBoardRoot,
      keysLeft(root) {
        if (!isBoardRoot(root)) return 0;
        let value = left.get(root);
        if (value === undefined) left.set(root, (value = BOARD_LIMITS.keys[root] - boardMap(doc, root).size));
        return value;
      },
    };
  };

  const peerState = (peer: string): PeerState => {
    let state = peers.get(peer);
    if (!state) {
      state = { bytes: budget.bytes, messages: budget.messages, at: now(), over: false, held: [], heldBytes: 0 };
      peers.set(peer, state);
    }
    return state;
  };

  const refuse = (peer: string, reason: string): Verdict => {
    options.onRefused(peer, reason);
    return 'refused';
  };

  function charge(peer: string, bytes: number): boolean {
    const state = peerState(peer);
    if (state.over) return false;
    const t = now();
    const seconds = Math.max(0, t - state.at) / 1000;
    state.at = t;
    state.bytes = Math.min(budget.bytes, state.bytes + seconds * budget.bytesPerSecond) - bytes;
    state.messages = Math.min(budget.messages, state.messages + seconds * budget.messagesPerSecond) - 1;
    if (state.bytes >= 0 && state.messages >= 0) return true;
    state.over = true;
    state.held = [];
    state.heldBytes = 0;
    options.onOverBudget(peer);
    return false;
  }

  function receive(peer: string, update: Uint8Array): Verdict {
    if (peerState(peer).over) return 'refused';
    const inspected = inspectUpdate(update, undefined, shapeRules());
    if (!inspected.ok) {
      const shapeError = inspected.error.startsWith('a change to a part') || inspected.error.startsWith('more entries');
      return refuse(peer, shapeError ? inspected.error : `a change that could not be read (${inspected.error})`);
    }
    const summary = inspected.value;
    const shape = checkShape(doc, summary);
    if (shape) return refuse(peer, shape);
    if (waitsFor(doc, summary)) return holdFor(peer, update, summary);
    apply(peer, update, summary);
    applyReleased();
    return 'applied';
  }

  function holdFor(peer: string, update: Uint8Array, summary: UpdateSummary): Verdict {
    const state = peerState(peer);
    if (update.byteLength > hold.bytes) return refuse(peer, 'a large change that builds on changes this device does not have');
    state.held.push({ update, summary });
    state.heldBytes += update.byteLength;
    while (state.held.length > hold.count || state.heldBytes > hold.bytes) {
      const dropped = state.held.shift()!;
      state.heldBytes -= dropped.update.byteLength;
      options.onRefused(peer, 'a change that waited too long for the changes it builds on');
    }
    return 'held';
  }

  function apply(peer: string, update: Uint8Array, summary: UpdateSummary) {
    const touched = new Set<Y.Text>();
    const onTransaction = (transaction: Y.Transaction) => collectTexts(doc, transaction, touched);
    if (summary.stringLength > 0) doc.on('afterTransaction', onTransaction);
    applying = peer;
    try {
      Y.applyUpdate(doc, update, options.origin);
    } finally {
      applying = undefined;
      doc.off('afterTransaction', onTransaction);
    }
    // waitsFor() follows what Yjs does for every update a sound peer sends;
    // one that still leaves something pending (dependencies that form a
    // cycle, say) must not stay in the doc, where every later update would
    // re-read it and every snapshot would carry it.
    const store = doc.store;
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      store.pendingStructs = null;
      store.pendingDs = null;
      options.onRefused(peer, 'part of a change that builds on changes that do not exist');
    }
    cutLongTexts(peer, touched);
  }

  /** Applies held updates whose dependencies are here now, until none is left to apply. */
  function applyReleased() {
    let progress = true;
    while (progress) {
      progress = false;
      for (const [peer, state] of peers) {
        const ready = state.held.findIndex((held) => !waitsFor(doc, held.summary));
        if (ready < 0) continue;
        const [held] = state.held.splice(ready, 1);
        state.heldBytes -= held!.update.byteLength;
        if (checkShape(doc, held!.summary) === null) apply(peer, held!.update, held!.summary);
        progress = true;
      }
    }
  }

  /**
   * Texts are merged by character, so the limit is kept after the merge: a
   * text a peer took past it is cut back to it. Every device cuts the same
   * characters, and deleting twice is deleting once, so they converge.
   */
  function cutLongTexts(peer: string, touched: Set<Y.Text>) {
    const long = [...touched].filter((text) => text.length > BOARD_LIMITS.itemText);
    if (long.length === 0) return;
    doc.transact(() => {
      for (const text of long) text.delete(BOARD_LIMITS.itemText, text.length - BOARD_LIMITS.itemText);
    }, origins.limits);
    options.onRefused(peer, `words past ${BOARD_LIMITS.itemText} characters`);
  }

  return {
    charge,
    receive,
    overBudget: (peer) => peers.get(peer)?.over ?? false,
    applyingFrom: () => applying,
    forget(peer) {
      const state = peers.get(peer);
      // What it had waiting never found what it builds on: left out, and counted as such.
      for (let i = 0; i < (state?.held.length ?? 0); i++) options.onRefused(peer, 'a change whose earlier changes never arrived');
      // A peer that went over its budget stays known as such: reconnecting under the same name gives it no fresh budget.
      if (state && !state.over) peers.delete(peer);
      else if (state) state.held = [];
    },
    destroy: () => peers.clear(),
  };
}

/** Yjs's content ref for a subdocument (ContentDoc). */
const CONTENT_DOC = 9;

/** Why the board's shape refuses this update, or null. */
function checkShape(doc: Y.Doc, summary: UpdateSummary): string | null {
  // Boards have no subdocuments; Yjs would build one from options the peer chose.
  if (summary.contentRefs.has(CONTENT_DOC)) return 'a change that embeds another document';
  for (const root of summary.roots) {
    if (!isBoardRoot(root)) return 'a change to a part of the document that boards do not have';
  }
  for (const [root, added] of summary.rootKeys) {
    if (!isBoardRoot(root)) continue;
    const cap = BOARD_LIMITS.keys[root];
    if (boardMap(doc, root).size + added > cap) return `more entries in “${root}” than a board may hold (${cap})`;
  }
  // Words beyond what every item (those here and those the change adds) could
  // hold would only be cut back after Yjs took them in: inserting and
  // deleting 4 MiB over and over blocked the panel for ~370 ms each time.
  // Twice the room, because a change may replace texts as well as add them.
  // Y.Map#size walks the map, so it is asked only when the words could be too many (never for a keystroke).
  const room = (items: number) => 2 * BOARD_LIMITS.itemText * (items + (summary.rootKeys.get('items' satisfies BoardRoot) ?? 0) + 1);
  if (summary.stringLength > room(0) && summary.stringLength > room(boardMap(doc, 'items').size)) {
    return 'more words than the board’s items can hold';
  }
  return null;
}

/**
 * Whether Yjs would leave part of this update pending: it starts past what
 * this device has of some client, skips a range this device does not have,
 * or refers to (or deletes) content that neither this device nor the update
 * has.
 */
export function waitsFor(doc: Y.Doc, summary: UpdateSummary): boolean {
  const after = new Map<number, number>();
  for (const [client, run] of summary.clients) {
    const local = Y.getState(doc.store, client);
    if (run.to > run.from && run.from > local) return true;
    if (run.skips.some(([from, to]) => to > local && from < run.to)) return true;
    after.set(client, Math.max(local, run.to));
  }
  const known = (client: number) => after.get(client) ?? Y.getState(doc.store, client);
  for (const [client, end] of summary.references) if (end > known(client)) return true;
  for (const [client, end] of summary.deletes) if (end > known(client)) return true;
  return false;
}

/**
 * The item texts a transaction may have lengthened: texts it changed, and
 * the texts of items it added or whose text it replaced (a text made in the
 * same transaction is not itself listed as changed). Only these are
 * measured, so a keystroke costs the same on a board of 10 or 10,000 items.
 */
function collectTexts(doc: Y.Doc, transaction: Y.Transaction, into: Set<Y.Text>) {
  const items = boardMap(doc, 'items');
  const textOf = (item: unknown) => {
    const text = item instanceof Y.Map ? item.get('text') : null;
    if (text instanceof Y.Text) into.add(text);
  };
  transaction.changed.forEach((keys, type) => {
    if (type instanceof Y.Text) into.add(type);
    else if ((type as unknown) === items) keys.forEach((key) => key !== null && textOf(items.get(key)));
    else if (type instanceof Y.Map && type.parent === items) textOf(type);
  });
}
