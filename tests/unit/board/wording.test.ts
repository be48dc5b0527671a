import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { RELATIONSHIP_KINDS, SECTIONS } from '@/lib/board/format';
import { soundsLikeAccusation } from '@/lib/board/practice/phrasing';
import { promptsFor } from '@/lib/board/practice/prompts';
import { en } from '@/lib/i18n/en';
import { useLocale } from '@/lib/i18n/messages';
import { react, readAllReactions } from '@/lib/board/reactions';
import { wordDiff, type WordChange } from '@/lib/board/review/wordDiff';
import { sync, twoDevices } from '@/tests/support/docs';

describe('starter prompts', () => {
  afterEach(() => useLocale('en'));

  it('offer every kind of relationship something in every section, its own first', () => {
    for (const kind of RELATIONSHIP_KINDS) {
      for (const section of SECTIONS) expect(promptsFor(section, kind).length, `${kind} ${section}`).toBeGreaterThanOrEqual(3);
    }
    expect(promptsFor('boundary', 'open-relationship')[0]!.question).toMatch(/emotional closeness|money|sexual health/);
    expect(promptsFor('expectation', 'client-therapist')[0]!.question).toMatch(/sessions/);
    expect(promptsFor('expectation', 'friends').some((p) => /reply/.test(p.question))).toBe(true);
  });

  it('offer every prompt in the message files to some kind of relationship, each once', () => {
    for (const section of SECTIONS) {
      const offered = new Set(RELATIONSHIP_KINDS.flatMap((kind) => promptsFor(section, kind).map((prompt) => prompt.question)));
      const written = Object.values(en.practice.prompts[section]).map((prompt) => prompt.question);
      expect([...offered].sort(), section).toEqual([...written].sort());
    }
  });

  it.each([
    ['en', 'talk first'],
    ['es', 'hablarlo primero'],
  ] as const)('start items in the first person, never as an accusation (%s)', async (locale, rest) => {
    await useLocale(locale);
    for (const kind of RELATIONSHIP_KINDS) {
      for (const section of SECTIONS) {
        for (const prompt of promptsFor(section, kind)) {
          expect(prompt.starter.length).toBeGreaterThan(3);
          expect(prompt.starter.endsWith(' '), prompt.starter).toBe(true);
          expect(soundsLikeAccusation(`${prompt.starter}${rest}`, locale), prompt.starter).toBe(false);
        }
      }
    }
  });

  it('come in the panel’s language, in the same order', async () => {
    const english = promptsFor('boundary', 'family');
    await useLocale('es');
    const spanish = promptsFor('boundary', 'family');
    expect(spanish.map((prompt) => prompt.question)).not.toEqual(english.map((prompt) => prompt.question));
    expect(spanish[0]).toEqual({
      question: '¿De qué temas necesito que me pregunten antes de sacarlos?',
      starter: 'Siento que me respetan cuando me preguntan antes de ',
    });
    expect(spanish).toHaveLength(english.length);
  });
});

describe('the agreed wording beside the draft', () => {
  it('marks words removed and added, keeping the rest', () => {
    expect(wordDiff('I need a quiet hour after work.', 'I need a quiet hour after work on weekdays.')).toEqual([
      { kind: 'same', text: 'I need a quiet hour after work' },
      { kind: 'added', text: ' on weekdays' },
      { kind: 'same', text: '.' },
    ]);
    const changes = wordDiff('We talk on Sundays.', 'We talk on Saturdays.');
    expect(
      changes
        .filter((c) => c.kind === 'same')
        .map((c) => c.text)
        .join(''),
    ).toBe('We talk on .');
    expect(changes.filter((c) => c.kind !== 'same').map((c) => c.text)).toEqual(['Sundays', 'Saturdays']);
  });

  it('compares words of any script as words, and line breaks on their own', () => {
    expect(wordDiff('Мы говорим в воскресенье.', 'Мы говорим в субботу.')).toEqual([
      { kind: 'same', text: 'Мы говорим в ' },
      { kind: 'removed', text: 'воскресенье' },
      { kind: 'added', text: 'субботу' },
      { kind: 'same', text: '.' },
    ]);
    expect(wordDiff('one\ntwo', 'one\n\ntwo')).toEqual([
      { kind: 'same', text: 'one\n' },
      { kind: 'added', text: '\n' },
      { kind: 'same', text: 'two' },
    ]);
  });

  it('gives back both texts, and never puts two runs of one kind side by side', () => {
    const words = fc.constantFrom('I', 'we', 'talk', 'on', 'Sundays', ' ', '  ', '.', ',', '\n', 'é', '🙂');
    const text = fc.array(words, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (agreed, draft) => {
        const changes = wordDiff(agreed, draft);
        const join = (skip: WordChange['kind']) =>
          changes
            .filter((c) => c.kind !== skip)
            .map((c) => c.text)
            .join('');
        expect(join('added')).toBe(agreed);
        expect(join('removed')).toBe(draft);
        expect(changes.every((c, i) => c.text !== '' && c.kind !== changes[i - 1]?.kind)).toBe(true);
        // Identical texts are all kept; otherwise something changed.
        expect(changes.length <= 1 && changes.every((c) => c.kind === 'same')).toBe(agreed === draft);
      }),
    );
  });

  it('shows a wholly rewritten long text as removed then added, without a huge table', () => {
    const agreed = Array.from({ length: 2000 }, (_, i) => `a${i}`).join(' ');
    const draft = Array.from({ length: 2000 }, (_, i) => `b${i}`).join(' ');
    const changes = wordDiff(agreed, draft);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });
});

describe('reactions to celebrations', () => {
  it('one per person, changeable and removable, ignoring unknown ones', () => {
    const [sam, alex] = twoDevices();
    react(sam, 'item1', 'sam', 'cheer');
    react(alex, 'item1', 'alex', 'love');
    sync(sam, alex);
    react(sam, 'item1', 'sam', 'proud');
    sam.getMap('reactions').set('item1:kai', '<script>');
    sync(sam, alex);
    expect(readAllReactions(alex).get('item1')).toEqual([
      { personId: 'alex', reaction: 'love' },
      { personId: 'sam', reaction: 'proud' },
    ]);
    react(alex, 'item1', 'alex', null);
    expect(readAllReactions(alex).get('item1')).toEqual([{ personId: 'sam', reaction: 'proud' }]);
  });
});
