import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useLocale } from '@/lib/i18n/messages';
import { toBase64Url } from '@/lib/util/base64';
import { encodeInvite, newShare, parseInvite, type Invite } from '@/lib/sync/room/invite';
import { encodeJsonInvite } from '@/lib/sync/room/inviteJson';
import { fitTitle, roomOfSecret } from '@/lib/sync/room/inviteBytes';
import { boardKey } from '@/lib/board/boardKey';
import { fromBase64Url } from '@/lib/util/base64';

const randomPart = fc.uint8Array({ minLength: 16, maxLength: 32 }).map(toBase64Url);
const sixteen = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toBase64Url);
const title = fc
  .string({ minLength: 1, maxLength: 80, unit: fc.constantFrom('a', 'Z', ' ', '&', 'é', 'ß', 'Ж', '愛', '😊', '👩‍❤️‍👨', '\u0301') })
  .map((t) => t.replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);
const role = fc.constantFrom('partner' as const, 'facilitator' as const, 'observer' as const);
const inviter = fc
  .uint8Array({ minLength: 16, maxLength: 16 })
  .map((b) => `k${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`);
const board = fc.tuple(randomPart, fc.nat()).map(([id, at]) => `${id}:${at}`);
const signaling = fc.array(
  fc.constantFrom(
    'wss://signal.example.org',
    'ws://127.0.0.1:4444',
    'wss://a.example:8443/path',
    'wss://10.0.0.7:443',
    'ws://127.000.0.1:1',
  ),
  {
    minLength: 1,
    maxLength: 3,
  },
);
/** A share as this version makes it (room derived from the secret), or as earlier ones did (both random, 16 bytes). */
const share = fc.oneof(
  fc.constant(null).map(() => newShare()),
  fc.record({ room: sixteen, secret: sixteen }),
);
/** Invites as the panel makes them: the short format. */
const invite: fc.Arbitrary<Invite> = fc
  .tuple(share, fc.record({ title, role, signaling, inviter, board }, { requiredKeys: ['title', 'role'] }))
  .map(([room, rest]) => ({ ...room, ...rest }));
/** Any invite, including rooms and secrets the short format cannot pack (it falls back to version 1). */
const anyInvite: fc.Arbitrary<Invite> = fc.oneof(
  invite,
  fc.record(
    { room: randomPart, secret: randomPart, title, role, signaling, inviter, board },
    { requiredKeys: ['room', 'secret', 'title', 'role'] },
  ),
);

/** What the reading side gets back: a short code carries a board's key and maybe only the title's beginning. */
function expected(original: Invite, code: string): Invite {
  if (code.startsWith('CG1-')) return original;
  const { board, ...rest } = original;
  const read = parseInvite(code);
  return { ...rest, title: read.ok ? read.value.title : '', ...(board ? { boardKey: boardKey(board) } : {}) };
}

const bodyCode = (body: unknown) => `CG1-${toBase64Url(new TextEncoder().encode(JSON.stringify(body)))}`;

describe('invite codes', () => {
  it('round-trip any valid invite, even wrapped and spaced by a chat app', () => {
    fc.assert(
      fc.property(anyInvite, fc.integer({ min: 5, max: 40 }), (original, width) => {
        const code = encodeInvite(original);
        const wrapped = `  ${code.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n ')}\n`;
        const parsed = parseInvite(wrapped);
        expect(parsed).toEqual({ ok: true, value: expected(original, code) });
      }),
    );
  });

  it('find the code inside a chat message: a name before it, words after, quotes, line breaks', () => {
    fc.assert(
      fc.property(
        anyInvite,
        fc.integer({ min: 8, max: 60 }),
        fc.constantFrom(
          (code: string) => `Alex: here it is → ${code} see you at 6`,
          (code: string) => `Alex, 18:02\nhere it is:\n"${code}"\nsee you at 6!`,
          (code: string) => `[18:02] Sam: ${code}.`,
          (code: string) => `Code: “${code}” (from Common Ground)`,
          (code: string) => `${code}\nsent from my phone`,
        ),
        (original, width, message) => {
          const code = encodeInvite(original);
          // A chat app may also wrap the code itself over lines.
          const wrapped = code.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
          expect(parseInvite(message(code))).toEqual({ ok: true, value: expected(original, code) });
          expect(parseInvite(message(wrapped))).toEqual({ ok: true, value: expected(original, code) });
        },
      ),
    );
  });

  it('say what is wrong when the text holds no readable code', () => {
    expect(parseInvite('Alex: I will send the code later, see you at 6')).toEqual({
      ok: false,
      error: 'That does not look like a Common Ground invite code (they start with “CG” and a number, like “CG2-”).',
    });
    const code = encodeInvite({ ...newShare(), title: 'Us', role: 'partner' });
    // Cut short inside a message: still refused (never a part of a code read as a whole one).
    expect(parseInvite(`Alex: ${code.slice(0, -3)} see you`).ok).toBe(false);
  });

  it('say what is wrong in the panel’s language', async () => {
    try {
      await useLocale('es');
      expect(parseInvite('Alex: te mando el código luego')).toEqual({
        ok: false,
        error: 'Esto no parece un código de invitación de Common Ground (empiezan por «CG» y un número, como «CG2-»).',
      });
      const code = encodeInvite({ ...newShare(), title: 'Nosotros', role: 'partner' });
      expect(parseInvite(code.slice(0, -3))).toMatchObject({ ok: false, error: expect.stringContaining('incompleto o dañado') });
    } finally {
      await useLocale('en');
    }
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `CG1-${s}`),
          fc.uint8Array().map((b) => `CG1-${toBase64Url(b)}`),
          fc.string().map((s) => `CG2-${s}`),
          fc.uint8Array({ maxLength: 120 }).map((b) => `CG2-${toBase64Url(b)}`),
        ),
        (text) => {
          const parsed = parseInvite(text);
          if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
        },
      ),
    );
  });

  it('reject any truncation of a real code, old or new', () => {
    const made = { ...newShare(), title: 'Us', role: 'facilitator' as const, inviter: `k${'a'.repeat(32)}`, board: 'kabc:1' };
    for (const code of [encodeInvite(made), encodeJsonInvite(made)]) {
      for (let length = 0; length < code.length; length++) {
        expect(parseInvite(code.slice(0, length)).ok, `cut at ${length}`).toBe(false);
      }
    }
  });

  it('refuse a short code with any character changed, rather than join a room nobody is in', () => {
    fc.assert(
      fc.property(
        invite,
        fc.nat(),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        (original, at, char) => {
          const code = encodeInvite(original);
          const index = 4 + (at % (code.length - 4));
          fc.pre(code[index] !== char);
          const changed = parseInvite(code.slice(0, index) + char + code.slice(index + 1));
          // Only a change in the last character's unused bits leaves the bytes, and so the invite, as they were.
          if (changed.ok) expect(changed.value).toEqual(parseInvite(code).ok && (parseInvite(code) as { value: Invite }).value);
        },
      ),
    );
  });

  it('fit in 100 characters with every part the panel writes, whatever the title', () => {
    fc.assert(
      fc.property(invite, (original) => {
        const made = { ...original, signaling: undefined };
        const code = encodeInvite(made);
        expect(code).toMatch(/^CG2-[A-Za-z0-9_-]+$/);
        expect(code.length).toBeLessThanOrEqual(100);
        const read = parseInvite(code);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        // The title whole, or its beginning (whole characters) and “…”.
        if (read.value.title !== made.title && read.value.title !== '') {
          expect(read.value.title.endsWith('…')).toBe(true);
          expect(made.title.startsWith(read.value.title.slice(0, -1))).toBe(true);
        }
      }),
    );
  });

  it('fit in 100 characters with a signaling server on this computer or network, as the tests use', () => {
    fc.assert(
      fc.property(invite, fc.integer({ min: 1, max: 65535 }), (original, port) => {
        const code = encodeInvite({ ...original, signaling: [`ws://127.0.0.1:${port}`] });
        expect(code.length).toBeLessThanOrEqual(100);
        expect(parseInvite(code)).toMatchObject({ ok: true, value: { signaling: [`ws://127.0.0.1:${port}`] } });
      }),
    );
  });

  it('keep 27 bytes of title for a board shared by this version, 11 for one shared before it', () => {
    const made = { title: 'Sam & Alex, spring sessions 2027', role: 'partner' as const, inviter: `k${'0'.repeat(32)}`, board: 'k1:1' };
    expect(parseInvite(encodeInvite({ ...newShare(), ...made }))).toMatchObject({ value: { title: 'Sam & Alex, spring sessi…' } });
    const older = { room: toBase64Url(new Uint8Array(16).fill(1)), secret: toBase64Url(new Uint8Array(16).fill(2)) };
    expect(parseInvite(encodeInvite({ ...older, ...made }))).toMatchObject({ ok: true, value: { ...older, title: 'Sam & Al…' } });
    // With a signaling server of its own too, there is no room left for the title: the board brings it.
    expect(parseInvite(encodeInvite({ ...older, ...made, signaling: ['ws://127.0.0.1:4444'] }))).toMatchObject({
      ok: true,
      value: { title: '' },
    });
    expect(parseInvite(encodeInvite({ ...newShare(), ...made, signaling: ['ws://127.0.0.1:4444'] }))).toMatchObject({
      ok: true,
      value: { title: 'Sam & Alex, spri…' },
    });
    expect(fitTitle('Sam & Alex', 27)).toBe('Sam & Alex');
    expect(fitTitle('😊😊😊', 9)).toBe('😊…');
  });

  it('derive the room from the secret, so signaling servers see one but cannot work back to the other', () => {
    const { room, secret } = newShare();
    expect(room).toBe(roomOfSecret(fromBase64Url(secret)!));
    expect(room).not.toBe(secret);
  });

  it('still join with codes of the first format', () => {
    const older = { room: 'r'.repeat(22), secret: 's'.repeat(22), title: 'Sam & Alex, spring sessions', role: 'observer' as const };
    const code = bodyCode({ v: 1, r: older.room, s: older.secret, t: older.title, a: 'observer', b: 'kabc:12' });
    expect(parseInvite(`Alex: here it is → ${code} see you at 6`)).toEqual({ ok: true, value: { ...older, board: 'kabc:12' } });
    // A room or secret the short format cannot pack is written in the first format still.
    expect(encodeInvite({ ...older })).toMatch(/^CG1-/);
  });

  it('say which role the joiner takes, and read codes made before roles as partner', () => {
    const share = { room: 'r'.repeat(22), secret: 's'.repeat(22), title: 'Us' };
    expect(parseInvite(encodeInvite({ ...share, role: 'observer' }))).toMatchObject({ ok: true, value: { role: 'observer' } });
    expect(parseInvite(bodyCode({ v: 1, r: share.room, s: share.secret, t: 'Us' }))).toMatchObject({
      ok: true,
      value: { role: 'partner' },
    });
  });

  it('carry a 128-bit random secret, and a 128-bit room name', () => {
    const a = newShare();
    const b = newShare();
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set([a.room, a.secret, b.room, b.secret]).size).toBe(4);
  });

  it.each([
    ['', 'Please paste the invite code'],
    ['hello there', 'does not look like a Common Ground invite code'],
    ['CG3-abcdef', 'newer version of Common Ground'],
    ['CG2-ab$cd', 'characters that do not belong'],
    ['CG2-abcdef', 'incomplete or damaged'],
    ['CG0-abcdef', 'version is not one we know'],
    ['CG1-ab$cd', 'characters that do not belong'],
    ['CG1-' + toBase64Url(new Uint8Array([0xff, 0xfe, 0x00])), 'incomplete or damaged'],
    [bodyCode([1, 2]), 'incomplete or damaged'],
    [bodyCode({ v: 1, r: 'r'.repeat(22), s: 's'.repeat(22), t: 'Us', a: 'boss' }), 'names a role we do not know'],
    [bodyCode({ v: 2, r: 'x'.repeat(22), s: 'y'.repeat(22), t: 'Us' }), 'version does not match'],
    [bodyCode({ v: 1, r: 'short', s: 'y'.repeat(22), t: 'Us' }), 'no valid room'],
    [bodyCode({ v: 1, r: 'x'.repeat(22), s: 'has spaces in it  !!!!!', t: 'Us' }), 'no valid secret'],
    [bodyCode({ v: 1, r: 'x'.repeat(22), s: 'y'.repeat(22), t: '   ' }), 'no valid board name'],
    [bodyCode({ v: 1, r: 'x'.repeat(22), s: 'y'.repeat(22), t: 'Us', g: ['https://not-ws.example'] }), 'signaling servers are not valid'],
    ['CG1-' + 'A'.repeat(3000), 'much longer than an invite code'],
    [bodyCode({ v: 1, r: 'x'.repeat(22), s: 'y'.repeat(22), t: 'Us', k: 'k123' }), 'key fingerprint is damaged'],
    [bodyCode({ v: 1, r: 'x'.repeat(22), s: 'y'.repeat(22), t: 'Us', b: '<b>:1' }), 'board identity is damaged'],
  ])('explains what is wrong with %j', (code, message) => {
    const parsed = parseInvite(code);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
