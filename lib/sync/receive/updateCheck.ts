/**
 * Walks a peer's Yjs update (V1 encoding, as y-protocols/sync sends it)
 * without applying it, and refuses it before anything large is allocated.
 *
 * Why not let Yjs read it: Yjs trusts the counts it is sent. Ten bytes that
 * claim 30 million structs for one client make `readClientsStructRefs` run
 * `new Array(30_000_000)` before it notices the message is short (~1.2 s
 * blocked, +150 MiB). Here every count is checked against the bytes left
 * (each entry costs at least a known number of bytes) and against absolute
 * caps before it is looped over, so the work is linear in the update's size.
 *
 * The layout mirrors yjs 13.6 `readClientsStructRefs` + `readDeleteSet`
 * (src/utils/encoding.js, src/utils/DeleteSet.js) with `UpdateDecoderV1`:
 *
 *   update    = varUint #clients, client*, deleteSet          (nothing after)
 *   client    = varUint #structs, varUint client, varUint clock, struct*
 *   struct    = u8 info, then by info & 31:
 *               0 GC: varUint len        10 Skip: varUint len
 *               else Item: [origin ID if info & 0x80] [rightOrigin ID if info & 0x40]
 *                 [if neither: varUint 1 + string root name | varUint 0 + parent ID,
 *                  then string parentSub if info & 0x20] content
 *   ID        = varUint client, varUint clock
 *   deleteSet = varUint #clients, (varUint client, varUint #ranges, (varUint clock, varUint len)*)*
 *
 * Anything Yjs itself never writes is refused too (a client listed twice,
 * a client with no structs, a struct of length 0, a Skip or GC info byte with
 * flag bits, a parent kind other than 0 or 1, a reference to the struct's own
 * or a later clock, content Yjs's readers would throw on): its readers
 * disagree on some of those (`readClientsStructRefs` takes info 0x4a as a
 * Skip, the lazy reader behind `mergeUpdates` throws), others give two
 * structs one ID or throw halfway through `applyUpdate`.
 */
import * as decoding from 'lib0/decoding';
import { err, ok, type Result } from '@/lib/util/result';
import { Refused, byte, bytesLeft, count, json, refuse, skipAny, skipString, string, uint } from '@/lib/sync/receive/boundedRead';

export interface UpdateLimits {
  maxClients: number;
  maxStructs: number;
  maxDeleteRanges: number;
  maxLength: number;
}

/**
 * A 5,000-item board's whole state is ~1.3 MB and well under these; they
 * bound the work one message can cause even when it is all small entries.
 * Every panel opening edits as a new Yjs client, so a board used for years
 * gathers thousands of clients: the client cap is far above that.
 */
export const DEFAULT_UPDATE_LIMITS: UpdateLimits = {
  maxClients: 200_000,
  maxStructs: 2_000_000,
  maxDeleteRanges: 1_000_000,
  maxLength: 2 ** 31,
};

export interface ClientRun {
  /** Clock of the first struct of this client in the update. */
  from: number;
  /** Clock just after the last struct that is not a Skip. */
  to: number;
  /** Clock ranges [from, to) covered by Skip structs (they need the receiver to already have that range). */
  skips: [number, number][];
}

export interface UpdateSummary {
  clients: Map<number, ClientRun>;
  /** Per client: the highest clock + 1 that any struct references through origin, rightOrigin or a parent given as an ID. */
  references: Map<number, number>;
  /** Names of top-level types used as a parent (parentInfo with a ykey string). */
  roots: Set<string>;
  /** Per top-level type name: how many structs are inserted directly under it with a parentSub (i.e. map keys set on a root Y.Map). */
  rootKeys: Map<string, number>;
  /** Per client: the highest clock end (clock + len) of any delete-set range. */
  deletes: Map<number, number>;
  structs: number;
  deleteRanges: number;
  /** Total UTF-16 length of ContentString contents. */
  stringLength: number;
  /** Content kinds seen, by Yjs's content ref number (1 deleted, 2 JSON, 3 binary, 4 string, 5 embed, 6 format, 7 type, 8 any, 9 doc). */
  contentRefs: Set<number>;
}

/** Yjs's type refs: 0 YArray ... 6 YXmlText (src/structs/ContentType.js). */
const MAX_TYPE_REF = 6;
const TYPE_REFS_WITH_NAME = new Set([3, 5]); // YXmlElement, YXmlHook

/**
 * What the receiver allows of the document's shape, checked during the walk
 * so that an update that breaks it is refused at its first offending struct
 * (a 5.6 MiB update of a foreign map used to be walked whole first).
 */
export interface ShapeRules {
  /** Whether a top-level type of this name may be written. */
  root(name: string): boolean;
  /** How many new keys a top-level map may still take. */
  keysLeft(name: string): number;
}

const ANY_SHAPE: ShapeRules = { root: () => true, keysLeft: () => Infinity };

interface Walk {
  d: decoding.Decoder;
  limits: UpdateLimits;
  shape: ShapeRules;
  summary: UpdateSummary;
  /** ID of the struct being read. */
  client: number;
  clock: number;
}

function length(w: Walk, allowZero = false): number {
  const len = uint(w.d);
  if (len > w.limits.maxLength) refuse('length too large');
  if (len === 0 && !allowZero) refuse('empty struct');
  return len;
}

/** Reads an Item's content (src/structs/Content*.js read functions) and returns its length in clock units. */
function content(w: Walk, ref: number): number {
  const { d, summary } = w;
  summary.contentRefs.add(ref);
  switch (ref) {
    case 1: // ContentDeleted
      return length(w);
    case 2: {
      // ContentJSON: one string per element (each >= 1 byte)
      // not-ui: a refused update's reason, for the console
      const n = count(d, uint(d), 1, Infinity, 'JSON elements');
      for (let i = 0; i < n; i++) {
        const text = string(d);
        if (text !== 'undefined') json(text);
      }
      return n;
    }
    case 3: // ContentBinary
      decoding.readVarUint8Array(d);
      return 1;
    case 4: {
      // ContentString: its clock length is the UTF-16 length, as Yjs counts it
      const text = string(d);
      summary.stringLength += text.length;
      return text.length;
    }
    case 5: // ContentEmbed
      json(string(d));
      return 1;
    case 6: // ContentFormat: key, JSON value
      string(d);
      json(string(d));
      return 1;
    case 7: {
      // ContentType
      const typeRef = uint(d);
      if (typeRef > MAX_TYPE_REF) refuse('unknown type');
      if (TYPE_REFS_WITH_NAME.has(typeRef)) skipString(d);
      return 1;
    }
    case 8: {
      // ContentAny
      const n = count(d, uint(d), 1, Infinity, 'values');
      for (let i = 0; i < n; i++) skipAny(d, 0);
      return n;
    }
    case 9: // ContentDoc: guid, options
      string(d);
      // Yjs reads `opts.shouldLoad` of the value: null or undefined would throw mid-update.
      if (d.arr[d.pos] !== 118) refuse('subdocument options are not an object');
      skipAny(d, 0);
      return 1;
    default:
      return refuse('unknown content');
  }
}

/**
 * Reads an ID (origin, rightOrigin or parent) and notes how far into its
 * client's clock it reaches. An item can only name items that existed when
 * it was made, so one of its own client's IDs is always below its own clock;
 * Yjs assumes so (Item.getMissing) and throws mid-apply on anything else.
 */
function reference(w: Walk): void {
  const client = uint(w.d);
  const clock = uint(w.d);
  if (client === w.client && clock >= w.clock) refuse('struct refers to itself or later');
  const { references } = w.summary;
  references.set(client, Math.max(references.get(client) ?? 0, clock + 1));
}

/** Reads an Item after its info byte (src/utils/encoding.js readClientsStructRefs) and returns its length. */
function item(w: Walk, info: number): number {
  const { d, summary } = w;
  if (info & 0x80) reference(w); // origin
  if (info & 0x40) reference(w); // rightOrigin
  // With an origin the parent (and parentSub) is inherited and not in the bytes.
  if ((info & 0xc0) === 0) {
    const parentInfo = uint(d);
    if (parentInfo === 1) {
      const root = string(d);
      if (!w.shape.root(root)) refuse('a change to a part of the document that boards do not have');
      summary.roots.add(root);
      if (info & 0x20) {
        skipString(d);
        const keys = (summary.rootKeys.get(root) ?? 0) + 1;
        if (keys > w.shape.keysLeft(root)) refuse(`more entries in “${root}” than a board may hold`);
        summary.rootKeys.set(root, keys);
      }
    } else if (parentInfo === 0) {
      reference(w);
      if (info & 0x20) skipString(d);
    } else {
      refuse('unknown parent kind'); // Yjs writes only 1 or 0
    }
  }
  const len = content(w, info & 0x1f);
  if (len === 0) refuse('empty struct');
  return len;
}

function client(w: Walk): void {
  const { d, limits, summary } = w;
  // A struct is at least two bytes: an info byte and a length, ID or parent.
  const structs = count(d, uint(d), 2, limits.maxStructs - summary.structs, 'structs');
  if (structs === 0) refuse('client without structs');
  summary.structs += structs;
  const id = uint(d);
  if (summary.clients.has(id)) refuse('client listed twice'); // Yjs would silently keep only the last run
  const from = uint(d);
  const run: ClientRun = { from, to: from, skips: [] };
  let clock = from;
  w.client = id;
  for (let i = 0; i < structs; i++) {
    w.clock = clock;
    const info = byte(d);
    const ref = info & 0x1f;
    if ((ref === 0 || ref === 10) && info !== ref) refuse('flags on a GC or Skip struct');
    const len = ref === 0 || ref === 10 ? length(w) : item(w, info);
    if (clock + len >= Number.MAX_SAFE_INTEGER) refuse('clock out of range');
    if (ref === 10) run.skips.push([clock, clock + len]);
    clock += len;
    if (ref !== 10) run.to = clock;
  }
  summary.clients.set(id, run);
}

function deleteSet(w: Walk): void {
  const { d, limits, summary } = w;
  // A client entry is at least two bytes (client, range count); a range too (clock, len).
  const clients = count(d, uint(d), 2, limits.maxClients, 'delete-set clients');
  for (let i = 0; i < clients; i++) {
    const id = uint(d);
    const ranges = count(d, uint(d), 2, limits.maxDeleteRanges - summary.deleteRanges, 'delete ranges');
    summary.deleteRanges += ranges;
    for (let j = 0; j < ranges; j++) {
      const clock = uint(d);
      const end = clock + length(w, true);
      if (end >= Number.MAX_SAFE_INTEGER) refuse('clock out of range');
      summary.deletes.set(id, Math.max(summary.deletes.get(id) ?? 0, end));
    }
  }
}

/**
 * Checks a V1 update's structure and claims (and, given `shape`, the
 * receiver's rules for the document), and summarises what it would touch,
 * so a caller can refuse it before `Y.applyUpdate`. Never throws.
 */
export function inspectUpdate(update: Uint8Array, limits?: Partial<UpdateLimits>, shape: ShapeRules = ANY_SHAPE): Result<UpdateSummary> {
  const summary: UpdateSummary = {
    clients: new Map(),
    references: new Map(),
    roots: new Set(),
    rootKeys: new Map(),
    deletes: new Map(),
    structs: 0,
    deleteRanges: 0,
    stringLength: 0,
    contentRefs: new Set(),
  };
  // Spread would let an explicit `undefined` switch a cap off.
  const caps = { ...DEFAULT_UPDATE_LIMITS };
  for (const key of Object.keys(caps) as (keyof UpdateLimits)[]) caps[key] = limits?.[key] ?? caps[key];
  const w: Walk = { d: decoding.createDecoder(update), limits: caps, shape, summary, client: 0, clock: 0 };
  try {
    // A client entry is at least three bytes (struct count, client, clock).
    const clients = count(w.d, uint(w.d), 3, w.limits.maxClients, 'clients');
    for (let i = 0; i < clients; i++) client(w);
    deleteSet(w);
    if (bytesLeft(w.d) !== 0) return err('bytes after the delete set');
    return ok(summary);
  } catch (e) {
    // Refused is ours; anything else is lib0 reaching the end, an oversized
    // varUint or invalid UTF-8 (its TextDecoder is fatal), all of which mean
    // a malformed update.
    if (e instanceof Refused) return err(e.message);
    return err(`malformed update: ${e instanceof Error ? e.message : String(e)}`);
  }
}
