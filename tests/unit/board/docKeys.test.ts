import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BOARD_ROOTS,
  checkInKey,
  consentKey,
  counterKey,
  isBoardRoot,
  reactionKey,
  roleVoteKey,
  SIGNED_MAPS,
  splitCheckInKey,
  splitConsentKey,
  splitCounterKey,
  splitReactionKey,
  splitRoleVoteKey,
} from '@/lib/board/docKeys';
import { ROLES } from '@/lib/board/format';
import { BOARD_LIMITS } from '@/lib/board/limits';
import { boardMap, boardMaps } from '@/lib/board/schema';

// Ids as the panel makes them: random hex, and key-bound person ids.
const item = '0123456789abcdef0123456789abcdef';
const person = 'k0123456789abcdef0123456789abcdef';
const other = 'fedcba9876543210fedcba9876543210';

// Short strings over the separators and a few letters, so the properties meet every edge often.
const part = fc.string({ unit: fc.constantFrom('a', 'b', ':', '|', ' '), maxLength: 4 });
const fitsAnId = (id: string) => id !== '' && !id.includes(':') && !id.includes('|');

describe('the board’s top-level maps', () => {
  it('are named once, and the limits and the typed getters use those names', () => {
    expect(BOARD_ROOTS).toEqual(['meta', 'people', 'items', 'consent', 'roleVotes', 'checkIns', 'reactions']);
    expect(BOARD_LIMITS.roots).toBe(BOARD_ROOTS);
    expect(Object.keys(BOARD_LIMITS.keys).sort()).toEqual([...BOARD_ROOTS].sort());
    expect(SIGNED_MAPS.every(isBoardRoot)).toBe(true);
    expect(isBoardRoot('roleVotes')).toBe(true);
    expect(isBoardRoot('votes')).toBe(false);

    const doc = new Y.Doc();
    const maps = boardMaps(doc);
    expect(Object.keys(maps)).toEqual([...BOARD_ROOTS]);
    for (const root of BOARD_ROOTS) {
      expect(maps[root]).toBe(doc.getMap(root));
      expect(boardMap(doc, root)).toBe(doc.getMap(root));
    }
  });
});

describe('consent keys', () => {
  it('read back as the item and person they were made from', () => {
    expect(consentKey(item, person)).toBe(`${item}:${person}`);
    expect(splitConsentKey(consentKey(item, person))).toEqual({ itemId: item, personId: person });
  });

  it('refuse a missing, extra or empty part, and a separator inside an id', () => {
    expect(splitConsentKey(item)).toBeNull();
    expect(splitConsentKey('')).toBeNull();
    expect(splitConsentKey(`${item}:${person}:${other}`)).toBeNull();
    expect(splitConsentKey(`:${person}`)).toBeNull();
    expect(splitConsentKey(`${item}:`)).toBeNull();
    expect(splitConsentKey(':')).toBeNull();
    expect(splitConsentKey(consentKey(`${item}:x`, person))).toBeNull();
    expect(splitConsentKey(consentKey(item, `${person}|x`))).toBeNull();
  });

  it('read any two ids back exactly, and refuse every key whose ids could not be told apart', () => {
    fc.assert(
      fc.property(part, part, (itemId, personId) => {
        const read = splitConsentKey(consentKey(itemId, personId));
        expect(read).toEqual(fitsAnId(itemId) && fitsAnId(personId) ? { itemId, personId } : null);
      }),
    );
  });
});

describe('reaction keys', () => {
  it('read back as the celebration and person they were made from', () => {
    expect(reactionKey(item, person)).toBe(`${item}:${person}`);
    expect(splitReactionKey(reactionKey(item, person))).toEqual({ itemId: item, personId: person });
  });

  it('refuse a missing, extra or empty part, and a separator inside an id', () => {
    expect(splitReactionKey(item)).toBeNull();
    expect(splitReactionKey(`${item}:${person}:${other}`)).toBeNull();
    expect(splitReactionKey(`:${person}`)).toBeNull();
    expect(splitReactionKey(`${item}:`)).toBeNull();
    expect(splitReactionKey(reactionKey(`${item}:x`, person))).toBeNull();
    expect(splitReactionKey(reactionKey(item, `${person}|x`))).toBeNull();
  });

  it('read any two ids back exactly, or not at all', () => {
    fc.assert(
      fc.property(part, part, (itemId, personId) => {
        const read = splitReactionKey(reactionKey(itemId, personId));
        expect(read).toEqual(fitsAnId(itemId) && fitsAnId(personId) ? { itemId, personId } : null);
      }),
    );
  });
});

describe('check-in keys', () => {
  it('read back as the person and check-in they were made from', () => {
    expect(checkInKey(person, other)).toBe(`${person}:${other}`);
    expect(splitCheckInKey(checkInKey(person, other))).toEqual({ personId: person, checkInId: other });
  });

  it('refuse a missing, extra or empty part, and a separator inside an id', () => {
    expect(splitCheckInKey(person)).toBeNull();
    expect(splitCheckInKey(`${person}:${other}:${item}`)).toBeNull();
    expect(splitCheckInKey(`:${other}`)).toBeNull();
    expect(splitCheckInKey(`${person}:`)).toBeNull();
    expect(splitCheckInKey(checkInKey(`${person}|x`, other))).toBeNull();
    expect(splitCheckInKey(checkInKey(person, `${other}:x`))).toBeNull();
  });

  it('read any two ids back exactly, or not at all', () => {
    fc.assert(
      fc.property(part, part, (personId, checkInId) => {
        const read = splitCheckInKey(checkInKey(personId, checkInId));
        expect(read).toEqual(fitsAnId(personId) && fitsAnId(checkInId) ? { personId, checkInId } : null);
      }),
    );
  });
});

describe('role-vote keys', () => {
  it('read back as the person, role and partner they were made from, for every role', () => {
    expect(roleVoteKey(person, 'observer', other)).toBe(`${person}|observer|${other}`);
    for (const role of ROLES)
      expect(splitRoleVoteKey(roleVoteKey(person, role, other))).toEqual({ subjectId: person, role, voterId: other });
  });

  it('refuse a missing, extra or empty part, a role that is none, and a separator inside an id', () => {
    expect(splitRoleVoteKey(`${person}|observer`)).toBeNull();
    expect(splitRoleVoteKey(person)).toBeNull();
    // A fourth part makes it no key at all, not the first three of one.
    expect(splitRoleVoteKey(`${person}|observer|${other}|extra`)).toBeNull();
    expect(splitRoleVoteKey(`${person}|observer|${other}|`)).toBeNull();
    expect(splitRoleVoteKey(`|observer|${other}`)).toBeNull();
    expect(splitRoleVoteKey(`${person}||${other}`)).toBeNull();
    expect(splitRoleVoteKey(`${person}|observer|`)).toBeNull();
    expect(splitRoleVoteKey(`${person}|boss|${other}`)).toBeNull();
    expect(splitRoleVoteKey(roleVoteKey(`${person}:x`, 'partner', other))).toBeNull();
    expect(splitRoleVoteKey(roleVoteKey(person, 'partner', `x|${other}`))).toBeNull();
  });

  it('read any two ids back exactly, or not at all', () => {
    fc.assert(
      fc.property(part, fc.constantFrom(...ROLES), part, (subjectId, role, voterId) => {
        const read = splitRoleVoteKey(roleVoteKey(subjectId, role, voterId));
        expect(read).toEqual(fitsAnId(subjectId) && fitsAnId(voterId) ? { subjectId, role, voterId } : null);
      }),
    );
  });
});

describe('statement counter keys', () => {
  it('read back as the signed map and the key of that map they were made from', () => {
    const consent = consentKey(item, person);
    const vote = roleVoteKey(person, 'facilitator', other);
    expect(counterKey('consent', consent)).toBe(`consent ${consent}`);
    expect(splitCounterKey(counterKey('consent', consent))).toEqual({ map: 'consent', key: consent });
    expect(splitCounterKey(counterKey('roleVotes', vote))).toEqual({ map: 'roleVotes', key: vote });
    // Only the first space separates: a key of the map may hold spaces (no doc key uses them).
    expect(splitCounterKey(counterKey('consent', consentKey(`${item} x`, person)))).toEqual({ map: 'consent', key: `${item} x:${person}` });
  });

  it('refuse a missing or empty part, a map that is not signed, and a key that is not of its map', () => {
    expect(splitCounterKey('consent')).toBeNull();
    expect(splitCounterKey('')).toBeNull();
    expect(splitCounterKey('consent ')).toBeNull();
    expect(splitCounterKey(` ${consentKey(item, person)}`)).toBeNull();
    expect(splitCounterKey(`people ${consentKey(item, person)}`)).toBeNull();
    expect(splitCounterKey(`roleVotes ${consentKey(item, person)}`)).toBeNull();
    expect(splitCounterKey(`consent ${roleVoteKey(person, 'partner', other)}`)).toBeNull();
    // An extra part, or a separator inside an id, is refused by the key of the map.
    expect(splitCounterKey(`consent ${item}:${person}:${other}`)).toBeNull();
    expect(splitCounterKey(counterKey('consent', consentKey(item, `${person}|x`)))).toBeNull();
    expect(splitCounterKey(`con sent ${consentKey(item, person)}`)).toBeNull();
  });
});
