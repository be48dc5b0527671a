import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { agree, setPerson } from '../../../lib/board/actions';
import { voteForRole } from '../../../lib/board/roles';
import { createConsent } from '../../../lib/solid/createConsent';
import { freshDb } from '../../support/db';
import { mustOpen, newStoredBoard } from '../../support/session';

/** A board made by partner `p`, opened by partner `person-1`, with Kai as facilitator. */
async function openWithTherapist() {
  const db = freshDb();
  const session = await mustOpen(db, await newStoredBoard(db));
  setPerson(session.doc, 'kai', { name: 'Kai', role: 'facilitator' }, 5);
  return session;
}

describe('createConsent', () => {
  it('follows role changes: suggested, agreed by every partner, then in force for everyone', async () => {
    const session = await openWithTherapist();
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      expect(consent.myRole()).toBe('partner');
      expect(consent.canVoteOnRoles()).toBe(true);
      expect(consent.partners().map((p) => p.id).sort()).toEqual(['p', 'person-1']);

      session.voteForRole('kai', 'partner');
      expect(consent.roleChangesFor('kai')).toEqual([{ role: 'partner', agreed: ['person-1'], waiting: ['p'] }]);
      voteForRole(session.doc, 'kai', 'partner', 'p', Date.now() + 1);
      expect(consent.roleChangesFor('kai')).toEqual([]);
      expect(consent.partners().map((p) => p.name)).toContain('Kai');

      // My own role can change too, by the same rule; the panel follows.
      session.voteForRole('person-1', 'observer');
      voteForRole(session.doc, 'person-1', 'observer', 'p', Date.now() + 1);
      expect(consent.myRole()).toBe('observer');
      dispose();
    });
    await session.close();
  });

  it('gives an agreement a revisit date once every partner agreed, and none before', async () => {
    const session = await openWithTherapist();
    const id = session.addItem('boundary', 'I need a quiet hour after work.');
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      const item = () => ({ id, section: 'boundary' as const, text: 'I need a quiet hour after work.', author: '', createdAt: 0, updatedAt: 0, order: 'a0' });
      expect(consent.dueAt(item())).toBeNull();
      session.agree(id);
      agree(session.doc, id, 'p', 1_000);
      expect(consent.stateOf(id, item().text)).toEqual({ kind: 'agreed' });
      expect(consent.dueAt(item())).toBe(1_000 + consent.revisitEveryDays() * 24 * 60 * 60 * 1000);
      expect(consent.myAgreementAt(id, item().text)).toBeGreaterThan(1_000);
      session.setRhythm({ revisitEveryDays: 30 });
      expect(consent.revisitEveryDays()).toBe(30);
      dispose();
    });
    await session.close();
  });
});
