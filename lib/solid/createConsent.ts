import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { consentState, hasAgreed, readAllConsent, type ConsentRecord, type ConsentState } from '../board/consent';
import { readPeople, type PersonView } from '../board/read';
import type { BoardSession } from '../session/boardSession';

export interface ConsentView {
  partners: Accessor<PersonView[]>;
  /** Where an item stands; re-runs when its text or anyone's consent changes. */
  stateOf(itemId: string, text: string): ConsentState;
  agreedByMe(itemId: string, text: string): boolean;
  /** The words most recently agreed to, if the text has changed since. */
  lastAgreedText(itemId: string, text: string): string | null;
}

/**
 * Consent as Solid state. Consent changes are rare (a click, not a
 * keystroke), so one index signal for the whole board is enough; the item's
 * text, which does change per keystroke, is passed in by its reader and
 * compared as text (records were checked against their hash when read).
 */
export function createConsent(session: BoardSession): ConsentView {
  const { doc } = session;
  // Records indexed by item, rebuilt once per consent change (not per reader).
  const [index, setIndex] = createSignal(readAllConsent(doc));
  const [partners, setPartners] = createSignal(readPartners());
  function readPartners() {
    return readPeople(doc).filter((person) => person.role === 'partner');
  }
  const consent = doc.getMap<unknown>('consent');
  const people = doc.getMap('people');
  const onConsent = () => setIndex(readAllConsent(doc));
  const onPeople = () => setPartners(readPartners());
  consent.observe(onConsent);
  people.observeDeep(onPeople);
  onCleanup(() => {
    consent.unobserve(onConsent);
    people.unobserveDeep(onPeople);
  });

  const records = (itemId: string): ConsentRecord[] => index().get(itemId) ?? [];
  return {
    partners,
    stateOf: (itemId, text) => consentState({ text }, records(itemId), partners()),
    agreedByMe: (itemId, text) => hasAgreed({ text }, records(itemId), session.personId),
    lastAgreedText(itemId, text) {
      const latest = [...records(itemId)].sort((a, b) => b.at - a.at)[0];
      return latest && latest.text !== text ? latest.text : null;
    },
  };
}
