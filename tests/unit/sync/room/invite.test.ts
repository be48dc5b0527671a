import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@/lib/util/base64';
import { encodeInvite, newShare, parseInvite, type Invite } from '@/lib/sync/room/invite';

const randomPart = fc.uint8Array({ minLength: 16, maxLength: 32 }).map(toBase64Url);
const title = fc
  .string({ minLength: 1, maxLength: 80 })
  .map((t) => t.replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);
const invite: fc.Arbitrary<Invite> = fc.record(
  {
    room: randomPart,
    secret: randomPart,
    title,
    role: fc.constantFrom('partner' as const, 'facilitator' as const, 'observer' as const),
    signaling: fc.array(fc.constantFrom('wss://signal.example.org', 'ws://127.0.0.1:4444', 'wss://a.example:8443/path'), {
      minLength: 1,
      maxLength: 3,
    }),
    inviter: fc
      .uint8Array({ minLength: 16, maxLength: 16 })
      .map((b) => `k${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`),
    board: fc.tuple(randomPart, fc.nat()).map(([id, at]) => `${id}:${at}`),
  },
  { requiredKeys: ['room', 'secret', 'title', 'role'] },
);

const bodyCode = (body: unknown) => `CG1-${toBase64Url(new TextEncoder().encode(JSON.stringify(body)))}`;

describe('invite codes', () => {
  it('round-trip any valid invite, even wrapped and spaced by a chat app', () => {
    fc.assert(
      fc.property(invite, fc.integer({ min: 5, max: 40 }), (original, width) => {
        const code = encodeInvite(original);
        const wrapped = `  ${code.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n ')}\n`;
        const parsed = parseInvite(wrapped);
        expect(parsed).toEqual({ ok: true, value: original });
      }),
    );
  });

  it('find the code inside a chat message: a name before it, words after, quotes, line breaks', () => {
    fc.assert(
      fc.property(
        invite,
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
          expect(parseInvite(message(code))).toEqual({ ok: true, value: original });
          expect(parseInvite(message(wrapped))).toEqual({ ok: true, value: original });
        },
      ),
    );
  });

  it('say what is wrong when the text holds no readable code', () => {
    expect(parseInvite('Alex: I will send the code later, see you at 6')).toEqual({
      ok: false,
      error: 'That does not look like a Common Ground invite code (they start with “CG1-”).',
    });
    const code = encodeInvite({ ...newShare(), title: 'Us', role: 'partner' });
    // Cut short inside a message: still refused (never a part of a code read as a whole one).
    expect(parseInvite(`Alex: ${code.slice(0, -3)} see you`).ok).toBe(false);
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `CG1-${s}`),
          fc.uint8Array().map((b) => `CG1-${toBase64Url(b)}`),
        ),
        (text) => {
          const parsed = parseInvite(text);
          if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
        },
      ),
    );
  });

  it('reject any truncation of a real code', () => {
    const code = encodeInvite({ ...newShare(), title: 'Us', role: 'facilitator' });
    for (let length = 0; length < code.length; length++) {
      expect(parseInvite(code.slice(0, length)).ok, `cut at ${length}`).toBe(false);
    }
  });

  it('say which role the joiner takes, and read codes made before roles as partner', () => {
    const share = { room: 'r'.repeat(22), secret: 's'.repeat(22), title: 'Us' };
    expect(parseInvite(encodeInvite({ ...share, role: 'observer' }))).toMatchObject({ ok: true, value: { role: 'observer' } });
    expect(parseInvite(bodyCode({ v: 1, r: share.room, s: share.secret, t: 'Us' }))).toMatchObject({
      ok: true,
      value: { role: 'partner' },
    });
  });

  it('carry 128 random bits each for room and secret, and stay short enough for a chat', () => {
    const a = newShare();
    const b = newShare();
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set([a.room, a.secret, b.room, b.secret]).size).toBe(4);
    expect(encodeInvite({ ...a, title: 'Sam & Alex, spring sessions', role: 'facilitator' }).length).toBeLessThan(180);
    // With the inviter's key fingerprint and the board's identity, as the panel makes them.
    const full = encodeInvite({
      ...a,
      title: 'Sam & Alex, spring sessions',
      role: 'facilitator',
      inviter: `k${'0'.repeat(32)}`,
      board: `k${'0'.repeat(32)}:1763776000000`,
    });
    expect(full.length).toBeLessThan(350);
  });

  it.each([
    ['', 'Please paste the invite code'],
    ['hello there', 'does not look like a Common Ground invite code'],
    ['CG2-abcdef', 'newer version of Common Ground'],
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
