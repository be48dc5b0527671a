import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/lib/i18n/messages';
import { invitationMessage } from '@/components/sharing/invitation';
import { encodeInvite, newShare, parseInvite } from '@/lib/sync/room/invite';

/** For any board name and role, the invitation joins when pasted whole, and after a chat app wraps it and puts the sender's name in front. */
function joinsWhenPastedWhole(): void {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim() !== ''),
      fc.constantFrom('partner' as const, 'facilitator' as const, 'observer' as const),
      (title, role) => {
        const share = newShare();
        const code = encodeInvite({ ...share, title: title.trim(), role });
        const message = invitationMessage({ title, role, code });
        expect(parseInvite(message)).toMatchObject({ ok: true, value: { ...share, role } });
        expect(parseInvite(`Alex, 18:02\n${message.replace(/(.{30})/g, '$1\n')}`)).toMatchObject({ ok: true, value: share });
      },
    ),
  );
}

describe('the invitation a person copies', () => {
  it('joins when pasted whole, whatever the board is called and whoever it is for', () => {
    joinsWhenPastedWhole();
  });

  it('says where to get the extension and what to do with the message', () => {
    const message = invitationMessage({ title: 'Sam & Alex', role: 'observer', code: 'CG2-x' });
    expect(message).toContain('“Sam & Alex”');
    expect(message).toContain('Chrome and Firefox');
    expect(message).toContain('“Join a board”');
    expect(message).toContain('observer');
    expect(message.endsWith('CG2-x')).toBe(true);
  });

  describe('in Spanish', () => {
    afterEach(() => useLocale('en'));

    it('joins when pasted whole too, and says the same things', async () => {
      await useLocale('es');
      joinsWhenPastedWhole();
      const message = invitationMessage({ title: 'Sam & Alex', role: 'observer', code: 'CG2-x' });
      expect(message).toContain('«Sam & Alex»');
      expect(message).toContain('Chrome y Firefox');
      expect(message).toContain('«Unirse a un tablero»');
      expect(message).toContain('observador/a');
      expect(message.endsWith('CG2-x')).toBe(true);
    });
  });
});
