import { dequal } from 'dequal';
import { batch, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import {
  agreedAt,
  consentState,
  hasAgreed,
  readAllConsent,
  readConsentStatements,
  type ConsentRecord,
  type ConsentState,
  type NotCounted,
  type UncountedRecord,
} from '@/lib/board/agreement/consent';
import { DEFAULT_REVISIT_DAYS, type Role } from '@/lib/board/format';
import { makeBoardObserver } from '@/lib/board/observe';
import { readPeople, type ItemView, type PersonView } from '@/lib/board/read';
import { revisitDue } from '@/lib/board/agreement/revisit';
import { pendingRoleChanges, readRoleVotes, settledRole, type RoleChange } from '@/lib/board/agreement/roles';
import { boardOf, TRUST_NOTHING } from '@/lib/board/agreement/trust';
import { checkAndPin } from '@/lib/app/trustPins';
import { boardMap } from '@/lib/board/schema';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { readMeta } from '@/lib/board/meta';

/** Whether a joined board is signed by the person whose invite code was used (trust on first use). */
export type InviterCheck = { kind: 'confirmed'; personId: string } | { kind: 'unconfirmed' } | null;

export interface ConsentView {
  /** Null for boards made here, joined with older codes, or not yet synced. */
  inviter: Accessor<InviterCheck>;
  /** False until the board's signatures were first checked: until then nothing is shown as agreed or waiting. */
  checked: Accessor<boolean>;
  /** Everyone on the board, with the role in force. */
  people: Accessor<PersonView[]>;
  /** Who is on the board by id and name only: changes far less often than `people` (not when someone is verified). */
  names: Accessor<{ id: string; name: string }[]>;
  partners: Accessor<PersonView[]>;
  /** This person's role in force: what the panel offers them. */
  myRole: Accessor<Role>;
  /** Whether this person may vote on role changes (they joined as a partner). */
  canVoteOnRoles: Accessor<boolean>;
  /** Role changes suggested for someone and not yet agreed by every partner. */
  roleChangesFor(personId: string): RoleChange[];
  /** Where an item stands; re-runs when its text or anyone's consent changes. */
  stateOf(itemId: string, text: string): ConsentState;
  agreedByMe(itemId: string, text: string): boolean;
  /**
   * Partners with an agreement to these words that does not count, and why:
   * its signature did not verify, it is older than one this device saw, or
   * it is of the shape from before counters. Shown, never counted.
   */
  notCountedFor(itemId: string, text: string): { person: PersonView; why: NotCounted }[];
  /** When this person last agreed to these exact words, if they have. */
  myAgreementAt(itemId: string, text: string): number | null;
  /** The words most recently agreed to, if the text has changed since. */
  lastAgreedText(itemId: string, text: string): string | null;
  /** When an agreement is next due for a revisit; null while it waits for everyone's agreement. */
  dueAt(item: ItemView): number | null;
  revisitEveryDays: Accessor<number>;
  /** The time, ticking each minute, so revisits come due while the panel is open. */
  now: Accessor<number>;
}

const MINUTE = 60_000;

/**
 * Consent, roles and revisit dates as Solid state. Consent changes are rare
 * (a click, not a keystroke), so one index signal for the whole board is
 * enough; the item's text, which does change per keystroke, is passed in by
 * its reader and compared as text (records were checked against their hash
 * when read). Agreements, roles and votes count only once their signatures
 * verified (trust.ts), and only while no newer statement of the same person
 * at the same key was seen on this device (the session remembers the
 * newest counters each check finds); checking is asynchronous, so each
 * change re-checks (remembered signatures cost nothing) and a check
 * overtaken by a newer one is dropped.
 */
export function createConsent(board: BoardHandle): ConsentView {
  const { doc } = board;
  const [checked, setChecked] = createSignal(false);
  // Records indexed by item, rebuilt once per check (not per reader).
  // Every check re-reads everything, and most checks (each sync message while
  // joining, say) find it as it was: compared by content, an unchanged read
  // wakes nobody. Hundreds of items read these; re-rendering them all for
  // nothing cost ~100 ms per check on a 1,000-item board.
  const same = { equals: dequal };
  const [index, setIndex] = createSignal(readAllConsent(doc, TRUST_NOTHING), same);
  const [notCounted, setNotCounted] = createSignal(new Map<string, UncountedRecord[]>(), same);
  const [people, setPeople] = createSignal(readPeople(doc, TRUST_NOTHING), same);
  const [votes, setVotes] = createSignal(readRoleVotes(doc, TRUST_NOTHING), same);
  const revisitDays = () => {
    const meta = readMeta(doc);
    return meta.ok ? meta.value.revisitEveryDays : DEFAULT_REVISIT_DAYS;
  };
  const [revisitEveryDays, setRevisitEveryDays] = createSignal(revisitDays());
  const [inviter, setInviter] = createSignal<InviterCheck>(null, same);
  // Once the board has synced, the code's fingerprint must be the key of someone on it.
  const checkInviter = (everyone: PersonView[]): InviterCheck => {
    if (!board.invitedBy || boardOf(doc) === '') return null;
    const person = everyone.find((candidate) => candidate.fingerprint === board.invitedBy);
    return person ? { kind: 'confirmed', personId: person.id } : { kind: 'unconfirmed' };
  };
  let checks = 0;
  let disposed = false;
  const recheck = async () => {
    const mine = ++checks;
    // Who verified is remembered even by a check overtaken since: what verified then still did.
    const { trust, everyone } = await checkAndPin(board);
    if (disposed || mine !== checks) return;
    const reading = readConsentStatements(doc, trust);
    batch(() => {
      setIndex(reading.counted);
      setNotCounted(reading.notCounted);
      setPeople(everyone);
      setInviter(checkInviter(everyone));
      setVotes(readRoleVotes(doc, trust));
      setChecked(true);
    });
  };
  void recheck();
  const consent = boardMap(doc, 'consent');
  const onConsent = () => void recheck();
  consent.observe(onConsent);
  onCleanup(() => {
    disposed = true;
    consent.unobserve(onConsent);
  });
  onCleanup(
    makeBoardObserver(doc, (change) => {
      // The board's identity is in its meta and every signature names it.
      if (change.people || change.meta) void recheck();
      if (change.meta) setRevisitEveryDays(revisitDays());
    }),
  );
  const [now, setNow] = createSignal(Date.now());
  const ticker = setInterval(() => setNow(Date.now()), MINUTE);
  onCleanup(() => clearInterval(ticker));

  const names = createMemo(() => people().map(({ id, name }) => ({ id, name })), undefined, same);
  const partners = createMemo(() => people().filter((person) => person.role === 'partner'), undefined, same);
  const myRole = createMemo(() => people().find((person) => person.id === board.personId)?.role ?? board.joinedAs);
  const voterIds = createMemo(
    () =>
      people()
        .filter((person) => person.joinedAs === 'partner')
        .map((person) => person.id),
    undefined,
    same,
  );
  const records = (itemId: string): ConsentRecord[] => index().get(itemId) ?? [];
  return {
    inviter,
    checked,
    people,
    names,
    partners,
    myRole,
    canVoteOnRoles: () => voterIds().includes(board.personId),
    roleChangesFor(personId) {
      const person = people().find((candidate) => candidate.id === personId);
      if (!person) return [];
      const settled = settledRole(personId, person.joinedAs, votes(), voterIds());
      return pendingRoleChanges(personId, settled, votes(), voterIds());
    },
    stateOf: (itemId, text) => consentState({ text }, records(itemId), partners()),
    agreedByMe: (itemId, text) => hasAgreed({ text }, records(itemId), board.personId),
    notCountedFor(itemId, text) {
      const shown = (notCounted().get(itemId) ?? []).filter((record) => record.text === text);
      if (shown.length === 0) return [];
      return partners().flatMap((person) => {
        const record = shown.find((candidate) => candidate.personId === person.id);
        return record && !hasAgreed({ text }, records(itemId), person.id) ? [{ person, why: record.why }] : [];
      });
    },
    myAgreementAt: (itemId, text) => agreedAt({ text }, records(itemId), board.personId),
    lastAgreedText(itemId, text) {
      const latest = [...records(itemId)].sort((a, b) => b.at - a.at)[0];
      return latest && latest.text !== text ? latest.text : null;
    },
    dueAt: (item) => revisitDue(item, records(item.id), partners(), revisitEveryDays()),
    revisitEveryDays,
    now,
  };
}
